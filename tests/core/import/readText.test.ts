import { describe, expect, it } from 'vitest'
import { readTextFile } from '@/core/import/readText'
import { townshipResolver } from '@/core/import'
import { registry, textFile, townships } from '../../helpers/ingest'

const read = (name: string, text: string) => readTextFile(textFile(name, text), { registry, resolveTownship: townshipResolver(townships) })
const codes = (r: ReturnType<typeof read>) => r.issues.map(i => i.code)

describe('readFile: format detection', () => {
  it.each([
    ['wide.csv', '乡镇,年度,行政检查次数\n大同镇,2024,76\n', 'wide-csv'],
    ['wide.tsv', '乡镇\t年度\t行政检查次数\n大同镇\t2024\t76\n', 'wide-csv'],
    ['semicolon.csv', '乡镇;年度;行政检查次数\n大同镇;2024;76\n', 'wide-csv'],
    ['long.csv', 'township,year,indicator,value,unit\n大同镇,2024,inspections,76,次\n', 'long-csv'],
    ['long-zh.csv', '乡镇,年度,指标名称,计量单位,本期实际\n大同镇,2024,行政检查次数,次,76\n', 'long-csv'],
    ['array.json', '[{"township":"大同镇","year":2024,"inspections":76}]', 'json'],
    ['wrapped.json', '{"submissions":[{"township":"大同镇","year":2024,"values":{"inspections":76}}]}', 'json'],
    ['single.json', '{"township":"大同镇","year":2024,"values":{"行政检查次数":"76次"}}', 'json'],
  ])('reads %s (%j) as %s with the figure in place', (name, text, format) => {
    const r = read(name, text)
    expect(r.report.format).toBe(format)
    expect(r.report.status).toBe('ok')
    expect(r.submissions).toHaveLength(1)
    expect(r.submissions[0]).toMatchObject({ township: '大同镇', code: '990101102000', year: 2024, values: { inspections: 76 } })
  })

  it('finds the header below a title line and numbers rows as a spreadsheet does', () => {
    const r = read('t.csv', '示例县2024年法治建设情况统计表,,\n乡镇,年度,行政检查次数\n大同镇,2024,76\n,,\n青石镇,2024,x\n')
    expect(r.submissions.map(s => s.source.row)).toEqual([3, 5])
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'not-a-number', row: 5, column: '行政检查次数', raw: 'x' }))
  })

  it('takes the year from the title when the table has no year column', () => {
    const r = read('t.csv', '示例县2023年度统计表\n乡镇,行政检查次数\n大同镇,76\n')
    expect(r.submissions[0]?.year).toBe(2023)
  })
})

describe('readFile: headers', () => {
  it('converts a column whose header names a unit (万元 → 元)', () => {
    const r = read('t.csv', '乡镇,年度,罚没金额（万元）,行政处罚案件数\n大同镇,2024,1.2,3\n')
    expect(r.submissions[0]?.values.penalty_amount).toBe(12000)
  })

  it('lets a unit written in the cell win over the header unit', () => {
    const r = read('t.csv', '乡镇,年度,罚没金额（万元）,行政处罚案件数\n大同镇,2024,7610元,3\n')
    expect(r.submissions[0]?.values.penalty_amount).toBe(7610)
  })

  it('keeps an unknown column and its values and reports it as a warning', () => {
    const r = read('t.csv', '乡镇,年度,行政检查次数,联系电话\n大同镇,2024,76,12345\n')
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'unknown-column', severity: 'warning', row: 1, column: '联系电话' }))
    expect(r.report.unknownColumns).toEqual([{ header: '联系电话', values: ['12345'] }])
    expect(r.report.status).toBe('ok')
  })

  it('refuses a column with a unit the indicator does not use', () => {
    const r = read('t.csv', '乡镇,年度,罚没金额（美元）,行政检查次数\n大同镇,2024,100,5\n')
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'unknown-unit', severity: 'error', column: '罚没金额（美元）' }))
    expect(r.submissions[0]?.values).toEqual({ inspections: 5 })
  })

  it('uses the first of two columns for one indicator and reports the second', () => {
    const r = read('t.csv', '乡镇,年度,持证率,持证上岗率\n大同镇,2024,90,95\n')
    expect(r.submissions[0]?.values.enforcement_cert_rate).toBe(90)
    expect(codes(r)).toContain('duplicate-column')
  })

  it('fails a file without a township column, naming what it found', () => {
    const r = read('t.csv', '名字x,年度,行政检查次数\n大同镇,2024,76\n')
    expect(r.report).toMatchObject({ status: 'failed', accepted: 0, rejected: 1 })
    expect(r.issues.map(i => i.message).join()).toMatch(/找不到乡镇列/)
  })
})

describe('readFile: rows', () => {
  it.each([
    ['an empty township', '乡镇,年度,行政检查次数\n,2024,76\n', 'missing-township'],
    ['a bad year', '乡镇,年度,行政检查次数\n大同镇,二〇二四,76\n', 'bad-year'],
    ['a year out of range', '乡镇,年度,行政检查次数\n大同镇,1899,76\n', 'bad-year'],
    ['more cells than headers', '乡镇,年度,行政检查次数\n大同镇,2024,7,610\n', 'extra-cells'],
  ])('refuses a row with %s and lists it', (_what, text, code) => {
    const r = read('t.csv', text)
    expect(r.report).toMatchObject({ rows: 1, accepted: 0, rejected: 1, status: 'failed' })
    expect(r.issues).toContainEqual(expect.objectContaining({ code, row: 2, severity: 'error' }))
  })

  it('refuses the second row of a township-year and keeps the first', () => {
    const r = read('t.csv', '乡镇,年度,行政检查次数\n大同镇,2024,76\n大同,2024,80\n')
    expect(r.submissions).toHaveLength(1)
    expect(r.submissions[0]?.values.inspections).toBe(76)
    expect(r.report).toMatchObject({ accepted: 1, rejected: 1, status: 'partial' })
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'duplicate-row', row: 3 }))
  })

  it('keeps an unknown township as written with a warning that suggests the closest one', () => {
    const r = read('t.csv', '乡镇,年度,行政检查次数\n大铜镇,2024,76\n')
    expect(r.submissions[0]).toMatchObject({ township: '大铜镇', code: null })
    expect(r.issues[0]).toMatchObject({ code: 'unknown-township', severity: 'warning' })
    expect(r.issues[0]?.message).toMatch(/大同镇/)
  })

  it('accepts a row with a bad cell and leaves the cell missing, never zero', () => {
    const r = read('t.csv', '乡镇,年度,行政检查次数,行政处罚案件数\n大同镇,2024,许多,3\n')
    expect(r.submissions[0]?.values).toEqual({ inspections: null, penalty_cases: 3 })
    expect(r.report.status).toBe('partial')
  })

  it('records approximate figures, not-applicable cells and 无 as zero', () => {
    const r = read('t.csv', '乡镇,年度,发放法治宣传资料,行政处罚案件数,行政复议被纠错率\n大同镇,2024,5000余,无,不适用\n')
    const s = r.submissions[0]!
    expect(s.values).toEqual({ publicity_materials: 5000, penalty_cases: 0, reconsideration_correction_rate: null })
    expect(s.approx).toEqual(['publicity_materials'])
    expect(s.notApplicable).toEqual(['reconsideration_correction_rate'])
  })
})

describe('readFile: long tables', () => {
  it('gathers the rows of a township-year into one submission with per-figure rows', () => {
    const r = read('l.csv', 'township,year,indicator,value,unit\n大同镇,2024,inspections,76,次\n大同镇,2024,罚没金额,1.2,万元\n')
    expect(r.submissions).toHaveLength(1)
    expect(r.submissions[0]?.values).toEqual({ inspections: 76, penalty_amount: 12000 })
    expect(r.submissions[0]?.sources?.penalty_amount).toEqual({ file: 'l.csv', row: 3 })
  })

  it.each([
    ['an unknown indicator', 'township,year,indicator,value\n大同镇,2024,微信粉丝数,76\n', 'unknown-indicator'],
    ['an unknown unit', 'township,year,indicator,value,unit\n大同镇,2024,inspections,76,公斤\n', 'unknown-unit'],
    ['the same figure twice', 'township,year,indicator,value\n大同镇,2024,inspections,76\n大同镇,2024,行政检查次数,77\n', 'duplicate-row'],
  ])('refuses a row with %s and lists it', (_what, text, code) => {
    const r = read('l.csv', text)
    expect(r.report.rejected).toBe(1)
    expect(codes(r)).toContain(code)
  })
})

describe('readFile: JSON', () => {
  it('numbers records from 1 and refuses ones that are not objects', () => {
    const r = read('a.json', '[{"township":"大同镇","year":2024,"inspections":1}, 5, {"township":"青石镇","year":"2024年","inspections":"约300"}]')
    expect(r.report).toMatchObject({ rows: 3, accepted: 2, rejected: 1 })
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'bad-record', row: 2 }))
    expect(r.submissions[1]).toMatchObject({ year: 2024, values: { inspections: 300 }, approx: ['inspections'] })
  })

  it('says where a JSON syntax error is', () => {
    const r = read('bad.json', '[\n{"township": "大同镇",,}\n]')
    expect(r.report.status).toBe('failed')
    expect(r.issues[0]?.message).toMatch(/第 2 行/)
  })

  it('ignores a __proto__ key without polluting any prototype', () => {
    const r = read('p.json', '[{"township":"大同镇","year":2024,"__proto__":{"polluted":1},"inspections":2}]')
    expect(r.submissions[0]?.values).toEqual({ inspections: 2 })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(codes(r)).toContain('unknown-column')
  })
})

describe('readFile: JSON values that are not an object', () => {
  it.each([
    ['an array', '[1, 2]', '数组'],
    ['a string', '"76"', '文本'],
    ['null', 'null', '空值'],
  ])('refuses a record whose values is %s with invalid-type, and keeps the other records', (_what, values, kind) => {
    const r = read('v.json', `[{"township":"大同镇","year":2024,"values":${values}},{"township":"青石镇","year":2024,"values":{"inspections":3}}]`)
    expect(r.report).toMatchObject({ rows: 2, accepted: 1, rejected: 1, status: 'partial' })
    expect(r.submissions.map(s => s.township)).toEqual(['青石镇'])
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid-type', severity: 'error', row: 1, column: 'values', message: expect.stringContaining(kind) })])
  })
})

describe('readFile: refusals', () => {
  it.each([
    ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /电子表格.*工作簿读取器/],
    ['book.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), /电子表格.*工作簿读取器/],
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), /不支持的文件类型/],
    ['empty.csv', new Uint8Array([]), /空/],
  ])('refuses %s whole with a reason', (name, bytes, message) => {
    const r = readTextFile({ name, bytes }, { registry, resolveTownship: townshipResolver(townships) })
    expect(r.report.status).toBe('failed')
    expect(r.submissions).toEqual([])
    expect(r.issues.map(i => i.message).join('\n')).toMatch(message)
  })

  it('refuses a narrative .txt report with a message saying what to do', () => {
    const r = read('报告.txt', '大同镇人民政府\n2024年度法治政府建设年度报告\n今年以来，我镇……\n')
    expect(r.report.status).toBe('failed')
    expect(r.issues[0]?.code).toBe('not-a-table')
  })
})

describe('readFile: overlong township names', () => {
  it.each([
    ['wide.csv', `乡镇,年度,行政检查次数\n${'镇'.repeat(51)},2024,1\n大同镇,2024,2\n`],
    ['long.csv', `township,year,indicator,value\n${'镇'.repeat(51)},2024,inspections,1\n大同镇,2024,inspections,2\n`],
    ['a.json', `[{"township":"${'镇'.repeat(51)}","year":2024,"inspections":1},{"township":"大同镇","year":2024,"inspections":2}]`],
  ])('refuses a row whose township name is a paragraph, in %s', (name, text) => {
    const r = read(name, text)
    expect(r.report).toMatchObject({ accepted: 1, rejected: 1 })
    expect(codes(r)).toContain('bad-township')
  })
})
