import { describe, expect, it } from 'vitest'
import { townshipResolver } from '@/core/import'
import { isStatForm, statFormToLong, statFormTownship, statFormYear } from '@/core/normalize/statForm'
import { registry, townships } from '../../helpers/ingest'

const resolve = townshipResolver(townships)
const ctx = { file: 'form.xlsx', registry, resolveTownship: resolve }
const header = ['指标名称', '计量单位', '代码', '本期实际', '本年累计']

describe('isStatForm', () => {
  it.each([
    [[header], true],
    [[['大同镇统计表'], ['填报单位：', '大同镇'], ['指标名称', '单位', '本期实际']], true],
    [[['指标', '数值']], true],
    [[['乡镇', '年度', '指标名称', '本期实际']], false],
    [[['乡镇', '年度', '行政检查次数']], false],
    [[['指标名称', '说明']], false],
    [[], false],
  ])('says %j is a statistics form: %s', (rows, expected) => {
    expect(isStatForm(rows)).toBe(expected)
  })
})

describe('statFormTownship', () => {
  it.each([
    [['填报单位：大同镇'], 'Sheet1', 'a.xlsx', '大同镇'],
    [['填报单位（盖章）： 大同镇人民政府'], null, 'a.csv', '大同镇人民政府'],
    [['单位名称：青石镇 2024年度'], 'Sheet1', 'a.xlsx', '青石镇'],
    [['统计表'], '大同镇', 'a.xlsx', '大同镇'],
    [['统计表'], '工作表1', '2024年青石镇法治建设统计表.xlsx', '青石镇'],
    [['统计表'], '一季度', '大同-2024.xlsx', '大同'],
    [['示例县白马镇2024年法治建设指标统计表'], 'Sheet1', 'a.xlsx', '示例县白马镇'],
    [['单位：万元'], 'Sheet1', 'a.xlsx', null],
  ])('finds the township (as written) of titles %j, sheet %j, file %j: %j', (titles, sheet, file, expected) => {
    expect(statFormTownship(titles, { file, sheet }, resolve)).toBe(expected)
  })

  it('keeps an unknown labelled name (the reader then warns) rather than guessing', () => {
    expect(statFormTownship(['填报单位：某某乡'], { file: 'a.xlsx', sheet: 'Sheet1' }, resolve)).toBe('某某乡')
  })
})

describe('statFormYear', () => {
  it.each([
    [['2024年度法治建设指标统计表'], 'Sheet1', 'a.xlsx', 2024],
    [['统计期：2023年'], 'Sheet1', 'a.xlsx', 2023],
    [['填报日期：2025年1月10日', '报告期 2024'], 'Sheet1', 'a.xlsx', 2024],
    [['统计表'], '2022', 'a.xlsx', 2022],
    [['统计表'], 'Sheet1', '大同镇-2021.xlsx', 2021],
    [['统计表'], 'Sheet1', 'a.xlsx', null],
  ])('finds the year of titles %j, sheet %j, file %j: %j', (titles, sheet, file, expected) => {
    expect(statFormYear(titles, { file, sheet })).toBe(expected)
  })
})

describe('statFormToLong', () => {
  const form = (rows: string[][]) => [['2024年度统计表'], ['填报单位：大同镇'], header, ...rows]

  it('reads 本期实际, falls back to 本年累计, converts the unit and keeps spreadsheet row numbers', () => {
    const n = statFormToLong(form([['1. 行政检查次数', '次', '01', '76', '80'], ['（二）罚没金额', '万元', '02', '', '1.2']]), { file: 'form.xlsx', sheet: null }, ctx)
    expect(n.issues).toEqual([])
    expect(n.submissions).toEqual([expect.objectContaining({ township: '大同镇', year: 2024, values: { inspections: 76, penalty_amount: 12000 } })])
    expect(n.submissions[0]?.sources).toEqual({ inspections: { file: 'form.xlsx', row: 4 }, penalty_amount: { file: 'form.xlsx', row: 5 } })
  })

  it('skips section headings and footers but keeps an unknown indicator with a value for mapping', () => {
    const n = statFormToLong(form([['一、行政执法', '', '', '', ''], ['自定义指标', '件', '', '3', ''], ['填表人：张三', '', '', '', '']]), { file: 'f.xlsx', sheet: null }, ctx)
    expect(n).toMatchObject({ rows: 1, accepted: 0, rejected: 1, unknownColumns: [{ header: '自定义指标', values: ['3'] }] })
    expect(n.issues.map(i => i.code)).toEqual(['unknown-indicator'])
  })

  it('reports a bad value by its row and the value column', () => {
    const n = statFormToLong(form([['行政检查次数', '次', '', 'abc', '']]), { file: 'f.xlsx', sheet: null }, ctx)
    expect(n.issues).toContainEqual(expect.objectContaining({ code: 'not-a-number', row: 4, column: '本期实际', raw: 'abc' }))
  })

  it.each([
    [[['统计表'], header, ['行政检查次数', '次', '', '76', '']], 'Sheet1', 'a.xlsx', 'missing-township'],
    [[['填报单位：大同镇'], header, ['行政检查次数', '次', '', '76', '']], 'Sheet1', 'a.xlsx', 'missing-year'],
  ])('refuses the whole form when the township or the year cannot be found (%#)', (rows, sheet, file, code) => {
    const n = statFormToLong(rows, { file, sheet }, { ...ctx, file })
    expect(n).toMatchObject({ rows: 1, accepted: 0, rejected: 1, submissions: [] })
    expect(n.issues).toEqual([expect.objectContaining({ code, severity: 'error', row: null })])
  })
})
