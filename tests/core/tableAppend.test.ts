// The table path of an import (normalizeWide's columns, readBatch's joined tables, held townships cut
// from them, applyBatch appending them) against the object path it replaces: on seeded random wide
// files over loaded data, the same rows, issues, log, held rows and conflicts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findConflicts } from '@/core/conflicts'
import { applyBatch, emptyDataset, emptyLog, type Dataset, type FileBatch, type ImportLog } from '@/core/dataset'
import { readBatch } from '@/core/import'
import { holdUnknownTownships } from '@/core/import/holdUnknown'
import { NO_LIST } from '@/core/table'
import { appendable, appendTable, selectRows, withReportedOnly } from '@/core/tableAppend'
import { tableBehind } from '@/core/tableBatch'
import { tableOf } from '@/core/tableBuild'
import { rowsOf, rowsOfTable } from '@/core/tableRows'
import type { InputFile, Submission } from '@/core/types'
import { ctx, registry, textFile } from '../helpers/ingest'
import { applyBatchRowByRow } from './reference/rowByRow'

/** Counts and the rates over them (zero denominators included), a flag, approx marks and notes. */
const HEADERS = ['行政执法人员数', '持行政执法证件人数', '行政执法人员持证率(%)', '执法案卷评查数', '评查合格案卷数', '案卷评查合格率', '行政检查次数', '罚没金额（万元）']
/** Names on the county list, an alias, and names not on it (held). */
const NAMES = ['城关街道', '东城街道', '西城', '青石镇', '南湖街道', '未知镇', '测试乡']
const CELLS = ['', '0', '0', '1', '3', '12', '40', '约30', '20余', '不适用', '1.5', '98.5', 'abc', '12%', '2万']

const wideFile = (name: string, years: readonly number[]) => fc.record({
  columns: fc.subarray(HEADERS, { minLength: 1 }),
  notes: fc.boolean(),
  marks: fc.boolean(),
}).chain(({ columns, notes, marks }) => fc.array(fc.record({
  township: fc.constantFrom(...NAMES),
  year: fc.constantFrom(...years),
  cells: fc.array(fc.constantFrom(...CELLS), { minLength: columns.length, maxLength: columns.length }),
  note: fc.constantFrom('', '补报', ' 已核实 '),
  mark: fc.constantFrom('', '行政检查次数：约', '行政执法人员数：约；评查合格案卷数：约'),
}), { maxLength: 9 }).map((rows): InputFile => {
  const header = ['乡镇', '年度', ...columns, ...(notes ? ['备注'] : []), ...(marks ? ['约数标注'] : [])]
  const lines = rows.map(r => [r.township, String(r.year), ...r.cells, ...(notes ? [r.note] : []), ...(marks ? [r.mark] : [])].join(','))
  return textFile(name, [header.join(','), ...lines].join('\n'))
}))

/** The object path: the same batch as plain submissions (a copy is never backed by a table). */
const plain = (b: FileBatch): FileBatch => ({ reports: b.reports, issues: b.issues, submissions: [...b.submissions] })

async function imported(files: readonly InputFile[], ds: Dataset, log: ImportLog) {
  const { batch, pending } = holdUnknownTownships(await readBatch(files, ctx), ctx.townships)
  return { batch, pending, ...applyBatch(ds, log, batch, registry) }
}

const same = (a: { dataset: Dataset, log: ImportLog }, b: { dataset: Dataset, log: ImportLog }) => {
  expect(rowsOf(a.dataset)).toEqual(rowsOf(b.dataset))
  // toEqual passes over key order, which the CLI's JSON and exports show: the same text too.
  expect(JSON.stringify(rowsOf(a.dataset))).toBe(JSON.stringify(rowsOf(b.dataset)))
  expect(a.dataset.validationIssues).toEqual(b.dataset.validationIssues)
  expect(a.log).toEqual(b.log)
}

describe('the table path of an import', () => {
  it('reads a wide file as a table whose rows are its submissions', async () => {
    const { batch } = await imported([textFile('a.csv', '乡镇,年度,行政执法人员数,持行政执法证件人数\n城关街道,2024,10,8\n青石镇,2024,约5,不适用')], emptyDataset, emptyLog)
    const table = tableBehind(batch)
    expect(table?.rows).toBe(2)
    expect(batch.submissions).toEqual(rowsOfTable(tableOf(batch.submissions)))
    expect(batch.submissions[1]).toEqual({ township: '青石镇', code: '990101101000', year: 2024, values: { enforcement_staff: 5, enforcement_certified: null }, approx: ['enforcement_staff'], derived: [], notApplicable: ['enforcement_certified'], source: { file: 'a.csv', row: 3 } })
  })

  it('gives what merging submissions gives, over loaded data, overlapping or not', async () => {
    const files = fc.tuple(
      wideFile('loaded.csv', [2023, 2024]),
      fc.oneof(wideFile('next.csv', [2024, 2025]), wideFile('next.csv', [2026])),
      fc.option(wideFile('more.csv', [2025, 2027]), { nil: undefined }),
    )
    let appended = 0
    await fc.assert(fc.asyncProperty(files, async ([loaded, next, more]) => {
      const first = await imported([loaded], emptyDataset, emptyLog)
      const firstPlain = applyBatchRowByRow(emptyDataset, emptyLog, plain(first.batch), registry)
      same(first, firstPlain)
      expect(applyBatch(emptyDataset, emptyLog, plain(first.batch), registry).dataset.table.rows).toBe(first.dataset.table.rows)
      const incoming = more ? [next, more] : [next]
      const fast = await imported(incoming, first.dataset, first.log)
      const objects = applyBatch(first.dataset, first.log, plain(fast.batch), registry)
      same(fast, objects)
      same(fast, applyBatchRowByRow(first.dataset, first.log, plain(fast.batch), registry))
      // Held rows are what the object path holds.
      const heldPlain = holdUnknownTownships(plain(await readBatch(incoming, ctx)), ctx.townships)
      expect(fast.pending).toEqual(heldPlain.pending)
      expect(fast.batch.submissions).toEqual(heldPlain.batch.submissions)
      expect(JSON.stringify(fast.pending)).toBe(JSON.stringify(heldPlain.pending))
      // Where the table path appends, the object path finds no conflict either.
      const table = tableBehind(fast.batch)
      if (table && appendable(first.dataset.table, table)) {
        appended++
        expect(findConflicts(rowsOf(first.dataset), plain(fast.batch))).toEqual([])
      }
    }), { numRuns: 150, seed: 14 })
    expect(appended).toBeGreaterThan(20)
  })
})

describe('appendTable, withReportedOnly, selectRows', () => {
  const sub = (township: string, year: number, values: Record<string, number | null>, extra: Partial<Submission> = {}): Submission =>
    ({ township, code: null, year, values, approx: [], derived: [], source: { file: `${township}.csv`, row: 2 }, ...extra })
  const a = [
    sub('甲', 2024, { x: 1, r: 50 }, { derived: ['r'], notes: '注' }),
    sub('乙', 2024, { x: null }, { notApplicable: ['x'], sources: { x: { file: 'o.csv', row: 3 } } }),
  ]
  const b = [sub('丙', 2024, { y: 2.5 }, { approx: ['y'] }), sub('甲', 2023, { x: 0 }, { notes: '二' })]

  it.each([
    ['both', a, b], ['an empty first', [], b], ['an empty second', a, []],
  ])('appends %s: the rows of both in order', (_, x, y) => {
    expect(rowsOfTable(appendTable(tableOf(x), tableOf(y)))).toEqual([...x, ...y])
    expect(JSON.stringify(rowsOfTable(appendTable(tableOf(x), tableOf(y))))).toBe(JSON.stringify([...x, ...y]))
  })

  it('takes derived rates out of the first rows only', () => {
    const t = withReportedOnly(appendTable(tableOf(a), tableOf(a)), 2)
    const rows = rowsOfTable(t)
    expect(rows[0]).toEqual({ ...a[0], values: { x: 1 }, derived: [] })
    expect(rows.slice(1)).toEqual([a[1], ...a])
  })

  it.each([[[0, 2]], [[1, 3]], [[]], [[0, 1, 2, 3]]])('selects rows %j', (rows) => {
    const t = tableOf([...a, ...b])
    const all = [...a, ...b]
    expect(rowsOfTable(selectRows(t, rows))).toEqual(rows.map(r => all[r]))
  })

  it.each([
    ['a new year', [sub('甲', 2022, {})], true],
    ['a loaded township-year', [sub('甲', 2024, {})], false],
    ['a repeated one', [sub('丁', 2024, {}), sub('丁', 2024, {})], false],
    ['by code before name', [sub('戊', 2024, {}, { code: '甲' })], false],
  ])('appendable with %s: %s', (_, incoming, expected) => {
    expect(appendable(tableOf(a), tableOf(incoming))).toBe(expected)
  })

  it('keeps rows without a 不适用 list without one', () => {
    expect(appendTable(tableOf(a), tableOf(b)).notApplicable[0]).toBe(NO_LIST)
  })
})
