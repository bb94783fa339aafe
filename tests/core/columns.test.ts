// The columnar path (columns.ts, finalizeColumns, rule screens, validateColumns) against the object
// path it replaced (tests/core/reference/rowByRow.ts): identical JSON, key order included, on
// random submissions and on random tables read through the import door.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APPROX, columnsOf, DERIVED, eachMarked, KEY, NA, NUM } from '@/core/columns'
import { applyBatch, emptyDataset, emptyLog, type Dataset, type ImportLog } from '@/core/dataset'
import { finalizeRates } from '@/core/derive'
import { finalizeTable } from '@/core/finalizeColumns'
import { rateFormulas } from '@/core/formula'
import { tableColumns, type SubmissionTable } from '@/core/table'
import { tableOf } from '@/core/tableBuild'
import { rowsOf, rowsOfTable } from '@/core/tableRows'
import { ingest, readBatch } from '@/core/import'
import { holdUnknownTownships } from '@/core/import/holdUnknown'
import type { Submission } from '@/core/types'
import { validateSubmissions, validateTable } from '@/core/validate'
import { ctx, registry, textFile } from '../helpers/ingest'
import { applyBatchRowByRow, validateRowByRow } from './reference/rowByRow'

const RUNS = { numRuns: 150 }

/** Both as JSON text (key order counts) and deeply (Infinity, -0 and undefined count). */
function expectSame(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
  expect(actual).toStrictEqual(expected)
}

/** The fields of a submission in one order (the table's rows give them so; values' keys and lists keep theirs). */
const FIELDS = ['township', 'code', 'year', 'values', 'approx', 'derived', 'source', 'notApplicable', 'sources', 'notes'] as const
function canonical(s: Submission): Submission {
  const out: Record<string, unknown> = {}
  for (const k of FIELDS) if (Object.hasOwn(s, k)) out[k] = s[k]
  expect(Object.keys(s).filter(k => !(FIELDS as readonly string[]).includes(k))).toEqual([])
  return out as unknown as Submission
}
const rows = (subs: readonly Submission[]) => subs.map(canonical)

/** A table built and finalized as applyBatch does it. */
const finalTable = (subs: readonly Submission[]): SubmissionTable => finalizeTable(tableOf(subs, rateFormulas(registry).map(f => f.indicator.id)), registry)

describe('columnsOf', () => {
  it.each([
    ['a number', { a: 3 }, [], 'a', 3, KEY | NUM],
    ['a null', { a: null }, [], 'a', Number.NaN, KEY],
    ['an absent key that is approximate', {}, ['a'], 'a', Number.NaN, APPROX],
    ['an approximate number', { a: 5000 }, ['a'], 'a', 5000, KEY | NUM | APPROX],
    ['Infinity (a number, not a blank)', { a: Number.POSITIVE_INFINITY }, [], 'a', Number.POSITIVE_INFINITY, KEY | NUM],
  ])('reads %s', (_, values, approx, id, value, flags) => {
    const cols = columnsOf([{ township: 't', code: null, year: 2024, values, approx, derived: [], source: { file: 'f', row: 2 } }])
    expect(cols.column(id).values[0]).toBe(value)
    expect(cols.column(id).flags[0]).toBe(flags)
  })

  it('marks derived and 不适用 ids, keeps first-seen id order across key lists, and gives absent ids an empty column', () => {
    const subs: Submission[] = [
      { township: 't', code: null, year: 2024, values: { b: 1, a: 2 }, approx: [], derived: ['a'], source: { file: 'f', row: 2 } },
      { township: 'u', code: null, year: 2024, values: { c: null }, approx: [], derived: [], notApplicable: ['c'], source: { file: 'f', row: 3 } },
    ]
    const cols = columnsOf(subs, ['z'])
    expect(cols.ids).toEqual(['b', 'a', 'c', 'z'])
    expect([...cols.column('a').flags]).toEqual([KEY | NUM | DERIVED, 0])
    expect([...cols.column('c').flags]).toEqual([0, KEY | NA])
    expect([...cols.column('nowhere').flags]).toEqual([0, 0])
  })
})

// --- random submissions -------------------------------------------------------------------------

const ids = registry.indicators.map(i => i.id)
/** Figures that sit on the rules' edges: 0, 1, negative, fractional, above 100, big, non-finite. */
const figure = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 40 }), weight: 10 },
  { arbitrary: fc.constantFrom(0, -0, 1, -1, 0.5, 2.5, 33.3, 97.06, 100, 100.5, 150, 1e6, 2e7, 1e-7, Number.POSITIVE_INFINITY), weight: 3 },
  { arbitrary: fc.double({ min: -10, max: 200, noNaN: true }), weight: 2 },
)
const townshipKey = fc.constantFrom(['大同镇', '500243100'], ['大同镇', null], ['青石镇', '500243101'], ['青石镇', null], ['测试镇', null])

const submission: fc.Arbitrary<Submission> = fc.record({
  who: townshipKey,
  year: fc.constantFrom(2022, 2023, 2024),
  values: fc.dictionary(fc.constantFrom(...ids), fc.oneof({ arbitrary: figure, weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }), { maxKeys: 30 }),
  approx: fc.subarray(ids, { maxLength: 4 }),
  derived: fc.subarray(ids.filter(id => registry.byId.get(id)?.kind === 'rate'), { maxLength: 2 }),
  notApplicable: fc.option(fc.subarray(ids, { maxLength: 2 }), { nil: undefined }),
  row: fc.integer({ min: 2, max: 50 }),
  sources: fc.option(fc.dictionary(fc.constantFrom(...ids), fc.record({ file: fc.constantFrom('a.csv', 'b.csv'), row: fc.option(fc.integer({ min: 2, max: 9 }), { nil: null }) }), { maxKeys: 3 }), { nil: undefined }),
}).map(({ who, year, values, approx, derived, notApplicable, row, sources }) => {
  const s: Submission = { township: who[0] as string, code: who[1] ?? null, year, values, approx, derived, source: { file: 'a.csv', row } }
  if (notApplicable) s.notApplicable = notApplicable
  if (sources) s.sources = sources
  return s
})

describe('the columnar path on random submissions', () => {
  it('a table gives back the very submissions it was built from', () => {
    fc.assert(fc.property(fc.array(submission, { maxLength: 12 }), (subs) => {
      // The generated values objects have no prototype; a row's are plain objects.
      expectSame(rows(rowsOfTable(tableOf(subs))), rows(subs.map(s => ({ ...s, values: { ...s.values } }))))
    }), RUNS)
  })

  it('finalizeTable gives what finalizeRates gives on each submission, keys in the same order', () => {
    fc.assert(fc.property(fc.array(submission, { maxLength: 12 }), (subs) => {
      expectSame(rows(rowsOfTable(finalTable(subs))), rows(subs.map(s => finalizeRates(s, registry))))
    }), RUNS)
  })

  it('validateSubmissions gives what every rule on every submission gives, in the same order', () => {
    fc.assert(fc.property(fc.array(submission, { maxLength: 12 }), fc.array(submission, { maxLength: 4 }), (subs, others) => {
      const table = finalTable(subs)
      const finals = rowsOfTable(table)
      expectSame(validateSubmissions(finals, registry, { previous: finals }), validateRowByRow(finals, registry, { previous: finals }))
      expectSame(validateTable(table, registry), validateRowByRow(finals, registry, { previous: finals }))
      // Last year's submissions from elsewhere, or mixed with these.
      expectSame(validateSubmissions(finals, registry, { previous: others }), validateRowByRow(finals, registry, { previous: others }))
      const mixed = [...others, ...finals.slice(0, 3)]
      expectSame(validateSubmissions(finals, registry, { previous: mixed }), validateRowByRow(finals, registry, { previous: mixed }))
      expectSame(validateSubmissions(subs, registry), validateRowByRow(subs, registry))
    }), RUNS)
  })

  it('finalizeTable leaves the columns a table of its rows has', () => {
    fc.assert(fc.property(fc.array(submission, { maxLength: 12 }), (subs) => {
      const table = finalTable(subs)
      const columns = tableColumns(table)
      const fresh = columnsOf(rowsOfTable(table))
      const held = (c: typeof columns) => c.ids.filter(id => c.column(id).flags.some(f => f !== 0)).sort()
      expect(held(columns)).toEqual(held(fresh))
      for (const id of fresh.ids) {
        expect([...columns.column(id).flags]).toEqual([...fresh.column(id).flags])
        expect([...columns.column(id).values]).toEqual([...fresh.column(id).values])
      }
    }), RUNS)
  })
})

// --- random tables through the import door -----------------------------------------------------

/** Headers of the generated tables: figures with units, a percent rate, a flag, an unknown column and a note. */
const HEADERS = ['行政执法人员数', '持行政执法证件人数', '行政执法人员持证率(%)', '罚没金额（万元）', '行政处罚案件数', '行政检查次数',
  '复议案件审结数', '被申请行政复议案件数（新收）', '复议未审结数', '复议维持数', '被复议纠错数', '案卷评查合格率', '执法案卷评查数', '评查合格案卷数',
  '行政执法年度数据按时公开', '未知指标', '备注', '约数标注']
/** Cells: plain figures most of the time, then blanks, text, percents, fractions, approximations, markers. */
const cell = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 60 }).map(String), weight: 12 },
  { arbitrary: fc.constantFrom('', '', '约300', '5000余', 'abc', '不适用', '12%', '0.95', '-3', '1.5万', '34.5', '是', '否', '/', '=1+1', '100', '0', '行政检查次数：约'), weight: 4 },
)
const nameCell = fc.constantFrom('大同镇', '大同', '青石镇', '城关街道', '龙射镇', '不在名单镇', '合计', '')
const yearText = fc.constantFrom('2023', '2024', '2024年', '', '1999')

const csvText = (rows: readonly (readonly string[])[]) => rows.map(r => r.map(c => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\n')

const table = fc.subarray(HEADERS, { minLength: 1 }).chain(headers => fc.array(
  fc.tuple(nameCell, yearText, fc.array(cell, { minLength: headers.length, maxLength: headers.length })).map(([n, y, cells]) => [n, y, ...cells]),
  { maxLength: 10 },
).map(rows => csvText([['乡镇', '年度', ...headers], ...rows])))

/** ingest as it was: the same reading, held rows and the object path's applyBatch. */
async function ingestRowByRow(files: ReturnType<typeof textFile>[], base: { dataset: Dataset, log: ImportLog }) {
  const { batch, pending } = holdUnknownTownships(await readBatch(files, ctx), ctx.townships)
  return { ...applyBatchRowByRow(base.dataset, base.log, batch, ctx.registry), batch, pending }
}

/** What an ingest gives, the dataset as its rows (the table's layout is the new path's own) and issues. */
function view(r: { dataset: Dataset, log: ImportLog }) {
  return { ...r, dataset: { submissions: rows(rowsOf(r.dataset)), validationIssues: r.dataset.validationIssues } }
}

describe('the columnar path on random tables', () => {
  it('ingest gives the JSON the object path gives: one file, several files with conflicting rows, and onto loaded data', async () => {
    await fc.assert(fc.asyncProperty(fc.array(table, { minLength: 1, maxLength: 3 }), table, async (texts, later) => {
      const files = texts.map((t, i) => textFile(`f${i}-2024.csv`, t))
      const base = { dataset: emptyDataset, log: emptyLog }
      const now = await ingest(files, ctx)
      const before = await ingestRowByRow(files, base)
      expectSame(view(now), view(before))
      const next = [textFile('later-2024.csv', later)]
      expectSame(view(await ingest(next, ctx, now.dataset, now.log)), view(await ingestRowByRow(next, { dataset: before.dataset, log: before.log })))
    }), { numRuns: 100, seed: 14 })
  })

  it('applyBatch on a batch that accepted nothing still returns the very same dataset', async () => {
    const read = await readBatch([textFile('empty.csv', '乡镇,年度\n')], ctx)
    expect(applyBatch(emptyDataset, emptyLog, read, registry).dataset).toBe(emptyDataset)
  })
})

describe('eachMarked', () => {
  const marked = (flags: Uint8Array, mark: number) => {
    const out: number[] = []
    eachMarked(flags, mark, r => out.push(r))
    return out
  }

  it.each<[string, number[], number, number[]]>([
    ['no rows', [], APPROX, []],
    ['a mark in each lane of a word and in the tail', [APPROX, 0, 0, 0, 0, APPROX, 0, 0, 0, 0, APPROX, 0, NUM | APPROX, 0, APPROX], APPROX, [0, 5, 10, 12, 14]],
    ['other bits only', [NUM, KEY | NUM, DERIVED, NA, NUM], APPROX, []],
    ['either bit of a two-bit mark', [NUM, 0, KEY, 0, 0, NUM | KEY], KEY | NUM, [0, 2, 5]],
  ])('%s', (_, flags, mark, rows) => {
    expect(marked(Uint8Array.from(flags), mark)).toEqual(rows)
  })

  it('gives the rows a byte-by-byte scan gives, on any length, offset and mark', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), fc.integer({ min: 0, max: 7 }), fc.constantFrom(APPROX, NUM, KEY | NA, 0xff), (bytes, offset, mark) => {
      // A view that starts off a 4-byte boundary as often as on one.
      const flags = new Uint8Array(bytes.length + 8).subarray(offset, offset + bytes.length)
      flags.set(bytes)
      const expected = [...flags.keys()].filter(r => (flags[r] as number) & mark)
      expect(marked(flags, mark)).toEqual(expected)
    }), { numRuns: 500 })
  })
})
