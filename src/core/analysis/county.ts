// County-level figures for the overview: totals, pooled rates, who has submitted, best and worst.
import { evaluateRate, parseFormula, roundRate } from '../formula'
import type { Indicator, Registry, Submission, Township } from '../types'
import { isPresent } from './ranking'
import { summarize } from './summary'
import { yearOverYear, type YearOverYear } from './yearOverYear'

/** How the county figure is made: a sum, a rate pooled over the townships' counts, or a mean. */
export type CountyBasis = 'total' | 'pooled' | 'mean'

export interface CountyFigure {
  value: number | null
  basis: CountyBasis
  /** Townships whose figures went into the value. */
  reported: number
}

/**
 * The county's figure for one indicator and year. Counts and amounts are summed. A rate with a
 * formula is pooled: the formula over the sums of its inputs, across townships that reported all
 * inputs (so a big township weighs more than a small one, as in the official statistics). Other
 * rates and flags are the mean of the townships' values. Nothing reported → null.
 */
export function countyFigure(subs: readonly Submission[], indicator: Indicator, year: number): CountyFigure {
  const ofYear = subs.filter(s => s.year === year)
  if (indicator.kind === 'count' || indicator.kind === 'amount') {
    const values = ofYear.map(s => s.values[indicator.id]).filter(isPresent)
    return { value: values.length === 0 ? null : values.reduce((a, b) => a + b, 0), basis: 'total', reported: values.length }
  }
  if (indicator.kind === 'rate' && indicator.formula) {
    const f = parseFormula(indicator.formula)
    const ids = [...f.numerator, ...f.denominator]
    const complete = ofYear.filter(s => ids.every(id => isPresent(s.values[id])))
    if (complete.length > 0) {
      const sums: Record<string, number> = {}
      for (const id of ids) sums[id] = complete.reduce((a, s) => a + (s.values[id] ?? 0), 0)
      const r = evaluateRate(f, sums)
      return { value: r.value === null ? null : roundRate(r.value), basis: 'pooled', reported: complete.length }
    }
  }
  const s = summarize(ofYear.map(x => x.values[indicator.id] ?? null))
  return { value: s.mean === null ? null : roundRate(s.mean), basis: 'mean', reported: s.n }
}

export interface Kpi extends CountyFigure {
  indicator: Indicator
  previous: number | null
  change: YearOverYear
}

/** County figures for the given indicators with their change on the previous year. Unknown ids are skipped. */
export function countyKpis(subs: readonly Submission[], registry: Pick<Registry, 'byId'>, year: number, ids: readonly string[]): Kpi[] {
  return ids.flatMap((id) => {
    const indicator = registry.byId.get(id)
    if (!indicator) return []
    const now = countyFigure(subs, indicator, year)
    const before = countyFigure(subs, indicator, year - 1)
    return [{ ...now, indicator, previous: before.value, change: yearOverYear(now.value, before.value, indicator.kind) }]
  })
}

export interface SubmissionStatus {
  /** County townships that submitted for the year, in list order. */
  received: string[]
  /** County townships without a submission for the year, in list order. */
  missing: string[]
  /** Submissions from townships that are not on the county list. */
  unlisted: string[]
  expected: number
}

/** Who has and who has not submitted for a year (matched by code, else by name). */
export function submissionStatus(subs: readonly Submission[], townships: readonly Township[], year: number): SubmissionStatus {
  const ofYear = subs.filter(s => s.year === year)
  const codes = new Set(ofYear.map(s => s.code).filter((c): c is string => c !== null))
  const names = new Set(ofYear.map(s => s.township))
  const has = (t: Township) => codes.has(t.code) || names.has(t.name)
  const listedNames = new Set(townships.map(t => t.name))
  const listedCodes = new Set(townships.map(t => t.code))
  return {
    received: townships.filter(has).map(t => t.name),
    missing: townships.filter(t => !has(t)).map(t => t.name),
    unlisted: ofYear.filter(s => !(s.code !== null && listedCodes.has(s.code)) && !listedNames.has(s.township)).map(s => s.township),
    expected: townships.length,
  }
}
