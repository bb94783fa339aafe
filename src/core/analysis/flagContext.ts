// Flags for a whole year: builds each township's context (last year, county medians, issues).

import type { FlagLevel, FlagRules } from '../flagRules'
import type { Issue, Registry, Submission } from '../types'
import { evaluateFlags, type FlagResult } from './flags'
import { summarize } from './summary'

/** County median of each indicator over the submissions of one year (null when nobody reported it). */
export function countyMedians(subs: readonly Submission[], year: number, indicatorIds: readonly string[]): Record<string, number | null> {
  const ofYear = subs.filter(s => s.year === year)
  const medians: Record<string, number | null> = {}
  for (const id of indicatorIds) medians[id] = summarize(ofYear.map(s => s.values[id] ?? null)).median
  return medians
}

export interface YearFlagsInput {
  registry: Pick<Registry, 'byId' | 'indicators'>
  rules: FlagRules
  issues?: readonly Issue[]
}

/**
 * The flag of every township that submitted for the year, keyed by township name. The previous
 * year's submission is the same township name in year − 1; medians are over this year's submissions.
 */
export function evaluateYearFlags(subs: readonly Submission[], year: number, input: YearFlagsInput): Map<string, FlagResult> {
  const medians = countyMedians(subs, year, input.registry.indicators.map(i => i.id))
  const previous = new Map(subs.filter(s => s.year === year - 1).map(s => [s.township, s]))
  const result = new Map<string, FlagResult>()
  for (const sub of subs) {
    if (sub.year !== year) continue
    const context = { registry: input.registry, previous: previous.get(sub.township) ?? null, countyMedians: medians, issues: input.issues ?? [] }
    result.set(sub.township, evaluateFlags(sub, context, input.rules))
  }
  return result
}

const SEVERITY: Record<FlagLevel, number> = { grey: 0, green: 1, yellow: 2, red: 3 }

/** Worst level per indicator over the checks of a flag result (for a per-indicator light); rule-wide checks are left out. */
export function indicatorLevels(result: FlagResult): Map<string, FlagLevel> {
  const levels = new Map<string, FlagLevel>()
  for (const check of result.checks) {
    if (check.indicator === null) continue
    const current = levels.get(check.indicator)
    if (current === undefined || SEVERITY[check.level] > SEVERITY[current]) levels.set(check.indicator, check.level)
  }
  return levels
}
