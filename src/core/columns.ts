// Submissions as columns, inside the import door: per indicator one Float64Array of values and one
// Uint8Array of marks (key present, number, approximate, derived, 不适用), so that deriving rates and
// screening the validation rules are loops over typed arrays instead of reads of 45-key objects.
// The submissions themselves stay the public shape (the Dataset, the CLI's JSON, exports); the
// columns are built from them, used, and dropped.
import type { Submission } from './types'

/** The submission's `values` has the key (its value may be null). */
export const KEY = 1
/** The value is a number (possibly non-finite); otherwise it is null or absent and `values` holds NaN. */
export const NUM = 2
/** The id is in `approx`. */
export const APPROX = 4
/** The id is in `derived`. */
export const DERIVED = 8
/** The id is in `notApplicable`. */
export const NA = 16

/**
 * A column's numbers: a Float64Array as built (where derive and validation write and read), and in
 * the Dataset's table the narrowest array that holds each of them exactly (tableCompact.ts).
 */
export type NumberArray = Float64Array | Int32Array | Uint16Array | Uint8Array

/** The kind of a NumberArray, by its element type; null for anything else (what storage or a message holds may be any value). */
export function numberArrayKind(x: unknown): 'f64' | 'i32' | 'u16' | 'u8' | null {
  return x instanceof Float64Array ? 'f64' : x instanceof Int32Array ? 'i32' : x instanceof Uint16Array ? 'u16' : x instanceof Uint8Array ? 'u8' : null
}

export const isNumberArray = (x: unknown): x is NumberArray => numberArrayKind(x) !== null

/** One indicator's column. */
export interface Column {
  /** The value per row; where the row has no number (see the flags) NaN as built, 0 in a compacted table. */
  readonly values: NumberArray
  /** KEY | NUM | APPROX | DERIVED | NA per row. */
  readonly flags: Uint8Array
}

export interface ValueColumns {
  readonly rows: number
  /** Every id some submission holds (values, approx, derived, notApplicable) or that was asked for, in first-seen order. */
  readonly ids: readonly string[]
  readonly byId: ReadonlyMap<string, Column>
  /** The column of an id; an all-absent column (shared, never written) for an id no row holds. */
  column: (id: string) => Column
  /** Per row, the index in `keyLists` of its `values` keys (rows of one file share one list). */
  readonly shapes: Int32Array
  /** The distinct key lists of `values`, in key order, as met row after row. */
  readonly keyLists: readonly (readonly string[])[]
}

/** A column of `rows` absent cells. */
function emptyColumn(rows: number): Column {
  return { values: new Float64Array(rows).fill(Number.NaN), flags: new Uint8Array(rows) }
}

/** The ids of a values object in key order, when they are those of `keys` (no array is made for the common repeat). */
export function sameKeys(values: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  let k = 0
  for (const id in values) {
    if (keys[k] !== id) return false
    k++
  }
  return k === keys.length
}

function mark(col: Column, r: number, flag: number): void {
  col.flags[r] = (col.flags[r] as number) | flag
}

/**
 * The columns of `subs` (row i is subs[i]). `ensure` lists ids that get a writable column even when
 * no submission holds them (the rates derive may fill in).
 */
export function columnsOf(subs: readonly Submission[], ensure: readonly string[] = []): ValueColumns {
  const rows = subs.length
  const ids: string[] = []
  const byId = new Map<string, Column>()
  const add = (id: string): Column => {
    let col = byId.get(id)
    if (col === undefined) {
      col = emptyColumn(rows)
      byId.set(id, col)
      ids.push(id)
    }
    return col
  }
  let keys: string[] = []
  let cols: Column[] = []
  const shapes = new Int32Array(rows)
  const keyLists: string[][] = []
  for (let r = 0; r < rows; r++) {
    const s = subs[r] as Submission
    const values = s.values
    // The submissions of one file share their key list: map it to columns once.
    if (keyLists.length === 0 || !sameKeys(values, keys)) {
      keys = Object.keys(values)
      cols = keys.map(add)
      keyLists.push(keys)
    }
    shapes[r] = keyLists.length - 1
    // Object.values reads the fields in key order in one call (a read per key by name is a slow lookup each).
    const vs = Object.values(values)
    for (let k = 0; k < keys.length; k++) {
      const col = cols[k] as Column
      const v = vs[k]
      if (typeof v === 'number') {
        col.values[r] = v
        col.flags[r] = KEY | NUM
      } else {
        col.flags[r] = KEY
      }
    }
    if (s.approx.length > 0) for (const id of s.approx) mark(add(id), r, APPROX)
    if (s.derived.length > 0) for (const id of s.derived) mark(add(id), r, DERIVED)
    if (s.notApplicable) for (const id of s.notApplicable) mark(add(id), r, NA)
  }
  for (const id of ensure) add(id)
  let absent: Column | null = null
  return {
    rows, ids, byId, shapes, keyLists,
    column: id => byId.get(id) ?? (absent ??= emptyColumn(rows)),
  }
}

/** The value of a cell when it is a finite number, else null (a rule's `value`). */
export function finiteAt(col: Column, r: number): number | null {
  const v = col.values[r] as number
  return (col.flags[r] as number) & NUM && Number.isFinite(v) ? v : null
}

/** The value of a cell when it is a finite number and not approximate, else null (a rule's `exact`). */
export function exactAt(col: Column, r: number): number | null {
  const f = col.flags[r] as number
  const v = col.values[r] as number
  return (f & (NUM | APPROX)) === NUM && Number.isFinite(v) ? v : null
}

/** The sum of the cells of `cols` in row r when all are finite numbers, else null (formula.ts' sumOf over columns). */
export function sumAt(cols: readonly Column[], r: number): number | null {
  let sum = 0
  for (const c of cols) {
    if (!((c.flags[r] as number) & NUM)) return null
    const v = c.values[r] as number
    if (!Number.isFinite(v)) return null
    sum += v
  }
  return sum
}

/**
 * An object of `keys`, all null, to copy (`{ ...template }`) as the start of many values objects.
 * Made by Object.fromEntries, which gives it a fast shape: an object whose keys are added one by one
 * with `template[k] = null` turns into a dictionary past a dozen keys, and copying a dictionary costs
 * about thirty times as much. Each field is then given a number and null again, so that copies keep
 * one stable shape whatever numbers or nulls are written into them.
 */
export function nullTemplate(keys: readonly string[]): Readonly<Record<string, null>> {
  const template: Record<string, number | null> = Object.fromEntries(keys.map(k => [k, null]))
  for (const k of keys) template[k] = 0.5
  for (const k of keys) template[k] = null
  return template as Record<string, null>
}

/**
 * An empty list shared by every submission that has none (approx, derived): frozen, so that nothing
 * can add to it. Forty thousand submissions keep one array instead of forty thousand.
 */
export const NO_IDS: string[] = Object.freeze([]) as unknown as string[]

/**
 * Calls `visit(r)` for every row whose flags have any bit of `mark`, in row order. Where the flags sit
 * on a 4-byte boundary, four rows are tested at once: a column of marks few rows have is passed over
 * a word at a time.
 */
export function eachMarked(flags: Uint8Array, mark: number, visit: (r: number) => void): void {
  const n = flags.length
  let r = 0
  if (flags.byteOffset % 4 === 0 && mark <= 0xff) {
    const words = new Uint32Array(flags.buffer, flags.byteOffset, n >> 2)
    const wordMark = mark * 0x01010101
    for (let w = 0; w < words.length; w++) {
      if (((words[w] as number) & wordMark) === 0) continue
      for (let k = w * 4; k < w * 4 + 4; k++) if ((flags[k] as number) & mark) visit(k)
    }
    r = words.length * 4
  }
  for (; r < n; r++) if ((flags[r] as number) & mark) visit(r)
}
