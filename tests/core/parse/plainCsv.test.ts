// The plain-CSV reader (parse/plainCsv.ts) against the general one (PapaParse's grid, then readGrid):
// on random plain tables, where it reads a file at all it gives the same JSON; where the file has
// something only the layout step can place (a total, a footer, a blank or ragged line) it steps aside.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { townshipResolver } from '@/core/import'
import { readPlain, readTextFile } from '@/core/import/readText'
import { readGrid, type GridSource } from '@/core/normalize/grid'
import { parseDelimited } from '@/core/parse/csv'
import { HEAD_LINES } from '@/core/parse/plainCsv'
import { registry, textFile, townships } from '../../helpers/ingest'

const FILE = 'plain.csv'
const nctx = { registry, file: FILE, resolveTownship: townshipResolver(townships) }
const where: GridSource = { sheet: null }

/** What readGrid makes of the file through PapaParse's grid, and what the plain reader makes of it (null: not read). */
function bothWays(text: string): { general: string, plain: string | null } {
  const general = readGrid(parseDelimited(text, FILE).grid, where, nctx)
  const plain = readPlain(text, where, nctx, {})
  return { general: JSON.stringify(general), plain: plain === null ? null : JSON.stringify(plain) }
}

const HEADERS = ['行政执法人员数', '持行政执法证件人数', '罚没金额（万元）', '行政执法人员持证率(%)', '行政执法年度数据按时公开', '行政检查次数', '未知指标', '备注']
const NAMES = ['城关街道', '东城街道', '西城', ' 南湖街道', '南湖街道 ', '不在名单镇', '', '城关街道']
const CELLS = ['0', '7', '12', '345', '007', '123456789', '1234567890', '', ' ', ' 12', '12 ', '5000余', '12.5', '-3', '95%', '０.９', '0.95',
  '不适用', '是', '否', '１２', '约300', '　8', '3万', '1,200', 'abc', '\r']
const YEARS = ['2024', '2023', ' 2024', '2024年', '24', 'abc', '']

interface Shape {
  delimiter: string
  linebreak: string
  bom: boolean
  title: string | null
  order: boolean
  year: boolean
  headers: string[]
  units: boolean
  rows: { name: string, year: string, cells: string[] }[]
  extras: { at: number, line: string, full: boolean }[]
  trailing: string
}

const shape: fc.Arbitrary<Shape> = fc.record({
  delimiter: fc.constantFrom(',', '\t', ';'),
  linebreak: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  title: fc.option(fc.constantFrom('示例县2024年法治建设情况统计表', '填报单位：示例县司法局')),
  order: fc.boolean(),
  year: fc.boolean(),
  headers: fc.subarray(HEADERS, { minLength: 1 }),
  units: fc.boolean(),
  rows: fc.array(fc.record({
    name: fc.oneof({ arbitrary: fc.constantFrom(...NAMES), weight: 1 }, { arbitrary: fc.integer({ min: 0, max: 30 }).map(i => townships[i % townships.length]!.name), weight: 6 }),
    year: fc.oneof({ arbitrary: fc.constantFrom(...YEARS), weight: 1 }, { arbitrary: fc.constant('2024'), weight: 8 }),
    cells: fc.array(fc.oneof({ arbitrary: fc.constantFrom(...CELLS), weight: 1 }, { arbitrary: fc.integer({ min: 0, max: 999 }).map(String), weight: 6 }), { minLength: HEADERS.length, maxLength: HEADERS.length }),
  }), { minLength: HEAD_LINES, maxLength: HEAD_LINES + 30 }),
  // Now and then a line only the layout step places: a total, a footer, a blank, a ragged line.
  extras: fc.array(fc.record({ at: fc.nat(), line: fc.constantFrom('合计', '填表人：张三', '', '城关街道', '说明：数据截至年底', ' ', '全县'), full: fc.boolean() }), { maxLength: 1 }),
  trailing: fc.constantFrom('', '\n', '\n\n'),
})

function write(s: Shape): string {
  const head = [...(s.order ? ['序号'] : []), '乡镇', ...(s.year ? ['年度'] : []), ...s.headers]
  const lines: string[] = []
  if (s.title) lines.push(s.title)
  lines.push(head.join(s.delimiter))
  if (s.units) lines.push(head.map(h => (h === '乡镇' || h === '年度' || h === '序号' ? '' : h.includes('万元') ? '万元' : '人')).join(s.delimiter))
  s.rows.forEach((r, i) => {
    lines.push([...(s.order ? [String(i + 1)] : []), r.name, ...(s.year ? [r.year] : []), ...r.cells.slice(0, s.headers.length)].join(s.delimiter))
  })
  // As wide as the header (a spreadsheet saves every line so), or not.
  for (const e of s.extras) lines.splice(Math.min(lines.length, 3 + (e.at % lines.length)), 0, e.full ? [e.line, ...head.slice(1).map(() => '')].join(s.delimiter) : e.line)
  return `${s.bom ? '\uFEFF' : ''}${lines.join(s.linebreak)}${s.trailing.replaceAll('\n', s.linebreak)}`
}

describe('the plain-CSV reader', () => {
  it('gives what the general reader gives, wherever it reads a file', () => {
    let read = 0
    let runs = 0
    fc.assert(fc.property(shape, (s) => {
      const { general, plain } = bothWays(write(s))
      runs++
      if (plain === null) return
      read++
      expect(plain).toBe(general)
    }), { numRuns: 300 })
    // Most random tables are plain: the property is not met by stepping aside.
    expect(read).toBeGreaterThan(runs / 4)
  })

  it.each([
    ['a quote anywhere', (t: string) => t.replace('城关街道', '"城关街道"')],
    ['a total row', (t: string) => `${t}合计,,${'1,'.repeat(3)}1\n`],
    ['a footer line', (t: string) => `${t}填表人：张三\n`],
    ['a blank line among the rows', (t: string) => t.replace('\n东城街道', '\n\n东城街道')],
    ['a short line', (t: string) => `${t}城关街道,2023\n`],
    ['a long line', (t: string) => `${t}城关街道,2023,1,2,3,4\n`],
    ['too few lines', (t: string) => t.split('\n').slice(0, HEAD_LINES - 2).join('\n')],
  ])('steps aside for %s, and the file is still read', (_, change) => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i % 2 === 0 ? '城关街道' : '东城街道'},${2000 + i},${i},${i * 2},${i * 3}`)
    const base = `乡镇,年度,行政执法人员数,持行政执法证件人数,行政检查次数\n${rows.join('\n')}\n`
    expect(readPlain(base, where, nctx, {})).not.toBeNull()
    const text = change(base)
    expect(readPlain(text, where, nctx, {})).toBeNull()
    const file = readTextFile(textFile(FILE, text), nctx)
    expect(file.report.accepted).toBeGreaterThan(20)
  })

  it('reads the figures of a plain file and reports its progress', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${townships[i % 10]!.name},${2001 + Math.floor(i / 10)},${i},5000余, 7`)
    const text = `乡镇,年度,行政执法人员数,主动公开政府信息条数,行政检查次数\r\n${rows.join('\r\n')}\r\n`
    const progress: number[] = []
    const plain = readPlain(text, where, nctx, { onProgress: f => progress.push(f) })
    expect(plain?.accepted).toBe(50)
    expect(plain?.submissions[3]?.values).toEqual({ enforcement_staff: 3, disclosures: 5000, inspections: 7 })
    expect(plain?.submissions[3]?.approx).toEqual(['disclosures'])
    expect(progress.at(-1)).toBe(1)
    expect(JSON.stringify(plain)).toBe(bothWays(text).general)
  })

  it('never tells less progress than before when it steps aside late and the general reader starts again', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${townships[i % 10]!.name},${2001 + Math.floor(i / 10)},${i},${i},${i}`)
    // The footer comes last: the plain reader has told most of the file when it meets it.
    const text = `乡镇,年度,行政执法人员数,主动公开政府信息条数,行政检查次数\n${rows.join('\n')}\n填表人：张三,,,,\n`
    const progress: number[] = []
    const file = readTextFile(textFile(FILE, text), nctx, { chunkChars: 200, onProgress: f => progress.push(f) })
    expect(file.report.accepted).toBe(60)
    expect(file.report.skipped?.map(s => s.reason)).toEqual(['footer'])
    expect(progress.length).toBeGreaterThan(5)
    expect(progress.at(-1)).toBe(1)
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]!)
  })
})
