// Derived rates: fill in rates a township did not report from the counts it did report.

import { evaluateRate, rateFormulas, roundRate } from './formula'
import type { Registry, Submission } from './types'

/**
 * Computes every formula rate that is null or absent in `sub.values` while all its inputs are
 * present, rounded to 2 decimals (percent), and lists it in `derived`.
 * - A reported value is never overwritten, and a rate reported as 不适用 (in `notApplicable`) is
 *   left alone.
 * - A zero denominator leaves the rate null (不适用) and not derived.
 * - Approximate inputs still derive a rate; the rate is not itself marked approximate.
 * Returns a new submission (the input is not mutated); when nothing is derived, a shallow copy.
 */
export function deriveRates(sub: Submission, registry: Registry): Submission {
  let values: Record<string, number | null> | null = null
  const derived = [...sub.derived]
  for (const { indicator, formula } of rateFormulas(registry)) {
    const id = indicator.id
    const current = sub.values[id]
    if ((current !== null && current !== undefined) || sub.notApplicable?.includes(id)) continue
    const result = evaluateRate(formula, sub.values)
    if (result.value === null) continue
    values ??= { ...sub.values }
    values[id] = roundRate(result.value)
    if (!derived.includes(id)) derived.push(id)
  }
  return { ...sub, values: values ?? { ...sub.values }, derived }
}

/**
 * Turns every formula rate whose denominator is present and 0 into 不适用: value null, id added to
 * `notApplicable` and removed from `derived`. Use it after validateSubmissions (which warns about
 * such reported rates, V04) and before ranking, so a reported "0%" or "100%" over no cases is not
 * ranked. Rates with an approximate denominator are left alone. Returns a new submission.
 */
export function applyZeroDenominators(sub: Submission, registry: Registry): Submission {
  const values = { ...sub.values }
  const notApplicable = [...(sub.notApplicable ?? [])]
  let derived = sub.derived
  let changed = false
  for (const { indicator, formula } of rateFormulas(registry)) {
    const id = indicator.id
    if (formula.denominator.some(d => sub.approx.includes(d))) continue
    if (evaluateRate(formula, sub.values).reason !== 'zero-denominator') continue
    values[id] = null
    if (!notApplicable.includes(id)) notApplicable.push(id)
    derived = derived.filter(d => d !== id)
    changed = true
  }
  if (!changed) return { ...sub, values }
  return { ...sub, values, derived: [...derived], notApplicable }
}
