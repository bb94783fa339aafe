// The data rows of a wide table as normalizeWide reads them, one at a time: from a laid-out table of
// strings (every format), or straight from the text of a plain CSV (parse/plainCsv.ts, issue 14), which
// makes a string only for the cells that need one.
import type { RawTable } from '../parse/table'
import { plainInteger } from './plainCells'

/** Thrown by a row source that cannot give the rows as the laid-out table would: the file is then read the general way. */
export class NotPlain extends Error {}

export interface WideRows {
  /** Moves to the next data row; false after the last. */
  next(): boolean
  /** The current row's spreadsheet row number. */
  row: number
  /** The current row's number of cells. */
  width: number
  /** The current row's cell c, trimmed as the layout step trims it ('' past the row's end). */
  text(c: number): string
  /**
   * The current row's cells columns[k] that are 1 to 9 ASCII digits (plainInteger of their text), written
   * as numbers to into[k][at]; left[k] is 0 for those and 1 for every other k (a column of -1 is always left).
   */
  digitsInto(columns: Int32Array, into: readonly Float64Array[], at: number, left: Uint8Array): void
  /** Does any data row's cell in column c hold a % sign (% or ％)? Asked after the last row. */
  percentIn(c: number): boolean
  /** About how many rows there are (to size arrays; never a count to report). */
  readonly expected: number
}

/** The rows of a laid-out table. */
export class TableRows implements WideRows {
  row = 0
  width = 0
  private i = -1
  private cells: readonly string[] = []

  constructor(private readonly table: RawTable) {}

  get expected(): number {
    return this.table.rows.length
  }

  next(): boolean {
    const r = this.table.rows[++this.i]
    if (r === undefined) return false
    this.row = r.row
    this.cells = r.cells
    this.width = r.cells.length
    return true
  }

  text(c: number): string {
    return this.cells[c] ?? ''
  }

  digitsInto(columns: Int32Array, into: readonly Float64Array[], at: number, left: Uint8Array): void {
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k] as number
      const d = c === -1 ? null : plainInteger(this.cells[c] ?? '')
      if (d === null) { left[k] = 1; continue }
      (into[k] as Float64Array)[at] = d
      left[k] = 0
    }
  }

  percentIn(c: number): boolean {
    return this.table.rows.some(r => (r.cells[c] ?? '').includes('%') || (r.cells[c] ?? '').includes('％'))
  }
}
