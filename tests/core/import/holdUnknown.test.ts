import { describe, expect, it } from 'vitest'
import { loadRegistryFile, loadTownshipFile } from '@/cli/loadData'
import { readBatch } from '@/core/import/batch'
import { holdUnknownTownships } from '@/core/import/holdUnknown'
import type { Submission } from '@/core/types'

const townships = loadTownshipFile()
const registry = loadRegistryFile()
const sub = (township: string, code: string | null): Submission =>
  ({ township, code, year: 2024, values: { penalty_cases: 1 }, approx: [], derived: [], source: { file: 'a.csv', row: 2 } })

describe('holdUnknownTownships', () => {
  it('holds nothing without a list and only code-less submissions with one', () => {
    const batch = { reports: [], issues: [], submissions: [sub('大同镇', '990101102000'), sub('桃园镇', null)] }
    expect(holdUnknownTownships(batch, []).pending).toEqual([])
    const held = holdUnknownTownships(batch, townships)
    expect([held.batch.submissions.map(s => s.township), held.pending.map(p => p.name)]).toEqual([['大同镇'], ['桃园镇']])
  })

  it('holds the same rows of a wide file read into a table, and cuts them out of its table', async () => {
    const csv = ['乡镇,年度,行政处罚案件数', '大同镇,2024,40', '桃园镇,2024,900', '青石镇,2024,60'].join('\n')
    const batch = await readBatch([{ name: 'a.csv', bytes: new TextEncoder().encode(csv) }], { registry, townships })
    const held = holdUnknownTownships(batch, townships)
    expect(held.pending.map(p => [p.name, p.submission.source.row, p.submission.values.penalty_cases])).toEqual([['桃园镇', 3, 900]])
    expect(held.batch.submissions.map(s => [s.township, s.values.penalty_cases])).toEqual([['大同镇', 40], ['青石镇', 60]])
  })
})
