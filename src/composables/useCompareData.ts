// Figures of the Compare page for the shown year: indicator series (cached per indicator and
// normalization), the primary ranking whose township order every panel shares, and case outcomes.
import { computed, type ComputedRef, type Ref } from 'vue'
import {
  indicatorSeries, isPresent, outcomeBreakdown, rankTownships, type IndicatorSeries, type Normalization, type OutcomeKind,
  type OutcomeRow, type Ranked, type SeriesRow,
} from '@/core/analysis'
import { sourceOf } from '@/core/dataset'
import type { Registry, Submission, Township } from '@/core/types'

/** A series with the normalization it was computed with and the files its figures came from. */
export interface CompareSeries extends IndicatorSeries {
  mode: Normalization
  /** Distinct file names of the year's figures of this indicator, in first-seen order. */
  sources: string[]
}

export interface UseCompareDataOptions {
  submissions: Ref<readonly Submission[]>
  townships: Ref<readonly Township[]>
  registry: Ref<Registry>
  /** The year shown; null when there is no data at all. */
  year: Ref<number | null>
  normalization: Ref<Normalization>
  /** Id of the primary indicator. */
  primary: Ref<string>
}

export interface CompareData {
  /** The series of `id` for the shown year; null without a year or for an id not in the registry. */
  seriesOf: (id: string, mode?: Normalization) => CompareSeries | null
  primarySeries: ComputedRef<CompareSeries | null>
  /** The primary indicator's rows ranked best first, missing last. */
  ranked: ComputedRef<Ranked<SeriesRow>[]>
  /** Township names in the order of the primary ranking (county list order without data). */
  order: ComputedRef<string[]>
  /** Outcome rows per kind: every county township (those without a submission all null), most cases first. */
  outcomes: ComputedRef<Record<OutcomeKind, OutcomeRow[]>>
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
  const ranked = series ? rankTownships(series.rows, series.indicator.direction) : []
  return ranked.length > 0 ? ranked.map(r => r.township) : townships.map(t => t.name)
}

export function useCompareData(opts: UseCompareDataOptions): CompareData {
  // A fresh cache whenever the data or the year change; keys are indicator id + normalization.
  const cache = computed(() => {
    void opts.submissions.value
    void opts.townships.value
    void opts.registry.value
    void opts.year.value
    return new Map<string, CompareSeries>()
  })

  const yearSubmissions = computed(() => opts.submissions.value.filter(s => s.year === opts.year.value))

  function seriesOf(id: string, mode: Normalization = opts.normalization.value): CompareSeries | null {
    const year = opts.year.value
    if (year === null || !opts.registry.value.byId.has(id)) return null
    const key = `${id}\u0000${mode}`
    const map = cache.value
    let series = map.get(key)
    if (!series) {
      const base = indicatorSeries(opts.submissions.value, id, year, { normalization: mode, townships: opts.townships.value, registry: opts.registry.value })
      series = { ...base, mode, sources: seriesSources(yearSubmissions.value, id) }
      map.set(key, series)
    }
    return series
  }

  const primarySeries = computed(() => seriesOf(opts.primary.value))
  const ranked = computed(() => {
    const s = primarySeries.value
    return s ? rankTownships(s.rows, s.indicator.direction) : []
  })
  const order = computed(() => (ranked.value.length > 0 ? ranked.value.map(r => r.township) : opts.townships.value.map(t => t.name)))

  const outcomes = computed(() => {
    const year = opts.year.value
    const rowsOf = (kind: OutcomeKind): OutcomeRow[] => (year === null ? [] : outcomeRows(yearSubmissions.value, year, kind, order.value))
    return { reconsideration: rowsOf('reconsideration'), litigation: rowsOf('litigation') }
  })

  return { seriesOf, primarySeries, ranked, order, outcomes }
}
