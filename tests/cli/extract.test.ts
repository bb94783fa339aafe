import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runAsync } from '@/cli/main'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/reports/${name}`, import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'cli-extract-'))
const small = join(dir, 'small.txt')
writeFileSync(small, '大同镇人民政府\n2024年度法治政府建设年度报告\n全年共开展行政执法检查76次，执法人员持证上岗率达 100%。\n')

async function cli(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runAsync(args, s => out.push(s), s => err.push(s))
  return { code, out, err: err.join('\n') }
}

describe('cli extract --json', () => {
  it('prints exactly the agreed shape for a file and exits 0', async () => {
    const r = await cli('extract', '--json', small)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out.join('\n'))
    expect(Object.keys(doc)).toEqual(['file', 'township', 'year', 'values', 'sections', 'unreadable'])
    expect(doc).toMatchObject({ file: 'small.txt', township: '大同镇', year: 2024 })
    expect(Object.keys(doc.values[0])).toEqual(['indicator', 'year', 'value', 'unit', 'approx', 'partial', 'evidence', 'start', 'end'])
    expect(doc.values).toEqual([
      { indicator: 'inspections', year: 2024, value: 76, unit: '次', approx: false, partial: false, evidence: '全年共开展行政执法检查76次，执法人员持证上岗率达 100%。', start: 36, end: 39 },
      { indicator: 'enforcement_cert_rate', year: 2024, value: 100, unit: '%', approx: false, partial: false, evidence: '全年共开展行政执法检查76次，执法人员持证上岗率达 100%。', start: 51, end: 55 },
    ])
    expect(doc.sections).toEqual({ measures: false, shortcomings: false, first_responsible: false, next_year: false, other: false })
    expect(doc.unreadable).toEqual([])
  })

  it('lists the figures it saw but could not assign as unreadable, with their sentence', async () => {
    const file = join(dir, 'unread.txt')
    writeFileSync(file, '大同镇人民政府\n2024年度法治政府建设年度报告\n规范性文件方面，镇政府提请县司法局前置把关4件。\n')
    const doc = JSON.parse((await cli('extract', '--json', file)).out.join('\n'))
    expect(doc.values).toEqual([])
    expect(doc.unreadable).toEqual([{ text: '4件', evidence: '规范性文件方面，镇政府提请县司法局前置把关4件。' }])
  })

  it('reads the seed report as .pdf, .doc, .wps, .odt, .rtf and .html to the same figures as its .txt; a scanned PDF exits 1 with the reason', async () => {
    const seed = (name: string) => fileURLToPath(new URL(`../fixtures/report-formats/${name}`, import.meta.url))
    const names = ['seed.txt', 'seed.pdf', 'seed.doc', 'seed.wps', 'seed.odt', 'seed.rtf', 'seed-gov.html']
    const r = await cli('extract', '--json', ...names.map(seed))
    expect(r.code).toBe(0)
    const values = r.out.map(l => (JSON.parse(l) as { values: { indicator: string, value: number }[] }).values.map(v => `${v.indicator}=${v.value}`))
    for (const v of values.slice(1)) expect(v).toEqual(values[0])
    const scanned = await cli('extract', '--json', seed('seed-scanned.pdf'))
    expect(scanned).toMatchObject({ code: 1, out: [] })
    expect(scanned.err).toContain('OCR')
  })

  it('prints one line per file, .docx and traditional text included', async () => {
    const r = await cli('extract', '--json', fixture('hekou-2024.docx'), fixture('liuxi-2024-traditional.txt'))
    expect(r.code).toBe(0)
    expect(r.out.map(l => JSON.parse(l).township)).toEqual(['河口镇', '柳溪镇'])
  })

  it('lists every candidate with --all, each with preferred', async () => {
    const r = await cli('extract', '--json', '--all', fixture('baima-2024.txt'))
    const values = JSON.parse(r.out[0] as string).values as { indicator: string, preferred: boolean }[]
    expect(values.filter(v => v.indicator === 'inspections').map(v => v.preferred)).toEqual([true, false])
  })

  it('exits 1 when a file cannot be read, and still reports the others', async () => {
    const r = await cli('extract', '--json', join(dir, 'missing.txt'), small)
    expect(r.code).toBe(1)
    expect(r.out).toHaveLength(1)
    expect(r.err).toContain('missing.txt')
  })

  it('exits 2 without files', async () => {
    expect((await cli('extract', '--json')).code).toBe(2)
  })
})

describe('cli extract without --json', () => {
  it('prints a readable summary with labels, sentences, the checklist and warnings', async () => {
    const r = await cli('extract', fixture('baima-2024.txt'))
    const text = r.out.join('\n')
    expect(r.code).toBe(0)
    expect(text).toContain('baima-2024.txt：白马镇（990101103000），2024年')
    expect(text).toContain('行政检查次数：64 次（部分）')
    expect(text).toContain('✗ 党政主要负责人履行推进法治建设第一责任人职责情况')
    expect(text).toContain('警告：')
  })
})
