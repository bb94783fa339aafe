// Rules on formula rates: reported vs recomputed (V03), zero denominators (V04).

import { evaluateRate, rateFormulas, roundRate } from '../formula'
import type { MessageParam } from '../messages/render'
import { APPROX, DERIVED, exactAt, finiteAt, sumAt, type Column } from '../columns'
import type { Rule, RuleColumns, RuleContext } from './context'

/** Floating-point slack added to every tolerance comparison. */
const EPSILON = 1e-9

/**
 * Half a unit of the last digit shown, the rounding a reported figure may carry:
 * 98 → 0.5, 97.1 → 0.05, 97.12 → 0.005. A figure in exponent notation gets no tolerance.
 */
export function roundingTolerance(value: number): number {
  const text = String(Math.abs(value))
  if (text.includes('e')) return 0
  const dot = text.indexOf('.')
  return 0.5 * 10 ** -(dot < 0 ? 0 : text.length - dot - 1)
}

function sumText(ctx: RuleContext, ids: readonly string[]): MessageParam {
  const text: MessageParam = { join: ids.map(ctx.term), with: ' + ' }
  return ids.length > 1 ? { join: ['(', text, ')'], with: '' } : text
}

const anyApprox = (cols: readonly Column[], r: number): boolean => cols.some(c => (c.flags[r] as number) & APPROX)

/** Each formula rate's column with its numerator's and denominator's columns. */
function formulaColumns(cols: RuleColumns) {
  return rateFormulas(cols.registry).map(({ indicator, formula, inputs }) => ({
    rate: cols.columns.column(indicator.id), scale: formula.scale,
    numerator: formula.numerator.map(cols.columns.column), denominator: formula.denominator.map(cols.columns.column),
    inputs: inputs.map(cols.columns.column),
  }))
}

export const rateRules: readonly Rule[] = [
  {
    id: 'V03',
    summary: 'a reported rate matches its formula within rounding (warning up to 1 pp, error beyond)',
    check(ctx) {
      for (const { indicator, formula, inputs } of rateFormulas(ctx.registry)) {
        const id = indicator.id
        const reported = ctx.exact(id)
        // Out-of-range rates are V02's; approximate inputs cannot be checked for equality (V15).
        if (reported === null || reported < 0 || reported > 100 || ctx.sub.derived.includes(id)) continue
        if (inputs.some(ctx.isApprox)) continue
        const computed = evaluateRate(formula, ctx.sub.values).value
        if (computed === null) continue
        const diff = Math.abs(reported - computed)
        if (diff <= roundingTolerance(reported) + EPSILON) continue
        ctx.report(id, diff <= 1 + EPSILON ? 'warning' : 'error', 'rate-mismatch',
          { code: 'rate-mismatch', params: { indicator: { indicator: id }, reported, numerator: sumText(ctx, formula.numerator), denominator: sumText(ctx, formula.denominator), computed: roundRate(computed), diff: roundRate(diff) } })
      }
    },
    screen(cols, out) {
      for (const { rate, numerator, denominator, inputs, scale } of formulaColumns(cols)) {
        for (let r = 0; r < cols.rows; r++) {
          const reported = exactAt(rate, r)
          if (reported === null || reported < 0 || reported > 100 || (rate.flags[r] as number) & DERIVED || anyApprox(inputs, r)) continue
          const den = sumAt(denominator, r)
          if (den === null || den === 0) continue
          const num = sumAt(numerator, r)
          if (num === null) continue
          const diff = Math.abs(reported - num / den * scale)
          if (diff > roundingTolerance(reported) + EPSILON) out[r] = 1
        }
      }
    },
  },
  {
    id: 'V04',
    summary: 'a reported rate whose denominator is 0 is flagged as 不适用 (see applyZeroDenominators)',
    check(ctx) {
      for (const { indicator, formula } of rateFormulas(ctx.registry)) {
        const id = indicator.id
        const reported = ctx.value(id)
        if (reported === null || ctx.sub.derived.includes(id)) continue
        if (formula.denominator.some(ctx.isApprox)) continue
        if (evaluateRate(formula, ctx.sub.values).reason !== 'zero-denominator') continue
        ctx.report(id, 'warning', 'zero-denominator',
          { code: 'zero-denominator', params: { indicator: { indicator: id }, reported, denominator: { join: formula.denominator.map(ctx.term), with: ' + ' } } })
      }
    },
    screen(cols, out) {
      for (const { rate, denominator } of formulaColumns(cols)) {
        for (let r = 0; r < cols.rows; r++) {
          if (finiteAt(rate, r) === null || (rate.flags[r] as number) & DERIVED || anyApprox(denominator, r)) continue
          if (sumAt(denominator, r) === 0) out[r] = 1
        }
      }
    },
  },
]
