// Derived rates: fill in rates a township did not report from the counts it did report.

import { NO_IDS } from './columns'
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

/** Templates of extended values objects for one list of keys (see withValues). */
let templateBase: readonly string[] = []
let templates = new Map<string, Readonly<Record<string, null>>>()
/** Distinct key lists remembered per base; beyond that the cache starts over. */
const TEMPLATE_LIMIT = 64

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * A copy of `values` with `extra` set, new keys appended in order: the same object as copying and
 * assigning, built differently for speed. Adding many keys one by one to an object makes V8 turn
 * it into a slow dictionary, which costs microseconds per submission and slows every later read.
 * So the copy starts from a template holding the final keys (cached for the last key list seen:
 * the submissions of one file share theirs) and only overwrites values.
 */
function withValues(values: Readonly<Record<string, number | null>>, extra: readonly { id: string, value: number | null }[]): Record<string, number | null> {
  const keys = Object.keys(values)
  if (!sameKeys(keys, templateBase)) {
    templateBase = keys
    templates = new Map()
  }
  const signature = extra.map(e => e.id).join('\u0000')
  let template = templates.get(signature)
  if (template === undefined) {
    if (templates.size >= TEMPLATE_LIMIT) templates.clear()
    const added = extra.map(e => e.id).filter(id => !Object.hasOwn(values, id))
    template = Object.fromEntries([...keys, ...added].map(k => [k, null]))
    templates.set(signature, template)
  }
  const out: Record<string, number | null> = { ...template }
  Object.assign(out, values)
  for (const e of extra) out[e.id] = e.value
  return out
}

const nestedCache = new WeakMap<Registry, boolean>()

/** Does any rate formula read another formula rate? (Then 不适用 rates can change what is derived.) */
export function hasNestedFormulas(registry: Registry): boolean {
  let nested = nestedCache.get(registry)
  if (nested === undefined) {
    const rates = new Set(rateFormulas(registry).map(f => f.indicator.id))
    nested = rateFormulas(registry).some(f => f.inputs.some(id => rates.has(id)))
    nestedCache.set(registry, nested)
  }
  return nested
}

/**
 * The final form of a submission after a merge: the same result as
 * `deriveRates(applyZeroDenominators(sub, registry), registry)`, computed with one evaluation of
 * each formula and one copy of `values`. The input is not mutated. Used on every submission of an import.
 */
export function finalizeRates(sub: Submission, registry: Registry): Submission {
  if (hasNestedFormulas(registry)) return deriveRates(applyZeroDenominators(sub, registry), registry)
  const approx = sub.approx.length > 0 ? sub.approx : null
  let zero: string[] | null = null
  let derive: { id: string, value: number }[] | null = null
  for (const { indicator, formula } of rateFormulas(registry)) {
    const id = indicator.id
    const result = evaluateRate(formula, sub.values)
    if (result.reason === 'zero-denominator') {
      if (approx === null || !formula.denominator.some(d => approx.includes(d))) (zero ??= []).push(id)
      continue
    }
    const current = sub.values[id]
    if (result.value === null || (current !== null && current !== undefined) || sub.notApplicable?.includes(id)) continue
    (derive ??= []).push({ id, value: roundRate(result.value) })
  }
  return finalized(sub, zero, derive)
}

/** The final submission from what finalizing decided: rates set to 不适用 (`zero`) and rates derived, each in formula order. */
export function finalized(sub: Submission, zero: string[] | null, derive: { id: string, value: number }[] | null): Submission {
  if (zero === null && derive === null) return { ...sub, values: { ...sub.values }, derived: sub.derived.length === 0 ? NO_IDS : [...sub.derived] }
  // Key order as the two steps give it: 不适用 rates first, then derived ones.
  const values = withValues(sub.values, [...(zero ?? []).map(id => ({ id, value: null })), ...(derive ?? [])])
  const derived = zero === null ? [...sub.derived] : sub.derived.filter(id => !zero.includes(id))
  for (const d of derive ?? []) if (!derived.includes(d.id)) derived.push(d.id)
  if (zero === null) return { ...sub, values, derived }
  const notApplicable = [...(sub.notApplicable ?? [])]
  for (const id of zero) if (!notApplicable.includes(id)) notApplicable.push(id)
  return { ...sub, values, derived, notApplicable }
}
