// Total rows (合计, 小计, 总计 …) are never submissions: each is checked against the sum of the
// township rows it covers, column by column, and a disagreement is a warning naming both numbers.
import { issue, readCell, type NormalizeContext } from './common'
import { isSubtotal, isTotalWord } from '../parse/layout'
import type { RawRow, RawTable } from '../parse/table'
import type { Indicator, Issue } from '../types'

/** An indicator column of a wide table: its index, indicator and the factor of its header's unit. */
export interface IndicatorColumn {
  column: number
  indicator: Indicator
  factor: number
}

/** A cell as a number in the indicator's unit, or null when it is empty or no number. */
function numberOf(raw: string, col: IndicatorColumn): number | null {
  const out = readCell(raw, col.indicator, col.factor)
  return 'error' in out ? null : out.value
}

/** Up to six significant decimals, as a clerk would write the figure. */
const show = (x: number): string => String(Math.round(x * 1e6) / 1e6)

/** The township rows a total covers: a 小计 those since the previous total above it, any other total all of them. */
function covered(total: RawRow, table: RawTable): RawRow[] {
  if (!isSubtotal(total, table.headers)) return table.rows
  const above = (table.totals ?? []).filter(t => t.row < total.row).map(t => t.row)
  const from = above.length === 0 ? 0 : Math.max(...above)
  return table.rows.filter(r => r.row > from && r.row < total.row)
}

/**
 * Checks each total row of a wide table against the sum of the township rows it covers, for count
 * and amount columns (a rate of a total is not a sum). Numbers are shown in the column's own unit.
 */
export function checkTotals(table: RawTable, columns: readonly IndicatorColumn[], ctx: NormalizeContext): Issue[] {
  const issues: Issue[] = []
  for (const total of table.totals ?? []) {
    const label = total.cells.find(isTotalWord)?.replace(/\s+/gu, '') ?? '合计'
    const rows = covered(total, table)
    for (const col of columns) {
      if (col.indicator.kind !== 'count' && col.indicator.kind !== 'amount') continue
      const stated = numberOf(total.cells[col.column] ?? '', col)
      if (stated === null) continue
      let sum = 0
      let seen = 0
      for (const r of rows) {
        const v = numberOf(r.cells[col.column] ?? '', col)
        if (v !== null) { sum += v; seen++ }
      }
      if (seen === 0 || Math.abs(stated - sum) <= 1e-6 * Math.max(1, Math.abs(sum))) continue
      const header = table.headers[col.column] ?? col.indicator.label_zh
      issues.push(issue(ctx, total.row, header, 'warning', 'total-mismatch',
        { code: 'total-mismatch', params: { label, row: total.row, header, stated: show(stated / col.factor), seen, sum: show(sum / col.factor), diff: show((stated - sum) / col.factor) } },
        { indicator: col.indicator.id }))
    }
  }
  return issues
}
