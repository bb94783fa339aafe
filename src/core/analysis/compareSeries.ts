// The figures every comparison chart draws from: one indicator's series for a year with its
// normalization and source files, the ranking order the panels share, and outcome rows per kind.
import { sourceOf } from '../datasetShape'
import type { Registry, Submission, Township } from '../types'
import { outcomeBreakdown, type OutcomeKind, type OutcomeRow } from './outcomes'
import type { Normalization } from './perCapita'
import { isPresent, rankTownships, type Ranked } from './ranking'
import { indicatorSeries, type IndicatorSeries, type SeriesRow } from './series'

/** A series with the normalization it was computed with and the files its figures came from. */
export interface CompareSeries extends IndicatorSeries {
  mode: Normalization
  /** Distinct file names of the year's figures of this indicator, in first-seen order. */
  sources: string[]
}

/** The data a compare series is computed from. */
export interface CompareInput {
  submissions: readonly Submission[]
  townships: readonly Township[]
  registry: Registry
}

/** Distinct files of the year's figures of `id`, in first-seen order. */
export function seriesSources(yearSubmissions: readonly Submission[], id: string): string[] {
  const files = new Set<string>()
  for (const sub of yearSubmissions) if (isPresent(sub.values[id])) files.add(sourceOf(sub, id).file)
  return [...files]
}

/** The series of `id` in `year` with its normalization and sources; null for an id not in the registry. Not cached. */
export function compareSeries(input: CompareInput, id: string, year: number, mode: Normalization): CompareSeries | null {
  if (!input.registry.byId.has(id)) return null
  const base = indicatorSeries(input.submissions, id, year, { normalization: mode, townships: input.townships, registry: input.registry })
  return { ...base, mode, sources: seriesSources(input.submissions.filter(s => s.year === year), id) }
}

/** A series' rows ranked best first, missing last. */
export function rankedRows(series: CompareSeries): Ranked<SeriesRow>[] {
  return rankTownships(series.rows, series.indicator.direction)
}

/** Ranked rows placed in `order` (small multiples share the primary ranking's order); rows not in it follow, ranked. */
export function rowsInOrder<T extends { township: string }>(ranked: readonly T[], order: readonly string[]): T[] {
  const byName = new Map(ranked.map(r => [r.township, r]))
  const placed = new Set(order)
  return [...order.flatMap(name => byName.get(name) ?? []), ...ranked.filter(r => !placed.has(r.township))]
}

/** Sorts outcome rows by total cases, most first; rows without any reported part last; ties by order. */
function byCasesThenOrder(rows: OutcomeRow[], order: readonly string[]): OutcomeRow[] {
  const position = new Map(order.map((name, i) => [name, i]))
  const at = (r: OutcomeRow) => position.get(r.township) ?? Number.MAX_SAFE_INTEGER
  return [...rows].sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || at(a) - at(b))
}

/**
 * Outcome rows of one kind for the year: every township in `order` (those without a submission all
 * null, labelled 未报送 by the builder), most cases first, ties in `order`.
 */
export function outcomeRows(yearSubmissions: readonly Submission[], year: number, kind: OutcomeKind, order: readonly string[]): OutcomeRow[] {
  const reported = outcomeBreakdown(yearSubmissions, year, kind).rows
  const seen = new Set(reported.map(r => r.township))
  const absent = order.filter(name => !seen.has(name)).map(township => ({ township, values: {}, total: null }))
  return byCasesThenOrder([...reported, ...absent], order)
}

/** Township names in the order of a series' ranking, best first; the county list order without a series. */
export function rankingOrder(series: CompareSeries | null, townships: readonly Township[]): string[] {
  const ranked = series ? rankedRows(series) : []
  return ranked.length > 0 ? ranked.map(r => r.township) : townships.map(t => t.name)
}
