// Rules on single values: sign, integrality, flag and rate ranges (V01, V02), approximations (V15).

import { formatNumber, type Rule } from './context'

/** Count indicators that are averages and may carry decimals (DOMAIN V01). */
const FRACTIONAL_COUNTS: ReadonlySet<string> = new Set(['enforcement_training_hours_per_capita'])

type RuleContext = Parameters<Rule['check']>[0]
type KnownIndicator = NonNullable<ReturnType<RuleContext['registry']['byId']['get']>>

/** Calls `visit` for every present value of the submission whose indicator the registry knows. */
function eachValue(ctx: RuleContext, visit: (id: string, v: number, indicator: KnownIndicator) => void): void {
  const values = ctx.sub.values
  for (const id of Object.keys(values)) {
    const v = values[id]
    if (v === null || v === undefined) continue
    const indicator = ctx.registry.byId.get(id)
    if (indicator) visit(id, v, indicator)
  }
}

export const valueRules: readonly Rule[] = [
  {
    id: 'V01',
    summary: 'counts and amounts are finite and ≥ 0, counts are integers, flags are 0 or 1',
    check(ctx) {
      eachValue(ctx, (id, v, indicator) => {
        if (indicator.kind === 'rate') return
        const label = indicator.label_zh
        if (!Number.isFinite(v)) {
          ctx.report(id, 'error', 'not-a-number', `${label} 不是有效数字`)
        } else if (indicator.kind === 'flag') {
          if (v !== 0 && v !== 1) ctx.report(id, 'error', 'out-of-range', `${label} 应为 0 或 1（否/是），实为 ${formatNumber(v)}`)
        } else if (v < 0) {
          ctx.report(id, 'error', 'negative-value', `${label} ${formatNumber(v)} 为负数`)
        } else if (indicator.kind === 'count' && !Number.isInteger(v) && !FRACTIONAL_COUNTS.has(id)) {
          ctx.report(id, 'error', 'not-integer', `${label} ${formatNumber(v)} 不是整数`)
        }
      })
    },
  },
  {
    id: 'V02',
    summary: 'reported rates lie in [0, 100]; derived rates are left to the rules on their inputs',
    check(ctx) {
      eachValue(ctx, (id, v, indicator) => {
        if (indicator.kind !== 'rate' || ctx.sub.derived.includes(id)) return
        if (!Number.isFinite(v)) ctx.report(id, 'error', 'not-a-number', `${indicator.label_zh} 不是有效数字`)
        else if (v < 0 || v > 100) ctx.report(id, 'error', 'out-of-range', `${indicator.label_zh} ${formatNumber(v)} 超出 0–100`)
      })
    },
  },
  {
    id: 'V15',
    summary: 'every approximate value (约, 余, 多) is flagged; other rules skip it',
    check(ctx) {
      if (ctx.sub.approx.length === 0) return
      for (const id of new Set(ctx.sub.approx)) {
        const v = ctx.value(id)
        if (v !== null) ctx.report(id, 'warning', 'approximate', `${ctx.label(id)} ${formatNumber(v)} 为约数：按下限计`)
      }
    },
  },
]
