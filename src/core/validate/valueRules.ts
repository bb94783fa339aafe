// Rules on single values: sign, integrality, flag and rate ranges (V01, V02), approximations (V15).

import { APPROX, DERIVED, eachMarked, finiteAt, NUM, type NumberArray } from '../columns'
import type { Rule, RuleColumns } from './context'

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

/** Calls `visit` for every column of an indicator the registry knows. */
function eachColumn(cols: RuleColumns, visit: (values: NumberArray, flags: Uint8Array, indicator: KnownIndicator) => void): void {
  for (const id of cols.columns.ids) {
    const indicator = cols.registry.byId.get(id)
    const col = cols.columns.byId.get(id)
    if (indicator && col) visit(col.values, col.flags, indicator)
  }
}

export const valueRules: readonly Rule[] = [
  {
    id: 'V01',
    summary: 'counts and amounts are finite and ≥ 0, counts are integers, flags are 0 or 1',
    check(ctx) {
      eachValue(ctx, (id, v, indicator) => {
        if (indicator.kind === 'rate') return
        const params = { indicator: { indicator: id }, value: v }
        if (!Number.isFinite(v)) {
          ctx.report(id, 'error', 'not-a-number', { code: 'value-not-a-number', params })
        } else if (indicator.kind === 'flag') {
          if (v !== 0 && v !== 1) ctx.report(id, 'error', 'out-of-range', { code: 'flag-out-of-range', params })
        } else if (v < 0) {
          ctx.report(id, 'error', 'negative-value', { code: 'negative-value', params })
        } else if (indicator.kind === 'count' && !Number.isInteger(v) && !FRACTIONAL_COUNTS.has(id)) {
          ctx.report(id, 'error', 'not-integer', { code: 'not-integer', params })
        }
      })
    },
    screen(cols, out) {
      eachColumn(cols, (values, flags, indicator) => {
        if (indicator.kind === 'rate') return
        const flag = indicator.kind === 'flag'
        const integral = indicator.kind === 'count' && !FRACTIONAL_COUNTS.has(indicator.id)
        for (let r = 0; r < cols.rows; r++) {
          if (!((flags[r] as number) & NUM)) continue
          const v = values[r] as number
          if (!Number.isFinite(v) || (flag ? v !== 0 && v !== 1 : v < 0 || (integral && !Number.isInteger(v)))) out[r] = 1
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
        const params = { indicator: { indicator: id }, value: v }
        if (!Number.isFinite(v)) ctx.report(id, 'error', 'not-a-number', { code: 'value-not-a-number', params })
        else if (v < 0 || v > 100) ctx.report(id, 'error', 'out-of-range', { code: 'rate-out-of-range', params })
      })
    },
    screen(cols, out) {
      eachColumn(cols, (values, flags, indicator) => {
        if (indicator.kind !== 'rate') return
        for (let r = 0; r < cols.rows; r++) {
          if (((flags[r] as number) & (NUM | DERIVED)) !== NUM) continue
          const v = values[r] as number
          if (!Number.isFinite(v) || v < 0 || v > 100) out[r] = 1
        }
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
        if (v !== null) ctx.report(id, 'warning', 'approximate', { code: 'approximate', params: { indicator: { indicator: id }, value: v } })
      }
    },
    screen(cols, out) {
      for (const col of cols.columns.byId.values()) {
        eachMarked(col.flags, APPROX, (r) => { if (r < cols.rows && finiteAt(col, r) !== null) out[r] = 1 })
      }
    },
  },
]
