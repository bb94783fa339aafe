// Submissions → a SubmissionTable (table.ts): the row-to-table builder for the paths that still read
// rows as objects (merge, long tables, JSON, reports, saved states of the old layout). Exact: the
// table's rows (tableRows.ts) give back the very submissions, values' keys and lists in their order.
import { APPROX, DERIVED, KEY, NA, NO_IDS, NUM, sameKeys } from './columns'
import type { Dataset } from './datasetShape'
import { NO_LIST, NULL_ROW, type SubmissionTable } from './table'
import { compactTable } from './tableCompact'
import type { Submission } from './types'

/** Interns id lists by content: lists[0] is the empty list. */
export class ListPool {
  readonly lists: (readonly string[])[] = [NO_IDS]
  private readonly index = new Map<string, number>([['', 0]])
  private last: readonly string[] | null = null
  private lastIndex = 0

  /** A pool that goes on from a table's lists (their indices stay). */
  static from(lists: readonly (readonly string[])[]): ListPool {
    const pool = new ListPool()
    lists.forEach((list, i) => {
      if (i === 0) return
      pool.lists.push(list)
      pool.index.set(list.join('\u0000'), i)
    })
    return pool
  }

  of(list: readonly string[]): number {
    if (list.length === 0) return 0
    if (list === this.last) return this.lastIndex
    const key = list.join('\u0000')
    let i = this.index.get(key)
    if (i === undefined) {
      i = this.lists.length
      this.lists.push(Object.freeze([...list]))
      this.index.set(key, i)
    }
    this.last = list
    this.lastIndex = i
    return i
  }
}

/** Interns strings in first-seen order. */
export class Interner<T> {
  readonly items: T[] = []
  private readonly index = new Map<T, number>()
  of(x: T): number {
    let i = this.index.get(x)
    if (i === undefined) {
      i = this.items.length
      this.items.push(x)
      this.index.set(x, i)
    }
    return i
  }
}

/** Places (township, code) in first-seen order. */
export class PlacePool {
  readonly names: string[] = []
  readonly codes: (string | null)[] = []
  /** By name: its one place (most names have one code), or its places by code once a second code comes. */
  private readonly index = new Map<string, number | Map<string | null, number>>()
  /** Until the first of(), places come only through fresh() and the index is not kept. */
  private indexed = false

  of(name: string, code: string | null): number {
    this.catchUp()
    const known = this.index.get(name)
    if (typeof known === 'number') {
      if (this.codes[known] === code) return known
      const byCode = new Map<string | null, number>([[this.codes[known] as string | null, known]])
      this.index.set(name, byCode)
      return this.add(name, code, byCode)
    }
    if (known === undefined) {
      const i = this.add(name, code, null)
      this.index.set(name, i)
      return i
    }
    return known.get(code) ?? this.add(name, code, known)
  }

  /**
   * The place of a name the caller knows no place has yet (a township index seen for the first time):
   * the same place of() would give, without the name's lookup until of() is next called.
   */
  fresh(name: string, code: string | null): number {
    return this.indexed ? this.of(name, code) : this.add(name, code, null)
  }

  /** Indexes the places fresh() gave (each name once, by its contract), on the first of(). */
  private catchUp(): void {
    if (this.indexed) return
    this.names.forEach((name, i) => this.index.set(name, i))
    this.indexed = true
  }

  private add(name: string, code: string | null, byCode: Map<string | null, number> | null): number {
    const i = this.names.length
    this.names.push(name)
    this.codes.push(code)
    byCode?.set(code, i)
    return i
  }
}

/**
 * The table of `subs` (row i is subs[i]). `ensure` lists ids that get a column even when no
 * submission holds them (the rates finalizing may fill in).
 */
export function tableOf(subs: readonly Submission[], ensure: readonly string[] = []): SubmissionTable {
  const rows = subs.length
  const ids: string[] = []
  const values: Float64Array[] = []
  const flags: Uint8Array[] = []
  const byId = new Map<string, number>()
  const add = (id: string): number => {
    let i = byId.get(id)
    if (i === undefined) {
      i = ids.length
      byId.set(id, i)
      ids.push(id)
      values.push(new Float64Array(rows).fill(Number.NaN))
      flags.push(new Uint8Array(rows))
    }
    return i
  }
  const mark = (id: string, r: number, flag: number): void => {
    const f = flags[add(id)] as Uint8Array
    f[r] = (f[r] as number) | flag
  }
  const places = new PlacePool()
  const files = new Interner<string>()
  const pool = new ListPool()
  const t = {
    place: new Int32Array(rows), year: new Int32Array(rows), shapes: new Int32Array(rows),
    approx: new Int32Array(rows), derived: new Int32Array(rows), notApplicable: new Int32Array(rows),
    sourceFile: new Int32Array(rows), sourceRow: new Int32Array(rows),
  }
  const keyLists: string[][] = []
  const sourceRows: number[] = []
  const sourceMaps: Record<string, { file: string, row: number | null }>[] = []
  const noteRows: number[] = []
  const notes: string[] = []
  const keyIndex = new Map<string, number>()
  let keys: string[] = []
  let cols: number[] = []
  let shape = -1
  for (let r = 0; r < rows; r++) {
    const s = subs[r] as Submission
    t.place[r] = places.of(s.township, s.code)
    t.year[r] = s.year
    t.sourceFile[r] = files.of(s.source.file)
    t.sourceRow[r] = s.source.row ?? NULL_ROW
    if (s.sources !== undefined) { sourceRows.push(r); sourceMaps.push(s.sources) }
    if (s.notes !== undefined) { noteRows.push(r); notes.push(s.notes) }
    // The submissions of one file share their key list: map it to columns once.
    if (shape === -1 || !sameKeys(s.values, keys)) {
      keys = Object.keys(s.values)
      cols = keys.map(add)
      const joined = keys.join('\u0000')
      shape = keyIndex.get(joined) ?? -1
      if (shape === -1) { shape = keyLists.length; keyLists.push(keys); keyIndex.set(joined, shape) }
    }
    t.shapes[r] = shape
    const vs = Object.values(s.values)
    for (let k = 0; k < keys.length; k++) {
      const c = cols[k] as number
      const v = vs[k]
      if (typeof v === 'number') {
        (values[c] as Float64Array)[r] = v;
        (flags[c] as Uint8Array)[r] = KEY | NUM
      } else {
        (flags[c] as Uint8Array)[r] = KEY
      }
    }
    t.approx[r] = pool.of(s.approx)
    t.derived[r] = pool.of(s.derived)
    t.notApplicable[r] = s.notApplicable ? pool.of(s.notApplicable) : NO_LIST
    if (s.approx.length > 0) for (const id of s.approx) mark(id, r, APPROX)
    if (s.derived.length > 0) for (const id of s.derived) mark(id, r, DERIVED)
    if (s.notApplicable) for (const id of s.notApplicable) mark(id, r, NA)
  }
  for (const id of ensure) add(id)
  return {
    version: 1, rows, names: places.names, codes: places.codes, ...t, ids, values, flags, keyLists, lists: pool.lists,
    files: files.items, sourceRows: Int32Array.from(sourceRows), sourceMaps, noteRows: Int32Array.from(noteRows), notes,
  }
}

/** A Dataset of submissions already final (tests, saved states of the old layout, the packed sample). */
export function datasetOfRows(subs: readonly Submission[], validationIssues: Dataset['validationIssues'] = []): Dataset {
  return { table: compactTable(tableOf(subs)), validationIssues }
}
