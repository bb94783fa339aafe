// The Dataset's storage: submissions as a table of columns (issue 14). Plain data only — strings,
// arrays and typed arrays — so that it crosses the worker boundary by structured clone (its typed
// arrays transferred) and goes into IndexedDB as it is. Per row: the place (township and code,
// interned), the year, the source (file index and row) and indices into shared lists; per indicator
// one array of values (Float64Array, or a narrower one: tableCompact.ts) and one Uint8Array of marks (columns.ts' KEY | NUM | APPROX | DERIVED | NA).
// The public Submission of a row is built by tableRows.ts; this file holds the type and pure reads.
import { APPROX, DERIVED, KEY, NA, NUM, type Column, type NumberArray, type ValueColumns } from './columns'

/** A source row that is null (a whole-file figure). */
export const NULL_ROW = -2147483648
/** A row without a 不适用 list (absent, not empty). */
export const NO_LIST = -1

export interface SubmissionTable {
  /** The layout's version, for what storage reads back. */
  readonly version: 1
  readonly rows: number
  /** Interned places: place p is township names[p] with code codes[p]. */
  readonly names: readonly string[]
  readonly codes: readonly (string | null)[]
  /** Per row, its place. */
  readonly place: Int32Array
  readonly year: Int32Array
  /** Every id a row holds (values, approx, derived, notApplicable) or that was asked for; values[i] and flags[i] are ids[i]'s column. */
  readonly ids: readonly string[]
  readonly values: readonly NumberArray[]
  readonly flags: readonly Uint8Array[]
  /** Per row, the index in keyLists of its values' keys in their order. */
  readonly shapes: Int32Array
  readonly keyLists: readonly (readonly string[])[]
  /** Shared id lists (approx, derived, notApplicable, in their order); lists[0] is the empty list. */
  readonly lists: readonly (readonly string[])[]
  readonly approx: Int32Array
  readonly derived: Int32Array
  /** NO_LIST where the submission has no notApplicable list. */
  readonly notApplicable: Int32Array
  /** Interned source files; per row the file's index and the row (NULL_ROW for null). */
  readonly files: readonly string[]
  readonly sourceFile: Int32Array
  readonly sourceRow: Int32Array
  /** Sparse per-figure sources (merged rows): the rows that have them, ascending, and each row's map. */
  readonly sourceRows: Int32Array
  readonly sourceMaps: readonly Readonly<Record<string, { file: string, row: number | null }>>[]
  /** Sparse notes: the rows that have one, ascending, and the text. */
  readonly noteRows: Int32Array
  readonly notes: readonly string[]
}

export const emptyTable: SubmissionTable = Object.freeze({
  version: 1, rows: 0, names: [], codes: [], place: new Int32Array(0), year: new Int32Array(0),
  ids: [], values: [], flags: [], shapes: new Int32Array(0), keyLists: [], lists: [[]],
  approx: new Int32Array(0), derived: new Int32Array(0), notApplicable: new Int32Array(0),
  files: [], sourceFile: new Int32Array(0), sourceRow: new Int32Array(0),
  sourceRows: new Int32Array(0), sourceMaps: [], noteRows: new Int32Array(0), notes: [],
})

/** Is this (what storage or a worker message holds) a table of this layout? */
export function isTable(x: unknown): x is SubmissionTable {
  if (typeof x !== 'object' || x === null) return false
  const t = x as Record<string, unknown>
  return t.version === 1 && typeof t.rows === 'number' && t.place instanceof Int32Array && t.year instanceof Int32Array
    && Array.isArray(t.ids) && Array.isArray(t.values) && Array.isArray(t.flags) && Array.isArray(t.lists)
}

export const rowCount = (t: SubmissionTable): number => t.rows
export const townshipAt = (t: SubmissionTable, r: number): string => t.names[t.place[r] as number] as string
export const codeAt = (t: SubmissionTable, r: number): string | null => t.codes[t.place[r] as number] as string | null
export const yearAt = (t: SubmissionTable, r: number): number => t.year[r] as number

const idIndex = new WeakMap<SubmissionTable, Map<string, number>>()

/** The index of an id's column, or -1 when no row holds it. */
export function columnIndex(t: SubmissionTable, id: string): number {
  let map = idIndex.get(t)
  if (map === undefined) {
    map = new Map(t.ids.map((x, i) => [x, i]))
    idIndex.set(t, map)
  }
  return map.get(id) ?? -1
}

/** An id's column (values and marks), or null when no row holds it. */
export function columnOf(t: SubmissionTable, id: string): Column | null {
  const i = columnIndex(t, id)
  return i === -1 ? null : { values: t.values[i] as NumberArray, flags: t.flags[i] as Uint8Array }
}

/** The marks of a cell (0 when the id has no column). */
export function flagsAt(t: SubmissionTable, r: number, id: string): number {
  const i = columnIndex(t, id)
  return i === -1 ? 0 : (t.flags[i] as Uint8Array)[r] as number
}

/** The value of a cell as a Submission holds it: a number, null, or undefined when the row has no such key. */
export function valueAt(t: SubmissionTable, r: number, id: string): number | null | undefined {
  const i = columnIndex(t, id)
  if (i === -1) return undefined
  const f = (t.flags[i] as Uint8Array)[r] as number
  if (!(f & KEY)) return undefined
  return f & NUM ? (t.values[i] as NumberArray)[r] as number : null
}

/** The rows of one year, in row order. */
export function rowsOfYear(t: SubmissionTable, year: number): number[] {
  const out: number[] = []
  for (let r = 0; r < t.rows; r++) if (t.year[r] === year) out.push(r)
  return out
}

/** The distinct years, ascending. */
export function yearsOf(t: SubmissionTable): number[] {
  return [...new Set(t.year)].sort((a, b) => a - b)
}

const columnViews = new WeakMap<SubmissionTable, ValueColumns>()

/** The table's columns as columns.ts' ValueColumns (what the rule screens read); made once per table. */
export function tableColumns(t: SubmissionTable): ValueColumns {
  let view = columnViews.get(t)
  if (view === undefined) {
    const byId = new Map<string, Column>(t.ids.map((id, i) => [id, { values: t.values[i] as NumberArray, flags: t.flags[i] as Uint8Array }]))
    let absent: Column | null = null
    view = {
      rows: t.rows, ids: t.ids, byId, shapes: t.shapes, keyLists: t.keyLists,
      column: id => byId.get(id) ?? (absent ??= { values: new Float64Array(t.rows).fill(Number.NaN), flags: new Uint8Array(t.rows) }),
    }
    columnViews.set(t, view)
  }
  return view
}

/** The typed arrays of a table, for a worker message's transfer list (each buffer once). */
export function tableBuffers(t: SubmissionTable): ArrayBuffer[] {
  const all = [t.place, t.year, t.shapes, t.approx, t.derived, t.notApplicable, t.sourceFile, t.sourceRow, t.sourceRows, t.noteRows, ...t.values, ...t.flags]
  return [...new Set(all.map(a => a.buffer as ArrayBuffer))].filter(b => b.byteLength > 0)
}

export { APPROX, DERIVED, KEY, NA, NUM }
