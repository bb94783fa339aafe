// A file's content as a plain table of strings, before any indicator is known.
import type { SkippedRow } from '../types'

/** One data row with the row number a user sees in a spreadsheet (header = 1). */
export interface RawRow {
  row: number
  cells: string[]
}

export interface RawTable {
  headers: string[]
  /** The row number of the header line (the lower one of a two-row header; 1 unless lines precede it). */
  headerRow: number
  rows: RawRow[]
  /** Lines above the header (a title such as "示例县2024年法治建设情况统计表"). */
  titleLines: string[]
  /** 合计 / 小计 rows, kept out of `rows` so they can be checked against the sum of the township rows. */
  totals?: RawRow[]
  /** Rows that are neither header nor data, with the reason (see layout.ts). */
  skipped?: SkippedRow[]
}

/** Is every cell of the row empty or whitespace? */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every(c => c.trim() === '')
}
