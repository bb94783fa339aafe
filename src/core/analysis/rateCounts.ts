// The counts behind a rate (胜诉 5 of 6 审结 cases): its formula's numerator and denominator sums from
// the township's submission of the year, given only where they reproduce the rate shown.
import { parseFormula, roundRate } from '../formula'
import type { Indicator, Registry, Submission, Township } from '../types'
import { isPresent } from './ranking'
import { townshipMatcher } from './series'

export interface RateCount {
  num: number
  den: number
  /** The inputs' registry unit (件, 人, 项); '' when numerator and denominator differ in unit. */
  unit: string
  /** The same in English where the registry gives one. */
  unit_en?: string
}

/** Sum of the ids' values; null when any is absent or not a number. */
function sumOf(ids: readonly string[], values: Submission['values']): number | null {
  let total = 0
  for (const id of ids) {
    const v = values[id]
    if (!isPresent(v)) return null
    total += v
  }
  return total
}

/** One unit for all the ids, or '' when they differ. */
function commonUnit(ids: readonly string[], registry: Pick<Registry, 'byId'>, key: 'unit' | 'unit_en'): string {
  const units = new Set(ids.map(id => registry.byId.get(id)?.[key] ?? ''))
  return units.size === 1 ? [...units][0] ?? '' : ''
}

/**
 * The counts of a formula rate for each township (county-list name; unlisted submissions by their own
 * name) in `year`: numerator and denominator of its formula where both are reported, the denominator
 * is above 0 and they give the rate that is shown (to 0.05, the shown precision). A rate typed in by
 * hand whose counts say otherwise gets none: a count that contradicts its rate is worse than none.
 */
export function rateCounts(subs: readonly Submission[], indicator: Indicator, year: number, townships: readonly Township[], registry: Pick<Registry, 'byId'>): Map<string, RateCount> {
  const counts = new Map<string, RateCount>()
  if (indicator.kind !== 'rate' || !indicator.formula) return counts
  const formula = parseFormula(indicator.formula)
  const ids = [...formula.numerator, ...formula.denominator]
  const unit = commonUnit(ids, registry, 'unit')
  const unitEn = commonUnit(ids, registry, 'unit_en')
  const match = townshipMatcher(townships)
  for (const sub of subs) {
    if (sub.year !== year) continue
    const name = match(sub)?.name ?? sub.township
    const rate = sub.values[indicator.id]
    const num = sumOf(formula.numerator, sub.values)
    const den = sumOf(formula.denominator, sub.values)
    if (!isPresent(rate) || num === null || den === null || den <= 0) {
      counts.delete(name)
      continue
    }
    if (Math.abs(roundRate(num / den * formula.scale) - rate) > 0.05 + 1e-9) {
      counts.delete(name)
      continue
    }
    counts.set(name, unitEn ? { num, den, unit, unit_en: unitEn } : { num, den, unit })
  }
  return counts
}
