// Rate targets (达标): the county's own target from the flag rules (县定目标: a red or yellow rule that
// fires below a number, e.g. 持证率 < 95), else the full-points line of the 考核 scheme (the threshold
// level that gives an item its max, or the `to` of a linear item). Pure.
import type { Scheme } from '../assessment/types'
import type { FlagRules } from '../flagRules'
import type { Registry } from '../types'

export interface RateTarget {
  indicator: string
  value: number
  /** atLeast: met at or above the value (higher is better); atMost: at or below. */
  bound: 'atLeast' | 'atMost'
  /** Where the target comes from: the flag rules (县定目标) or the scheme's full-points line. */
  source: 'flags' | 'scheme'
}

/** Whether `value` meets the target. */
export function meetsTarget(value: number, target: RateTarget): boolean {
  return target.bound === 'atLeast' ? value >= target.value : value <= target.value
}

/** How far `value` is from the target, ≥ 0 (0 when met), in the indicator's unit (percentage points for rates). */
export function targetGap(value: number, target: RateTarget): number {
  return Math.max(0, target.bound === 'atLeast' ? target.value - value : value - target.value)
}

function fromFlags(rules: FlagRules, isRate: (id: string) => boolean): RateTarget[] {
  const out: RateTarget[] = []
  for (const rule of rules.rules) {
    if (rule.type !== 'value' || typeof rule.threshold !== 'number') continue
    const ids = typeof rule.indicator === 'string' ? [rule.indicator] : Array.isArray(rule.indicator) ? rule.indicator : []
    const bound = rule.op === '<' ? 'atLeast' : rule.op === '>' ? 'atMost' : null
    if (!bound) continue
    for (const id of ids) if (isRate(id)) out.push({ indicator: id, value: rule.threshold, bound, source: 'flags' })
  }
  return out
}

function fromScheme(scheme: Scheme, isRate: (id: string) => boolean): RateTarget[] {
  const out: RateTarget[] = []
  for (const item of scheme.items) {
    const rule = item.rule
    if (item.bonus || item.max <= 0) continue
    if (rule.type === 'threshold' && isRate(rule.indicator)) {
      const full = rule.levels.find(l => l.points >= item.max)
      if (full?.atLeast !== undefined) out.push({ indicator: rule.indicator, value: full.atLeast, bound: 'atLeast', source: 'scheme' })
      else if (full?.atMost !== undefined) out.push({ indicator: rule.indicator, value: full.atMost, bound: 'atMost', source: 'scheme' })
    } else if (rule.type === 'linear' && isRate(rule.indicator) && rule.from !== rule.to) {
      out.push({ indicator: rule.indicator, value: rule.to, bound: rule.to > rule.from ? 'atLeast' : 'atMost', source: 'scheme' })
    }
  }
  return out
}

/**
 * The target of each rate indicator: the flag rules' first, else the scheme's. When one source names
 * several numbers for an indicator, the strictest counts (the highest atLeast, the lowest atMost).
 */
export function rateTargets(registry: Pick<Registry, 'byId'>, rules: FlagRules, scheme: Scheme | null): Map<string, RateTarget> {
  const isRate = (id: string) => registry.byId.get(id)?.kind === 'rate'
  const out = new Map<string, RateTarget>()
  for (const list of [fromFlags(rules, isRate), scheme ? fromScheme(scheme, isRate) : []]) {
    const found = new Map<string, RateTarget>()
    for (const t of list) {
      const had = found.get(t.indicator)
      const stricter = had && had.bound === t.bound && (t.bound === 'atLeast' ? t.value > had.value : t.value < had.value)
      if (!had || stricter) found.set(t.indicator, t)
    }
    for (const [id, t] of found) if (!out.has(id)) out.set(id, t)
  }
  return out
}
