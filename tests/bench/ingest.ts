// Benchmark: our whole import of a wide CSV against raw PapaParse on the same text.
import Papa from 'papaparse'
import { loadRegistryFile, loadTownshipFile } from '../../src/cli/loadData'
import { applyBatch, emptyDataset, emptyLog, mergedTable } from '../../src/core/dataset'
import { emptyTable } from '../../src/core/table'
import { decodeBytes } from '../../src/core/decode'
import { batchOf, townshipResolver, type IngestContext } from '../../src/core/import'
import { readPlain, readTextFile } from '../../src/core/import/readText'
import { tableBehind } from '../../src/core/tableBatch'
import { holdUnknownTownships } from '../../src/core/import/holdUnknown'
import { normalizeWide } from '../../src/core/normalize/wide'
import { parseDelimited } from '../../src/core/parse/csv'
import { layoutTable } from '../../src/core/parse/layout'
import type { InputFile } from '../../src/core/types'
import { validateTable } from '../../src/core/validate'
import { generateWideCsv, syntheticTownships } from './generateWide'
import { median, timeAlternating, timeOnce, type TimingOptions } from './measure'
import { formatTable, type Benchmark, type BenchResult, type BenchRow } from './table'

/** Table sizes measured: a county, a prefecture, a province. Small runs are cheap, so they get many. */
const SIZES: readonly { rows: number, timing: TimingOptions }[] = [
  { rows: 40, timing: { warmup: 300, runs: 201 } },
  { rows: 1_500, timing: { warmup: 20, runs: 21 } },
  { rows: 40_000, timing: { warmup: 1, runs: 7 } },
]
/** The goal: importing costs at most twice a bare parse, at province scale. */
const GOAL = { rows: 40_000, maxRatio: 2 }

const STAGES = ['decode', 'read (plain CSV)', '  of which township names', '  the names in a shuffled order instead', 'merge+derive', 'validate', 'general reader instead', '  parse+layout', '  normalize'] as const
type Stage = typeof STAGES[number]
/** Stages that are not part of ingest (what it would cost the general way), left out of the share. */
const ASIDE: ReadonlySet<Stage> = new Set(['  the names in a shuffled order instead', 'general reader instead', '  parse+layout', '  normalize'])

/**
 * ingest for one CSV, synchronously (the bench runner times synchronous work): the text reader that
 * readFile hands a CSV to, then the same hold and merge as ingest.
 */
function ingestCsv(file: InputFile, ctx: IngestContext) {
  const r = readTextFile(file, { registry: ctx.registry, resolveTownship: townshipResolver(ctx.townships) })
  // As readBatch joins its files (a wide CSV's rows stay a table).
  const read = batchOf([r.report], [r])
  const { batch } = holdUnknownTownships(read, ctx.townships)
  return { ...applyBatch(emptyDataset, emptyLog, batch, ctx.registry), batch }
}

/**
 * Runs the pipeline stage by stage as ingest does, timing each, and the general reader (PapaParse's
 * grid, the layout step, normalizeWide over strings) on the same text beside it; also checks what came out.
 */
function stagedIngest(file: InputFile, ctx: IngestContext): { times: Record<Stage, number>, accepted: number, issues: number } {
  const decode = timeOnce(() => decodeBytes(file.bytes))
  if ('error' in decode.result) throw new Error(`benchmark input does not decode: ${decode.result.error}`)
  const { text } = decode.result
  const nctx = { registry: ctx.registry, file: file.name, resolveTownship: townshipResolver(ctx.townships) }
  const plain = timeOnce(() => readPlain(text, { sheet: null }, nctx, {}))
  const read = plain.result
  if (!read) throw new Error('benchmark input is not read as a plain CSV')
  // Name matching alone (part of the read): every row's name through the list's resolver, as an import does.
  // The file's rows follow the township list, which the matcher tries first; in another order each name is looked up.
  const written: string[] = []
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) written.push(text.slice(at, text.indexOf(',', at)))
  const shuffled = shuffledCopy(written)
  const resolveAll = (list: readonly string[]) => {
    const resolve = townshipResolver(ctx.townships)
    for (const name of list) resolve(name)
  }
  const names = timeOnce(() => resolveAll(written))
  const shuffledNames = timeOnce(() => resolveAll(shuffled))
  const parse = timeOnce(() => {
    const { grid } = parseDelimited(text, file.name)
    return layoutTable(grid, ctx.registry)
  })
  const table = parse.result
  if (!table) throw new Error('benchmark input has no table')
  const normalize = timeOnce(() => normalizeWide(table, nctx))
  if (!tableBehind(read)) throw new Error('benchmark input is not read as a table')
  // As applyBatch does it: the rows (read as a table) appended to the empty dataset's, rates finalized down the columns.
  const merge = timeOnce(() => mergedTable(emptyTable, read, ctx.registry))
  const validate = timeOnce(() => validateTable(merge.result.table, ctx.registry))
  return {
    times: {
      'decode': decode.ms, 'read (plain CSV)': plain.ms, '  of which township names': names.ms, '  the names in a shuffled order instead': shuffledNames.ms, 'merge+derive': merge.ms, 'validate': validate.ms,
      'general reader instead': parse.ms + normalize.ms, '  parse+layout': parse.ms, '  normalize': normalize.ms,
    },
    accepted: read.accepted,
    issues: read.issues.length + validate.result.length,
  }
}

/** The items in an order of their own (a fixed seed, so every run times the same order). */
function shuffledCopy<T>(items: readonly T[]): T[] {
  const out = [...items]
  let seed = 7
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    const j = seed % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

function breakdown(file: InputFile, ctx: IngestContext, timing: TimingOptions, ingestMs: number): string {
  for (let i = 0; i < timing.warmup; i++) stagedIngest(file, ctx)
  const runs = Array.from({ length: timing.runs }, () => stagedIngest(file, ctx))
  const lines = STAGES.map((stage) => {
    const ms = median(runs.map(r => r.times[stage]))
    return [stage, ms.toFixed(1), ASIDE.has(stage) ? '' : `${(ms / ingestMs * 100).toFixed(0)} %`]
  })
  const last = runs[runs.length - 1]
  return [
    `Breakdown of one ingest of ${last?.accepted.toLocaleString('en-US')} rows (median ms per stage; ${last?.issues.toLocaleString('en-US')} issues):`,
    formatTable(['stage', 'ms', 'of ingest'], lines),
  ].join('\n')
}

function benchSize(rows: number, timing: TimingOptions, county: IngestContext): { row: BenchRow, file: InputFile, ctx: IngestContext, ratios: number[] } {
  // Every synthetic township is on the list, as it would be for a province or the country.
  const ctx: IngestContext = { ...county, townships: syntheticTownships(rows, county.townships) }
  const text = generateWideCsv(rows, ctx.registry, county.townships)
  const file: InputFile = { name: `bench-${rows}.csv`, bytes: new TextEncoder().encode(text) }
  const check = ingestCsv(file, ctx)
  const report = check.batch.reports[0]
  if (report?.accepted !== rows) throw new Error(`benchmark input of ${rows} rows: ${report?.accepted} accepted`)
  const { baselineMs, ms, ratios } = timeAlternating(() => Papa.parse(text, { header: false }), () => ingestCsv(file, ctx), timing)
  const row: BenchRow = { benchmark: 'ingest wide CSV', rows, mb: file.bytes.length / 1e6, baselineName: 'papaparse', baselineMs, ms }
  if (rows === GOAL.rows) row.goal = { maxRatio: GOAL.maxRatio }
  return { row, file, ctx, ratios }
}

export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  run(): BenchResult {
    const ctx: IngestContext = { registry: loadRegistryFile(), townships: loadTownshipFile() }
    const rows: BenchRow[] = []
    const details: string[] = []
    for (const { rows: n, timing } of SIZES) {
      const { row, file, ctx: sized, ratios } = benchSize(n, timing, ctx)
      rows.push(row)
      if (n !== GOAL.rows) continue
      const sorted = [...ratios].sort((a, b) => a - b).map(r => r.toFixed(2))
      details.push(`Ingest at ${n.toLocaleString('en-US')} rows, PapaParse and ours timed in turns: ${ratios.length} turns, ours ÷ PapaParse ${sorted[0]}–${sorted[sorted.length - 1]}× (${sorted.join(', ')}); the table's ratio is of the medians.`)
      details.push(breakdown(file, sized, timing, row.ms))
    }
    return { rows, details }
  },
}
