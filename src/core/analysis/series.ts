// One indicator across the county's townships (for one year) and across years (trends).

import { evaluateRate, parseFormula } from '../formula'
import type { Indicator, Registry, Submission, Township } from '../types'
import { normalizeValue, OFFICER_INDICATOR, type Normalization } from './perCapita'
import { isPresent } from './ranking'
import { summarize, type Summary } from './summary'

/**
 * - reported: a value is shown;
 * - missing: the township sent nothing for the year (未报送);
 * - blank: it sent a submission without this figure;
 * - not-applicable: reported as 不适用, or a rate whose denominator is 0;
 * - no-divisor: a figure exists but population or enforcement staff is unknown or 0.
 */
export type RowStatus = 'reported' | 'missing' | 'blank' | 'not-applicable' | 'no-divisor'

export interface SeriesRow {
  township: string
  code: string | null
  /** The figure compared: normalized when asked for and applicable. */
  value: number | null
  /** The figure as submitted. */
  raw: number | null
  status: RowStatus
  approx: boolean
  derived: boolean
  /** False for a submission whose township is not on the county list. */
  listed: boolean
}

export interface SeriesOptions {
  normalization: Normalization
  townships: readonly Township[]
  registry: Pick<Registry, 'byId'>
}

export interface IndicatorSeries {
  indicator: Indicator
  year: number
  rows: SeriesRow[]
  summary: Summary
  /** reported: listed townships with a submission for the year; withValue: rows with a value. */
  completeness: { reported: number, withValue: number, expected: number }
  /** Whether the normalization changed the figures (false for rates and flags, or 'raw'). */
  normalized: boolean
}

/** Looks an indicator up; an unknown id is a programmer error (ids come from the registry). */
export function requireIndicator(registry: Pick<Registry, 'byId'>, id: string): Indicator {
  const indicator = registry.byId.get(id)
  if (!indicator) throw new RangeError(`Unknown indicator id "${id}"`)
  return indicator
}

/** Whether a rate of the submission is 不适用: listed as such, or its formula's denominator is 0. */
export function isNotApplicable(sub: Submission, indicator: Indicator): boolean {
  if (sub.notApplicable?.includes(indicator.id)) return true
  if (indicator.kind !== 'rate' || !indicator.formula || isPresent(sub.values[indicator.id])) return false
  return evaluateRate(parseFormula(indicator.formula), sub.values).reason === 'zero-denominator'
}

/** Finds the county-list entry of a submission: by code, else by name or alias; null if unlisted. */
export function townshipMatcher(townships: readonly Township[]): (sub: Submission) => Township | null {
  const byCode = new Map(townships.map(t => [t.code, t]))
  const byName = new Map<string, Township>()
  for (const t of townships) for (const name of [t.name, ...t.aliases]) if (!byName.has(name)) byName.set(name, t)
  return sub => (sub.code !== null ? byCode.get(sub.code) : undefined) ?? byName.get(sub.township) ?? null
}

/** The figure of one submission and its status, normalized as asked. */
export function seriesValue(sub: Submission | undefined, indicator: Indicator, mode: Normalization, population: number | null): Pick<SeriesRow, 'value' | 'raw' | 'status' | 'approx' | 'derived'> {
  if (!sub) return { value: null, raw: null, status: 'missing', approx: false, derived: false }
  const raw = sub.values[indicator.id] ?? null
  const flags = { approx: sub.approx.includes(indicator.id), derived: sub.derived.includes(indicator.id) }
  if (!isPresent(raw)) {
    return { value: null, raw: null, status: isNotApplicable(sub, indicator) ? 'not-applicable' : 'blank', ...flags }
  }
  const staff = sub.values[OFFICER_INDICATOR] ?? null
  const normalized = normalizeValue(raw, mode, { kind: indicator.kind, population, enforcementStaff: staff })
  const status = normalized.status === 'missing-divisor' ? 'no-divisor' : 'reported'
  return { value: normalized.value, raw, status, ...flags }
}

/**
 * One indicator for one year: a row for every township of the county list (in list order; those
 * without a submission are null with status 'missing'), then rows for submissions from townships
 * not on the list. If a township has several submissions for the year, the last one counts.
 * Rows are not ranked: pass them to rankTownships. Summary is over the compared values.
 */
export function indicatorSeries(subs: readonly Submission[], indicatorId: string, year: number, opts: SeriesOptions): IndicatorSeries {
  const indicator = requireIndicator(opts.registry, indicatorId)
  const match = townshipMatcher(opts.townships)
  const listed = new Map<Township, Submission>()
  const unlisted = new Map<string, Submission>()
  for (const sub of subs) {
    if (sub.year !== year) continue
    const township = match(sub)
    if (township) listed.set(township, sub)
    else unlisted.set(sub.township, sub)
  }
  const rows: SeriesRow[] = [
    ...opts.townships.map(t => ({
      township: t.name, code: t.code, listed: true,
      ...seriesValue(listed.get(t), indicator, opts.normalization, t.population),
    })),
    ...[...unlisted.values()].map(sub => ({
      township: sub.township, code: sub.code, listed: false,
      ...seriesValue(sub, indicator, opts.normalization, null),
    })),
  ]
  return {
    indicator,
    year,
    rows,
    summary: summarize(rows.map(r => r.value)),
    completeness: { reported: listed.size, withValue: rows.filter(r => r.value !== null).length, expected: opts.townships.length },
    normalized: opts.normalization !== 'raw' && (indicator.kind === 'count' || indicator.kind === 'amount'),
  }
}

export interface TrendSeries {
  years: number[]
  /** Values aligned with years; null where the township has no figure. */
  lines: { township: string, values: (number | null)[] }[]
  /** County statistics over all submissions of each year, aligned with years. */
  median: (number | null)[]
  q1: (number | null)[]
  q3: (number | null)[]
}

/**
 * One indicator across all years present in the submissions (ascending): a line for each named
 * township (matched by submission name, or by the county-list name when opts are given) and the county median and quartiles per year. With opts,
 * figures are normalized as in indicatorSeries; without, they are raw.
 */
export function trendSeries(subs: readonly Submission[], indicatorId: string, townshipNames: readonly string[], opts?: SeriesOptions): TrendSeries {
  const years = [...new Set(subs.map(s => s.year))].sort((a, b) => a - b)
  const indicator = opts ? requireIndicator(opts.registry, indicatorId) : null
  const match = townshipMatcher(opts?.townships ?? [])
  const valueOf = (sub: Submission): number | null => {
    if (!indicator || !opts) return isPresent(sub.values[indicatorId]) ? sub.values[indicatorId] ?? null : null
    return seriesValue(sub, indicator, opts.normalization, match(sub)?.population ?? null).value
  }
  const byYear = new Map<number, Submission[]>(years.map(y => [y, []]))
  for (const sub of subs) byYear.get(sub.year)?.push(sub)
  const stats = years.map(y => summarize((byYear.get(y) ?? []).map(valueOf)))
  const lines = townshipNames.map(township => ({
    township,
    values: years.map(y => {
      const sub = (byYear.get(y) ?? []).findLast(s => s.township === township || match(s)?.name === township)
      return sub ? valueOf(sub) : null
    }),
  }))
  return { years, lines, median: stats.map(s => s.median), q1: stats.map(s => s.q1), q3: stats.map(s => s.q3) }
}
