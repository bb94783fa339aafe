// A wide table's accepted rows written straight into columns (issue 14): no Submission object per row.
// What finish() returns is exactly tableOf (tableBuild.ts) of the submissions normalizeWide made
// before: one key list (the indicator columns in order), approx and 不适用 lists in cell order, the
// source file and row, notes where given.
import { APPROX, KEY, NA, NUM } from '../columns'
import { NO_LIST, type SubmissionTable } from '../table'
import { ListPool, PlacePool } from '../tableBuild'
import type { WideRows } from './wideRows'

/** Rows the arrays start with; they double as rows come. */
const START = 1024

export class WideTableBuilder {
  private capacity: number
  private count = 0
  private readonly places = new PlacePool()
  private readonly pool = new ListPool()
  private place: Int32Array
  private year: Int32Array
  private sourceRow: Int32Array
  private approx: Int32Array
  private notApplicable: Int32Array
  private values: Float64Array[]
  private flags: Uint8Array[]
  private readonly noteRows: number[] = []
  private readonly notes: string[] = []
  private readonly column: ReadonlyMap<string, number>
  /** Place + 1 of the last row per township index (TownshipResolver's), to pass over the pool's string lookup. */
  private placeByIndex = new Int32Array(0)

  constructor(private readonly ids: readonly string[], private readonly file: string, expected: number) {
    this.capacity = Math.max(1, Math.min(expected, START * 1024))
    this.place = new Int32Array(this.capacity)
    this.year = new Int32Array(this.capacity)
    this.sourceRow = new Int32Array(this.capacity)
    this.approx = new Int32Array(this.capacity)
    this.notApplicable = new Int32Array(this.capacity)
    // Every cell of a started row is set (setDigits or set, once or more), so no value needs clearing;
    // flags start as a number's, which setDigits then need not write.
    this.values = ids.map(() => new Float64Array(this.capacity))
    this.flags = ids.map(() => new Uint8Array(this.capacity).fill(KEY | NUM))
    this.column = new Map(ids.map((id, i) => [id, i]))
  }

  get rows(): number {
    return this.count
  }

  /**
   * Starts a row, whose every cell must then be set by column index (setDigits, set); returns its
   * index. `index` is the resolver's index of the township's name, where it gave one.
   */
  start(township: string, code: string | null, year: number, sourceRow: number, index?: number): number {
    if (this.count === this.capacity) this.grow()
    const r = this.count++
    this.place[r] = index === undefined ? this.places.of(township, code) : this.placeAt(township, code, index)
    this.year[r] = year
    this.sourceRow[r] = sourceRow
    this.approx[r] = 0
    this.notApplicable[r] = NO_LIST
    return r
  }

  /** The place of (township, code) as the pool gives it, remembered for the name's index. */
  private placeAt(township: string, code: string | null, index: number): number {
    if (index >= this.placeByIndex.length) {
      const wider = new Int32Array(Math.max(index + 1, this.placeByIndex.length * 2))
      wider.set(this.placeByIndex)
      this.placeByIndex = wider
    }
    const known = (this.placeByIndex[index] as number) - 1
    if (known !== -1 && this.places.codes[known] === code) return known
    // An index is one name (equal names, equal indices), so an index not seen yet is a name not placed yet.
    const place = known === -1 ? this.places.fresh(township, code) : this.places.of(township, code)
    this.placeByIndex[index] = place + 1
    return place
  }

  /**
   * Row r's cells that are 1 to 9 digits in the rows' current row (columns[c] for cell c, -1 for none),
   * written as numbers (their flags are already a number's); left[c] is 1 for every cell still to set.
   */
  setDigits(r: number, rows: WideRows, columns: Int32Array, left: Uint8Array): void {
    rows.digitsInto(columns, this.values, r, left)
  }

  /** Cell c of row r: a number, or null (blank, 不适用). */
  set(r: number, c: number, value: number | null): void {
    if (value === null) {
      (this.values[c] as Float64Array)[r] = Number.NaN;
      (this.flags[c] as Uint8Array)[r] = KEY
    } else {
      (this.values[c] as Float64Array)[r] = value;
      (this.flags[c] as Uint8Array)[r] = KEY | NUM
    }
  }

  /** Row r's approx and 不适用 lists (ids in their order), its note. */
  finishRow(r: number, approx: readonly string[] | null, notApplicable: readonly string[] | null, note: string | null): void {
    if (approx !== null) {
      this.approx[r] = this.pool.of(approx)
      for (const id of approx) this.mark(r, id, APPROX)
    }
    if (notApplicable !== null) {
      this.notApplicable[r] = this.pool.of(notApplicable)
      for (const id of notApplicable) this.mark(r, id, NA)
    }
    if (note !== null) { this.noteRows.push(r); this.notes.push(note) }
  }

  /** The marks of row r's cell for `id` (0 when no column holds it). */
  flagsOf(r: number, id: string): number {
    const c = this.column.get(id)
    return c === undefined ? 0 : (this.flags[c] as Uint8Array)[r] as number
  }

  private mark(r: number, id: string, flag: number): void {
    const f = this.flags[this.column.get(id) as number] as Uint8Array
    f[r] = (f[r] as number) | flag
  }

  private grow(): void {
    this.capacity *= 2
    const wider = <A extends Int32Array | Float64Array | Uint8Array>(a: A, make: (n: number) => A): A => { const out = make(this.capacity); out.set(a); return out }
    const i32 = (n: number) => new Int32Array(n)
    this.place = wider(this.place, i32)
    this.year = wider(this.year, i32)
    this.sourceRow = wider(this.sourceRow, i32)
    this.approx = wider(this.approx, i32)
    this.notApplicable = wider(this.notApplicable, i32)
    this.values = this.values.map(v => wider(v, n => new Float64Array(n)))
    this.flags = this.flags.map(f => wider(f, n => new Uint8Array(n).fill(KEY | NUM)))
  }

  /** The table of the rows written (none when no row was: tableOf of no submissions). */
  finish(): SubmissionTable {
    const rows = this.count
    const cut = <A extends Int32Array | Float64Array | Uint8Array>(a: A): A => (a.length === rows ? a : a.slice(0, rows) as A)
    const values = this.values.map(cut)
    return {
      version: 1, rows, names: this.places.names, codes: this.places.codes,
      place: cut(this.place), year: cut(this.year),
      ids: rows === 0 ? [] : this.ids, values: rows === 0 ? [] : values, flags: rows === 0 ? [] : this.flags.map(cut),
      shapes: new Int32Array(rows), keyLists: rows === 0 ? [] : [this.ids],
      lists: this.pool.lists, approx: cut(this.approx), derived: new Int32Array(rows), notApplicable: cut(this.notApplicable),
      files: rows === 0 ? [] : [this.file], sourceFile: new Int32Array(rows), sourceRow: cut(this.sourceRow),
      sourceRows: new Int32Array(0), sourceMaps: [], noteRows: Int32Array.from(this.noteRows), notes: this.notes,
    }
  }
}
