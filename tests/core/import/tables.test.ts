// Every clerk-style table of tests/fixtures/tables (made by LibreOffice, see generate.py) in every
// format it was saved in: every figure exact, no title/units/total/footer row as a township, every
// skipped row listed with its reason, totals checked against the township rows.
import { describe, expect, it } from 'vitest'
import expected from '../../fixtures/tables/expected.json'
import { townshipResolver } from '@/core/import'
import { readFile } from '@/core/import/readFile'
import type { FileFormat } from '@/core/types'
import { fixture, registry, townships } from '../../helpers/ingest'

interface Expected {
  year: number
  figures: Record<string, Record<string, number>>
  unknown: string[]
  aliases?: Record<string, string>
  fractionRates?: string[]
  skipped: { row: number, reason: string }[]
  mismatches: { row: number, indicator: string, stated: number, sum: number }[]
}

const tables = expected.tables as Record<string, Expected>
/** File suffix → the format the card shows. */
const FORMATS: Record<string, FileFormat> = {
  'xlsx': 'xlsx', 'xls': 'xls', 'et': 'et', 'ods': 'ods',
  'utf8.csv': 'wide-csv', 'gbk.csv': 'wide-csv', 'gb18030.csv': 'wide-csv', 'utf16.txt': 'wide-csv', 'semicolon.csv': 'wide-csv',
}
const cases = Object.keys(tables).flatMap(table => expected.formats.map(suffix => [table, suffix] as const))
const read = (name: string) => readFile(fixture(`tables/${name}`), { registry, resolveTownship: townshipResolver(townships) })

describe('clerk-style tables, every format', () => {
  it('covers every table in nine formats', () => {
    expect(expected.formats.sort()).toEqual(Object.keys(FORMATS).sort())
    expect(cases).toHaveLength(Object.keys(tables).length * 9)
  })

  it.each(cases)('%s.%s: every figure exact, every skipped row named', async (table, suffix) => {
    const exp = tables[table]!
    const r = await read(`${table}.${suffix}`)
    expect(r.report.format).toBe(FORMATS[suffix])
    const names = Object.keys(exp.figures)
    expect(r.report).toMatchObject({ rows: names.length, accepted: names.length, rejected: 0 })
    // Every township row, and nothing else: no title, units, total or footer row became a township.
    expect(r.submissions.map(s => s.township).sort()).toEqual(names.map(n => exp.aliases?.[n] ?? n).sort())
    for (const [name, figures] of Object.entries(exp.figures)) {
      const sub = r.submissions.find(s => s.township === (exp.aliases?.[name] ?? name))
      expect(sub?.year, name).toBe(exp.year)
      expect(sub?.values, name).toMatchObject(figures)
    }
    expect(r.report.skipped?.map(s => ({ row: s.row, reason: s.reason }))).toEqual(exp.skipped)
    // Only the warnings the table deserves: the misspelt name, the fraction rates, the wrong total.
    const codes = r.issues.map(i => i.code).sort()
    const deserved = [...exp.unknown.map(() => 'unknown-township'), ...(exp.fractionRates ?? []).map(() => 'rate-as-fraction'), ...exp.mismatches.map(() => 'total-mismatch')]
    // ODS keeps the percent format of a formula column in the column's style, which SheetJS does not read: those cells arrive as fractions.
    if (suffix === 'ods' && table === 'merged-header') deserved.push('rate-as-fraction')
    expect(codes).toEqual(deserved.sort())
    expect(r.issues.every(i => i.severity === 'warning')).toBe(true)
  })

  it.each(expected.formats.map(s => [s]))('checks the 合计 against the township rows in fraction-rates.%s, naming the column and both numbers', async (suffix) => {
    const r = await read(`fraction-rates.${suffix}`)
    const mismatch = tables['fraction-rates']!.mismatches[0]!
    expect(r.issues.filter(i => i.code === 'total-mismatch')).toEqual([expect.objectContaining({
      severity: 'warning', row: mismatch.row, column: '受理调处矛盾纠纷件数（件）', indicator: mismatch.indicator,
      message: expect.stringMatching(new RegExp(`为 ${mismatch.stated}.*之和为 ${mismatch.sum}`)),
    })])
  })

  it('names what each skipped row was', async () => {
    const r = await read('merged-header.gbk.csv')
    expect(r.report.skipped).toEqual([
      { row: 1, reason: 'title', text: '某某县2024年度乡镇（街道）法治建设主要指标统计表' },
      { row: 2, reason: 'title', text: '填报单位（盖章）：某某县司法局 填报日期：2025年1月15日' },
      { row: 5, reason: 'units', text: '（人） （人） （%） （件） （万元） （次）' },
      { row: 10, reason: 'blank', text: '' },
      { row: 15, reason: 'total', text: '合    计 174 162 93.1% 93 35.47' },
      { row: 16, reason: 'footer', text: '填表人：张三        审核人：李四        联系电话：0000-1234567' },
      { row: 17, reason: 'footer', text: '说明：1. 持证率 = 持证人数 ÷ 执法人员数；2. 罚没金额单位为万元。' },
    ])
  })

  it('keeps the 备注 column as the note of its township, not as an unknown column', async () => {
    const r = await read('merged-header.xlsx')
    expect(r.report.unknownColumns).toBeUndefined()
    expect(r.submissions.find(s => s.township === '东城街道')?.notes).toBe('含综合执法队')
  })
})
