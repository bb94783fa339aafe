// 短板 and 零办案 of one township (DOMAIN.md §5.4): the rates below their target or worse than the
// county median, largest gap first, and a township with enforcement officers but no inspection and
// no penalty all year. Pure; from the township profile the page already computes.
import type { Submission } from '../types'
import { meetsTarget, targetGap, type RateTarget } from './targets'
import type { TownshipProfile } from './townshipProfile'

export interface Shortfall {
  indicator: string
  value: number
  target: RateTarget | null
  /** The county median when the value is worse than it, else null. */
  median: number | null
  /** Below the target, worse than the median, or both. */
  below: 'target' | 'median' | 'both'
  /** The larger of the two gaps, in percentage points. */
  gap: number
}

/**
 * Directional rates of the profile that miss their target or are worse than the county median,
 * largest gap first (ties in registry order). Missing values are not 短板: they lower completeness,
 * which the page shows apart.
 */
export function shortfalls(profile: TownshipProfile, targets: ReadonlyMap<string, RateTarget>): Shortfall[] {
  const out: Shortfall[] = []
  for (const row of profile.groups.flatMap(g => g.rows)) {
    const { indicator, value } = row
    if (indicator.kind !== 'rate' || indicator.direction === 'neutral' || value === null) continue
    const target = targets.get(indicator.id) ?? null
    const missesTarget = target !== null && !meetsTarget(value, target)
    const m = row.countyMedian
    const medianGap = m === null ? 0 : indicator.direction === 'higher_better' ? m - value : value - m
    const worseThanMedian = medianGap > 0
    if (!missesTarget && !worseThanMedian) continue
    out.push({
      indicator: indicator.id, value, target: missesTarget ? target : null, median: worseThanMedian ? m : null,
      below: missesTarget && worseThanMedian ? 'both' : missesTarget ? 'target' : 'median',
      gap: Math.round(Math.max(missesTarget ? targetGap(value, target) : 0, medianGap) * 100) / 100,
    })
  }
  return out.sort((a, b) => b.gap - a.gap)
}

/** What makes a township 零办案: officers, yet zero inspections and zero penalty cases reported. */
export interface ZeroEnforcement {
  officers: number
}

/** The indicators 零办案 reads. */
export const ZERO_ENFORCEMENT_INDICATORS = { officers: ['enforcement_staff', 'enforcement_certified'], inspections: 'inspections', penalties: 'penalty_cases' } as const

/**
 * 零办案: the township has enforcement officers (so it holds devolved enforcement powers) and reported
 * 0 inspections and 0 penalty cases. Missing figures never count as 0: then it is not flagged.
 */
export function zeroEnforcement(submission: Submission | null): ZeroEnforcement | null {
  if (!submission) return null
  const v = submission.values
  const officers = Math.max(...ZERO_ENFORCEMENT_INDICATORS.officers.map(id => v[id] ?? 0))
  if (!(officers > 0)) return null
  return v[ZERO_ENFORCEMENT_INDICATORS.inspections] === 0 && v[ZERO_ENFORCEMENT_INDICATORS.penalties] === 0 ? { officers } : null
}
