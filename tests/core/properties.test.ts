// Properties of the reading pipeline under hostile input: it never throws, it accounts for every
// row, it names every row it refuses, and it never touches data already loaded.
import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Dataset, ImportLog } from '@/core/dataset'
import { applyZeroDenominators, deriveRates, finalizeRates } from '@/core/derive'
import { rateFormulas } from '@/core/formula'
import { ingest, townshipResolver } from '@/core/import'
import { readTextFile, type FileResult } from '@/core/import/readText'
import type { InputFile, Submission } from '@/core/types'
import { ctx, registry, textFile, townships } from '../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const RUNS = { numRuns: 200 }
const readCtx = { registry, resolveTownship: townshipResolver(townships) }

/** Strings that broke CSV readers, spreadsheets and web pages somewhere. */
const HOSTILE_PIECES = [
  '"', '""', '\'', ',', ';', '\t', '\n', '\r\n', '\r', '|', '\\', ' ', '　', '\uFEFF', '\u200B', '\u2028',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '&amp;', '=cmd|\' /C calc\'!A0', '=1+1', '@SUM(A1)', '+1', '-1',
  '😀', '👩‍👩‍👧', '１２３', '５０００余', '（万元）', '—', '/', 'N/A', '不适用', '5000余', '1.2万元', '1e3', '12-15', '四场',
  '乡镇', '年度', 'township', 'year', '__proto__', 'constructor', '${x}', '%s', 'null', 'NaN', '大同镇', '城关街道',
]
/** Long cells: a spreadsheet cell holds up to 32,767 characters; a hostile one may hold more. */
const LONG_STRINGS = ['长'.repeat(33_000), 'a,"b"\n'.repeat(1_000), '9'.repeat(400)]

/**
 * C0 control characters other than tab, LF, CR and FF make decodeBytes refuse a file as binary
 * (by design); they are taken out so that every generated file is a text table.
 */
function withoutControls(s: string): string {
  return [...s].filter((ch) => {
    const c = ch.charCodeAt(0)
    return !((c < 0x20 && c !== 0x09 && c !== 0x0A && c !== 0x0C && c !== 0x0D) || c === 0x7F)
  }).join('')
}

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 5 }).map(parts => parts.join('')), weight: 8 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map(withoutControls), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map(withoutControls), weight: 2 },
  { arbitrary: fc.constantFrom(...LONG_STRINGS), weight: 1 },
)
const townshipName = fc.oneof(hostileString, fc.constantFrom('大同镇', '大同', '城关街道', '青石镇', '测试镇'))
const cellValue = fc.oneof(hostileString, fc.integer({ min: -5, max: 100_000 }).map(String), fc.constant(''))
/** The year cell is never blank, so that no written row is a blank line (which readers skip by design). */
const yearCell = fc.oneof(fc.constantFrom('2023', '2024', '2024年'), hostileString.filter(s => s.trim() !== ''))

const INDICATOR_HEADERS = ['行政执法人员数', '持行政执法证件人数', '罚没金额（万元）', '行政执法人员持证率(%)', '行政执法年度数据按时公开', '未知指标']

/** A wide table: header `乡镇,年度,…` and rows of hostile township names and cells. */
const hostileTable = fc.subarray(INDICATOR_HEADERS, { minLength: 1 }).chain(indicators => fc.record({
  header: fc.constant(['乡镇', '年度', ...indicators]),
  rows: fc.array(fc.tuple(townshipName, yearCell, fc.array(cellValue, { minLength: indicators.length, maxLength: indicators.length }))
    .map(([name, year, cells]) => [name, year, ...cells]), { maxLength: 8 }),
}))

/** JSON records: mostly objects with known and hostile keys, sometimes anything at all. */
const jsonRecord = fc.oneof(
  { arbitrary: fc.record({
    township: fc.oneof(townshipName, fc.jsonValue()),
    year: fc.oneof(fc.constantFrom(2023, 2024, '2024年'), fc.jsonValue()),
    values: fc.dictionary(fc.oneof(fc.constantFrom('inspections', 'penalty_amount', 'enforcement_cert_rate'), hostileString), fc.oneof(fc.jsonValue(), hostileString), { maxKeys: 4 }),
  }, { requiredKeys: [] }).chain(base => fc.dictionary(fc.oneof(fc.constantFrom(...INDICATOR_HEADERS), hostileString), fc.oneof(cellValue, fc.jsonValue()), { maxKeys: 4 })
    .map(extra => ({ ...extra, ...base }))), weight: 4 },
  { arbitrary: fc.jsonValue(), weight: 1 },
)

/** Data rows are numbered as a spreadsheet shows them: header = 1, first data row = 2. */
function expectEveryRowAccountedFor(result: FileResult, written: readonly number[]): void {
  const { report, submissions, issues } = result
  // A row the layout step lists as skipped (a total, a footer) is accounted for by that note.
  const skipped = new Set((report.skipped ?? []).map(s => s.row))
  const rowNumbers = written.filter(r => !skipped.has(r))
  expect(report.rows).toBe(rowNumbers.length)
  expect(report.accepted + report.rejected).toBe(rowNumbers.length)
  expect(submissions).toHaveLength(report.accepted)
  const acceptedRows = new Set(submissions.map(s => s.source.row))
  expect(acceptedRows.size).toBe(report.accepted)
  for (const row of rowNumbers) {
    if (acceptedRows.has(row)) continue
    expect(issues.some(i => i.row === row && i.severity === 'error'), `row ${row} is refused without an error naming it`).toBe(true)
  }
}

function csvFile(table: { header: readonly string[], rows: string[][] }): InputFile {
  return textFile('hostile.csv', Papa.unparse({ fields: [...table.header], data: table.rows }))
}

describe('reading hostile CSV tables', () => {
  it('never throws and accounts for every data row, naming each refused one', () => {
    fc.assert(fc.property(hostileTable, (table) => {
      const result = readTextFile(csvFile(table), readCtx)
      expectEveryRowAccountedFor(result, table.rows.map((_, k) => k + 2))
    }), RUNS)
  })

  it('loads exactly the accepted rows into the dataset', async () => {
    await fc.assert(fc.asyncProperty(hostileTable, async (table) => {
      const { dataset, batch, pending } = await ingest([csvFile(table)], ctx)
      const accepted = batch.reports.reduce((n, r) => n + r.accepted, 0)
      expect(accepted + batch.reports.reduce((n, r) => n + r.rejected, 0)).toBe(table.rows.length)
      // Accepted rows of townships not on the list are held for confirmation, not loaded.
      expect(rowsOf(dataset).length + pending.length).toBe(accepted)
    }), RUNS)
  })
})

describe('reading hostile JSON', () => {
  it('never throws and accounts for every record, naming each refused one', () => {
    fc.assert(fc.property(fc.array(jsonRecord, { maxLength: 8 }), (records) => {
      const result = readTextFile(textFile('hostile.json', JSON.stringify(records)), readCtx)
      expectEveryRowAccountedFor(result, records.map((_, k) => k + 1))
    }), RUNS)
  })
})

/**
 * Freezes an object graph, so that any write to it throws (modules run in strict mode). Typed arrays
 * (the table's columns) cannot be frozen: the comparison with the snapshot catches a write to them.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

const anyFile: fc.Arbitrary<InputFile> = fc.oneof(
  hostileTable.map(csvFile),
  fc.array(jsonRecord, { maxLength: 4 }).map(records => textFile('hostile.json', JSON.stringify(records))),
  fc.record({ name: fc.constantFrom('junk.csv', 'junk.txt', 'junk.json', 'junk.xlsx', 'junk'), bytes: fc.uint8Array({ maxLength: 64 }) }),
)

const loaded = await ingest([textFile('loaded.csv', '乡镇,年度,行政执法人员数,持行政执法证件人数\n大同镇,2024,20,19\n青石镇,2024,31,30\n')], ctx)

describe('ingest over loaded data', () => {
  const dataset: Dataset = deepFreeze(loaded.dataset)
  const log: ImportLog = deepFreeze(loaded.log)
  const snapshot = structuredClone({ dataset, log })

  it('never mutates the dataset and log passed in', async () => {
    await fc.assert(fc.asyncProperty(fc.array(anyFile, { maxLength: 3 }), async (files) => {
      await ingest(files, ctx, dataset, log)
      expect({ dataset, log }).toEqual(snapshot)
    }), RUNS)
  })

  it('returns the very same dataset object when no file had a row loaded', async () => {
    await fc.assert(fc.asyncProperty(fc.array(anyFile, { maxLength: 3 }), async (files) => {
      const result = await ingest(files, ctx, dataset, log)
      // Rows of townships not on the list are held (result.pending), so they change nothing either.
      if (result.batch.reports.every(r => r.accepted === 0) || result.batch.submissions.length === 0) expect(result.dataset).toBe(dataset)
      else expect(result.dataset).not.toBe(dataset)
    }), RUNS)
  })
})

describe('finalizeRates', () => {
  const rateIds = rateFormulas(registry).map(f => f.indicator.id)
  const ids = [...new Set(rateFormulas(registry).flatMap(f => [f.indicator.id, ...f.inputs]))]
  const submission: fc.Arbitrary<Submission> = fc.record({
    values: fc.dictionary(fc.constantFrom(...ids), fc.oneof(fc.constant(null), fc.constantFrom(0, 1, 3, 7, 12.5, 100)), { minKeys: 6, maxKeys: 24, noNullPrototype: true }),
    approx: fc.subarray(ids, { maxLength: 3 }),
    derived: fc.subarray(rateIds, { maxLength: 2 }),
    notApplicable: fc.option(fc.subarray(rateIds, { maxLength: 2 }), { nil: undefined }),
  }).map(({ notApplicable, ...rest }) => ({
    township: '大同镇', code: '990101102000', year: 2024, ...rest, source: { file: 'a.csv', row: 2 },
    ...(notApplicable === undefined ? {} : { notApplicable }),
  }))

  it('gives what deriveRates after applyZeroDenominators gives, keys in the same order, without mutating', () => {
    fc.assert(fc.property(submission, (sub) => {
      const before = structuredClone(sub)
      const fused = finalizeRates(sub, registry)
      const stepwise = deriveRates(applyZeroDenominators(sub, registry), registry)
      expect(fused).toStrictEqual(stepwise)
      expect(JSON.stringify(fused)).toBe(JSON.stringify(stepwise))
      expect(sub).toStrictEqual(before)
    }), { numRuns: 300 })
  })
})
