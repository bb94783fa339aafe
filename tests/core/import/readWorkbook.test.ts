import { describe, expect, it } from 'vitest'
import { townshipResolver } from '@/core/import'
import { readXlsxFile, type XlsxOptions } from '@/core/import/readWorkbook'
import { listSheets } from '@/core/parse/workbook'
import { cellText, isPercentFormat } from '@/core/parse/workbook'
import { isSpreadsheet, readFile } from '@/core/import/readFile'
import { fixture, registry, townships } from '../../helpers/ingest'

const read = (name: string, options: XlsxOptions = {}) =>
  readXlsxFile(fixture(`xlsx/${name}`), { registry, resolveTownship: townshipResolver(townships), ...options })
const codes = (r: { issues: { code: string }[] }) => r.issues.map(i => i.code)

describe('cellText', () => {
  it.each([
    [undefined, ''],
    [{ t: 'n', v: 76 }, '76'],
    [{ t: 'n', v: 1.2 }, '1.2'],
    [{ t: 'n', v: 0.1 + 0.2 }, '0.3'],
    [{ t: 'n', v: 0.95, z: '0%' }, '95%'],
    [{ t: 'n', v: 0.875, z: '[$-804]0.0%' }, '87.5%'],
    [{ t: 'n', v: 12345, z: '#,##0' }, '12345'],
    [{ t: 'n', v: 0.95, z: '0.00"%"' }, '0.95'],
    [{ t: 's', v: '约5000' }, '约5000'],
    [{ t: 'b', v: true }, '是'],
    [{ t: 'b', v: false }, '否'],
    [{ t: 'd', v: new Date(Date.UTC(2024, 0, 5)) }, '2024-01-05'],
    [{ t: 'd', v: new Date(Number.NaN) }, ''],
    [{ t: 'e', v: 0x07 }, '#DIV/0!'],
    [{ t: 'z' }, ''],
  ] as const)('writes %j as %j', (cell, text) => {
    expect(cellText(cell as Parameters<typeof cellText>[0])).toBe(text)
  })

  it.each([['0%', true], ['0.0%', true], ['General', false], ['"%"0', false], ['[Red]0', false], [undefined, false]])('%s is a percent format: %s', (format, yes) => {
    expect(isPercentFormat(format)).toBe(yes)
  })
})

describe('readXlsxFile: tables', () => {
  it('reads the first sheet as a wide table with Excel row numbers, a header below a title and units in headers', async () => {
    const r = await read('wide.xlsx')
    expect(r.report).toMatchObject({ file: 'wide.xlsx', format: 'xlsx', encoding: null, rows: 2, accepted: 2, rejected: 0, status: 'partial' })
    expect(r.submissions.map(s => [s.township, s.year, s.values.inspections, s.source.row])).toEqual([['大同镇', 2024, 76, 3], ['青石镇', 2024, 40, 5]])
    expect(r.submissions[0]?.values.penalty_amount).toBe(12000)
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'not-a-number', row: 5, column: '罚没金额（万元）', raw: 'x' }))
  })

  it('reads a long sheet (township, year, indicator, value, unit)', async () => {
    const r = await read('long.xlsx')
    expect(r.report).toMatchObject({ format: 'xlsx', accepted: 2, status: 'ok' })
    expect(r.submissions[0]?.values).toEqual({ inspections: 76, penalty_amount: 15000 })
  })

  it('picks the sheet named like a data table and warns that a second one was not read', async () => {
    const r = await read('named-sheet.xlsx')
    expect(r.sheets).toEqual(['填报说明', '2024年汇总', '2023年汇总'])
    expect(r.sheetsRead).toEqual(['2024年汇总'])
    expect(r.submissions.map(s => s.township)).toEqual(['大同镇', '青石镇'])
    expect(r.issues).toEqual([expect.objectContaining({ code: 'unread-sheets', severity: 'warning', message: expect.stringContaining('2023年汇总') })])
  })

  it('reads the sheet the user picked', async () => {
    const r = await read('named-sheet.xlsx', { sheet: '2023年汇总' })
    expect(r.sheetsRead).toEqual(['2023年汇总'])
    expect(r.submissions.map(s => [s.township, s.year])).toEqual([['大同镇', 2023]])
    expect(r.issues).toEqual([])
  })

  it('refuses a sheet name the workbook does not have, listing the ones it has', async () => {
    const r = await read('named-sheet.xlsx', { sheet: '2022' })
    expect(r.report.status).toBe('failed')
    expect(r.issues[0]).toMatchObject({ code: 'sheet-not-found', message: expect.stringContaining('2024年汇总') })
  })

  it('folds a merged group header and a units row into the headers', async () => {
    const r = await read('merged-header.xlsx')
    expect(r.report).toMatchObject({ accepted: 1, status: 'ok' })
    expect(r.report.unknownColumns).toBeUndefined()
    expect(r.submissions[0]).toMatchObject({ source: { row: 4 }, values: { enforcement_staff: 20, enforcement_certified: 19, penalty_amount: 12000, publicity_events: 12 } })
  })

  it('applies a units row written as （万元）, 单位：件 and %', async () => {
    const r = await read('units-row.xlsx')
    expect(r.issues).toEqual([])
    expect(r.submissions[0]).toMatchObject({ source: { row: 3 }, values: { penalty_amount: 15000, penalty_cases: 4 } })
  })
})

describe('readXlsxFile: statistics forms', () => {
  it('reads every statistics-form sheet as one township each, named by the sheet', async () => {
    const r = await read('stat-form-sheets.xlsx')
    expect(r.sheetsRead).toEqual(['大同镇', '青石镇'])
    expect(r.report).toMatchObject({ format: 'xlsx', rows: 8, accepted: 8, rejected: 0, status: 'ok' })
    expect(r.issues).toEqual([])
    expect(r.submissions.map(s => [s.township, s.year, s.values])).toEqual([
      ['大同镇', 2024, { enforcement_staff: 20, enforcement_certified: 19, penalty_amount: 15000, publicity_events: 12 }],
      ['青石镇', 2024, { enforcement_staff: 10, enforcement_certified: 10, penalty_amount: 5000, publicity_events: 12 }],
    ])
    expect(r.submissions[0]?.sources?.penalty_amount).toEqual({ file: 'stat-form-sheets.xlsx', row: 6 })
  })

  it('refuses a second sheet for a township-year already read, naming both sheets', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal')
    const form = [['2024年度统计表'], ['指标名称', '计量单位', '本期实际'], ['行政检查次数', '次', 76]].map(r => r.map(value => ({ value })))
    const blob = await writeXlsxFile([{ sheet: '大同镇', data: form }, { sheet: '大同', data: form }]).toBlob()
    const r = await readXlsxFile({ name: 'twice.xlsx', bytes: new Uint8Array(await blob.arrayBuffer()) }, { registry, resolveTownship: townshipResolver(townships) })
    expect(r.report).toMatchObject({ rows: 2, accepted: 1, rejected: 1, status: 'partial' })
    expect(r.submissions).toHaveLength(1)
    expect(r.issues).toEqual([expect.objectContaining({ code: 'duplicate-row', message: expect.stringMatching(/工作表“大同”.*工作表“大同镇”/) })])
  })

  it('takes township and year from the title lines above the form', async () => {
    const r = await read('stat-form-title.xlsx')
    expect(r.issues).toEqual([])
    expect(r.submissions).toEqual([expect.objectContaining({ township: '大同镇', code: '990101102000', year: 2023, values: { inspections: 76, penalty_amount: 5000 } })])
  })
})

describe('readXlsxFile: files that are not readable workbooks', () => {
  it.each([
    ['corrupted.xlsx', 'unreadable-file', /已损坏/],
    ['legacy-xls.xlsx', 'unreadable-file', /已损坏/],
    ['password.xlsx', 'unsupported-file', /密码/],
    ['not-a-workbook.xlsx', 'unreadable-file', /不是 Excel、WPS 或 ODS/],
  ])('refuses %s whole with a message saying what to do', async (name, code, message) => {
    const r = await read(name)
    expect(r.report).toMatchObject({ file: name, status: 'failed', accepted: 0 })
    expect(r.submissions).toEqual([])
    expect(r.issues).toEqual([expect.objectContaining({ code, severity: 'error', row: null, message: expect.stringMatching(message) })])
  })

  it('refuses an empty file', async () => {
    const r = await readXlsxFile({ name: 'empty.xlsx', bytes: new Uint8Array() }, { registry, resolveTownship: townshipResolver(townships) })
    expect(codes(r)).toEqual(['unreadable-file'])
  })
})

describe('listSheets', () => {
  it.each([
    ['named-sheet.xlsx', ['填报说明', '2024年汇总', '2023年汇总']],
    ['corrupted.xlsx', []],
  ])('lists the sheets of %s', async (name, sheets) => {
    expect(await listSheets(fixture(`xlsx/${name}`).bytes)).toEqual(sheets)
  })
})

describe('readFile', () => {
  const zip = fixture('xlsx/wide.xlsx').bytes
  const ole = fixture('tables/merged-header.xls').bytes
  const text = new TextEncoder().encode('乡镇,年度')
  const bytesOf = { zip, ole, text }
  it.each([
    ['book.xlsx', 'ole', true],
    ['book.XLSM', 'zip', true],
    ['renamed.xls', 'zip', true],
    ['legacy.xls', 'ole', true],
    ['wps.et', 'ole', true],
    ['calc.ods', 'zip', true],
    ['no-extension', 'zip', true],
    ['saved-as.csv', 'ole', true],
    ['report.docx', 'zip', false],
    ['report.doc', 'ole', false],
    ['table.csv', 'text', false],
  ] as const)('treats %s holding %s bytes as a spreadsheet workbook: %s', (name, kind, expected) => {
    expect(isSpreadsheet({ name, bytes: bytesOf[kind] })).toBe(expected)
  })

  it.each([
    ['renamed.xls', 'zip', 'xlsx'],
    ['表格.xlsx', 'ole', 'xls'],
    ['表格.et', 'ole', 'et'],
  ] as const)('reads %s (%s bytes) by its content, as %s', async (name, kind, format) => {
    const r = await readFile({ name, bytes: bytesOf[kind] }, { registry, resolveTownship: townshipResolver(townships) })
    expect(r.report.format).toBe(format)
    expect(r.report.accepted).toBeGreaterThan(0)
  })
})
