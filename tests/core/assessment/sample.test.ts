// The bundled scheme on the bundled sample county: every township scored, the figures traceable.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assess, readScheme } from '@/core/assessment'
import { ingest } from '@/core/import'
import { registry, townships } from '../../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const dir = new URL('../../../data/sample/', import.meta.url)
const files = readdirSync(dir).map(name => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }))
const { dataset } = await ingest(files, { registry, townships })
const { scheme } = readScheme(JSON.parse(readFileSync(new URL('../../../data/assessment.json', import.meta.url), 'utf8')), registry)
const result = assess({ scheme: scheme!, registry, townships, submissions: rowsOf(dataset), manual: [], issues: dataset.validationIssues }, 2024)

describe('the bundled scheme on the sample county', () => {
  it('scores every township of the list, sorted by rank', () => {
    expect(result.townships).toHaveLength(townships.length)
    expect(result.townships.map(t => t.rank)).toEqual([...result.townships.map(t => t.rank)].sort((a, b) => a - b))
  })
  it('scores 杨柳乡, which sent nothing for 2024, as 0 with completeness 0', () => {
    const t = result.townships.find(x => x.township === '杨柳乡')!
    expect([t.submitted, t.total, t.completeness, t.grade]).toEqual([false, 0, 0, '不合格'])
  })
  it('points every scored figure at its file and row', () => {
    for (const t of result.townships) {
      for (const i of t.items) {
        if (i.status !== 'scored' || i.value === null || i.item === 'review') continue
        expect(i.evidence.length, `${t.township} ${i.item}`).toBeGreaterThan(0)
        for (const e of i.evidence) expect(e.file).toMatch(/2024\.csv$/)
      }
    }
  })
  it('gives a rank change to every township that reported in 2023 and 2024', () => {
    expect(result.townships.filter(t => t.submitted).every(t => t.rankChange !== null)).toBe(true)
  })
})
