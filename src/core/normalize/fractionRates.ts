// Rates written as fractions (0.95 for 95 %), as a CSV saved from a percent-formatted sheet or a
// formula rate left in General format has them: a rate column whose every figure is ≤ 1.5 and that
// nowhere writes a % sign is converted × 100, with a warning — unless the row's own parts show the
// figures really are small percentages.
import { evaluateRate, rateFormulas } from '../formula'
import { issue, type NormalizeContext } from './common'
import type { RawTable } from '../parse/table'
import type { IndicatorColumn } from './totalRows'
import { TableRows } from './wideRows'
import type { Issue, Submission } from '../types'

/** Largest figure a rate written as a fraction can have (150 % as 1.5). */
const MAX_FRACTION = 1.5

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

/** Do the rows whose parts are known say the column is in percent already (part / whole × 100 ≈ the figure)? */
function partsSayPercent(col: IndicatorColumn, subs: readonly Submission[], ctx: NormalizeContext): boolean {
  const formula = rateFormulas(ctx.registry).find(f => f.indicator.id === col.indicator.id)?.formula
  if (!formula) return false
  let percent = 0
  let fraction = 0
  for (const s of subs) {
    const v = s.values[col.indicator.id]
    const r = evaluateRate(formula, s.values)
    if (v === null || v === undefined || r.value === null) continue
    const tolerance = Math.max(0.06, Math.abs(r.value) * 0.01)
    if (Math.abs(v * 100 - r.value) <= tolerance) fraction++
    else if (Math.abs(v - r.value) <= tolerance) percent++
  }
  return percent > 0 && fraction === 0
}

/**
 * Could the column be rates written as fractions (before its rows' parts are asked)? A percent rate
 * column without a % sign in any cell whose figures (`values`, the numbers in row order) are not all
 * zero and all within 0–MAX_FRACTION. Only such a column is ever converted.
 */
export function mayBeFractions(col: IndicatorColumn, values: readonly number[], percentIn: (column: number) => boolean): boolean {
  const { indicator } = col
  if (indicator.kind !== 'rate' || indicator.unit !== '%') return false
  if (percentIn(col.column)) return false
  return !(values.length === 0 || values.every(v => v === 0) || values.some(v => v > MAX_FRACTION || v < 0))
}

/**
 * Converts the fraction-rate columns of a wide table's submissions in place (× 100) and returns a
 * warning per converted column.
 */
export function convertFractionRates(table: RawTable, columns: readonly IndicatorColumn[], subs: Submission[], ctx: NormalizeContext): Issue[] {
  const issues: Issue[] = []
  for (const col of columns) {
    const { indicator } = col
    const values = subs.map(s => s.values[indicator.id]).filter((v): v is number => typeof v === 'number')
    if (!mayBeFractions(col, values, c => new TableRows(table).percentIn(c))) continue
    if (partsSayPercent(col, subs, ctx)) continue
    for (const s of subs) {
      const v = s.values[indicator.id]
      if (typeof v === 'number') s.values[indicator.id] = round6(v * 100)
    }
    const header = table.headers[col.column] ?? indicator.label_zh
    const example = values.find(v => v > 0) ?? values[0] ?? 0
    issues.push(issue(ctx, table.headerRow, header, 'warning', 'rate-as-fraction',
      { code: 'rate-as-fraction', params: { header, max: MAX_FRACTION, example: String(example), percent: String(round6(example * 100)) } },
      { indicator: indicator.id }))
  }
  return issues
}
