// Tables joined and cut row-wise (issue 14): the fast path of applyBatch, where no incoming
// township-year is loaded yet, appends the incoming table to the current one instead of merging
// submission objects; held townships cut rows out of a file's table. The results' rows (rowsOfTable)
// are exactly those of tableOf over the same submissions; their columns are fresh Float64Arrays,
// so that finalizeTable may write into them.
import { DERIVED, KEY, NUM } from './columns'
import { NO_LIST, type SubmissionTable } from './table'
import { Interner, ListPool, PlacePool } from './tableBuild'

/** The township-year keys of a table (submissionKey's: code, else name; and year) as numbers, one per row. */
function rowKeys(t: SubmissionTable, index: Map<string, number>): Float64Array {
  const placeKey = t.names.map((name, p) => {
    const key = t.codes[p] ?? name
    let i = index.get(key)
    if (i === undefined) { i = index.size; index.set(key, i) }
    return i
  })
  const out = new Float64Array(t.rows)
  for (let r = 0; r < t.rows; r++) out[r] = (placeKey[t.place[r] as number] as number) * 100_000 + (t.year[r] as number)
  return out
}

/**
 * Can `incoming` be appended to `current` with the result of merging its submissions (mergeSubmissions)?
 * Yes when no township-year occurs twice among all their rows: nothing then merges figure by figure.
 */
export function appendable(current: SubmissionTable, incoming: SubmissionTable): boolean {
  const index = new Map<string, number>()
  const keys = new Float64Array(current.rows + incoming.rows)
  keys.set(rowKeys(current, index))
  keys.set(rowKeys(incoming, index), current.rows)
  keys.sort()
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) return false
  return true
}

/** Maps every index of `items` through `of` (an interning pool's). */
const remap = <T>(items: readonly T[], of: (x: T, i: number) => number): Int32Array => Int32Array.from(items, of)

/** Per-row Int32Array columns of `parts` joined, each part's values mapped (NO_LIST kept). */
function joined(parts: readonly Int32Array[], maps: readonly (Int32Array | null)[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  parts.forEach((p, i) => {
    const map = maps[i]
    for (let r = 0; r < p.length; r++) {
      const v = p[r] as number
      out[at + r] = map === null || map === undefined || v === NO_LIST ? v : map[v] as number
    }
    at += p.length
  })
  return out
}

/** A column's values as a fresh Float64Array, NaN where the cell has no number. */
function freshValues(values: ArrayLike<number>, flags: Uint8Array): Float64Array {
  if (values instanceof Float64Array) {
    const out = values.slice()
    for (let r = 0; r < out.length; r++) if (!((flags[r] as number) & NUM)) out[r] = Number.NaN
    return out
  }
  const out = new Float64Array(values.length).fill(Number.NaN)
  for (let r = 0; r < out.length; r++) if ((flags[r] as number) & NUM) out[r] = values[r] as number
  return out
}

/**
 * `t` as the first table of a dataset, for a writer that changes only the columns of `written` in
 * place (finalizeTable its rates): those are copied fresh (Float64Array values, NaN where no number),
 * every other column is shared with `t` where it is a Float64Array already.
 */
export function ownedFor(t: SubmissionTable, written: ReadonlySet<string>): SubmissionTable {
  const own = (i: number) => written.has(t.ids[i] as string)
  return {
    ...t,
    values: t.values.map((v, i) => (v instanceof Float64Array && !own(i) ? v : freshValues(v, t.flags[i] as Uint8Array))),
    flags: t.flags.map((f, i) => (own(i) ? f.slice() : f)),
  }
}

/** The rows of `a` then those of `b` as one table, every column fresh (Float64Array values, NaN where no number). */
export function appendTable(a: SubmissionTable, b: SubmissionTable): SubmissionTable {
  // Nothing loaded (a first import): b's rows as they are, in columns of their own.
  if (a.rows === 0) return ownedFor(b, new Set(b.ids))
  const parts = [a, b]
  const rows = a.rows + b.rows
  const places = new PlacePool()
  const files = new Interner<string>()
  const pool = new ListPool()
  const keyIndex = new Map<string, number>()
  const keyLists: (readonly string[])[] = []
  const keyListOf = (keys: readonly string[]): number => {
    const joinedKeys = keys.join('\u0000')
    let i = keyIndex.get(joinedKeys)
    if (i === undefined) { i = keyLists.length; keyLists.push(keys); keyIndex.set(joinedKeys, i) }
    return i
  }
  const placeMaps = parts.map(t => remap(t.names, (name, p) => places.of(name, t.codes[p] ?? null)))
  const fileMaps = parts.map(t => remap(t.files, f => files.of(f)))
  const listMaps = parts.map(t => remap(t.lists, l => pool.of(l)))
  const shapeMaps = parts.map(t => remap(t.keyLists, keyListOf))
  const ids: string[] = []
  const byId = new Map<string, number>()
  for (const t of parts) for (const id of t.ids) if (!byId.has(id)) { byId.set(id, ids.length); ids.push(id) }
  const values = ids.map(() => new Float64Array(rows).fill(Number.NaN))
  const flags = ids.map(() => new Uint8Array(rows))
  let at = 0
  for (const t of parts) {
    t.ids.forEach((id, i) => {
      const c = byId.get(id) as number
      ;(flags[c] as Uint8Array).set(t.flags[i] as Uint8Array, at)
      ;(values[c] as Float64Array).set(freshValues(t.values[i] as ArrayLike<number>, t.flags[i] as Uint8Array), at)
    })
    at += t.rows
  }
  const offset = (list: Int32Array, by: number) => list.map(r => r + by)
  return {
    version: 1, rows, names: places.names, codes: places.codes,
    place: joined([a.place, b.place], placeMaps), year: joined([a.year, b.year], [null, null]),
    ids, values, flags,
    shapes: joined([a.shapes, b.shapes], shapeMaps), keyLists,
    lists: pool.lists,
    approx: joined([a.approx, b.approx], listMaps), derived: joined([a.derived, b.derived], listMaps),
    notApplicable: joined([a.notApplicable, b.notApplicable], listMaps),
    files: files.items, sourceFile: joined([a.sourceFile, b.sourceFile], fileMaps), sourceRow: joined([a.sourceRow, b.sourceRow], [null, null]),
    sourceRows: Int32Array.from([...a.sourceRows, ...offset(b.sourceRows, a.rows)]), sourceMaps: [...a.sourceMaps, ...b.sourceMaps],
    noteRows: Int32Array.from([...a.noteRows, ...offset(b.noteRows, a.rows)]), notes: [...a.notes, ...b.notes],
  }
}

/**
 * A fresh table (appendTable's) with the derived rates of its first `upTo` rows taken out again, as
 * mergeSubmissions' reportedOnly does to the loaded submissions: the keys, values and marks of every
 * derived id dropped, the derived list emptied. Written in place: only for a table nothing else holds.
 */
export function withReportedOnly(t: SubmissionTable, upTo: number): SubmissionTable {
  let shapes: Int32Array | null = null
  let derived: Int32Array | null = null
  const keyLists = [...t.keyLists]
  const reshaped = new Map<string, number>()
  const column = new Map(t.ids.map((id, i) => [id, i]))
  for (let r = 0; r < upTo; r++) {
    const d = t.derived[r] as number
    if (d === 0) continue
    const list = t.lists[d] as readonly string[]
    shapes ??= t.shapes.slice()
    derived ??= t.derived.slice()
    derived[r] = 0
    for (const id of list) {
      const c = column.get(id) as number
      const f = t.flags[c] as Uint8Array
      f[r] = (f[r] as number) & ~(KEY | NUM | DERIVED)
      ;(t.values[c] as Float64Array)[r] = Number.NaN
    }
    const shape = t.shapes[r] as number
    const key = `${shape}\u0000${d}`
    let next = reshaped.get(key)
    if (next === undefined) {
      const drop = new Set(list)
      next = keyLists.length
      keyLists.push((t.keyLists[shape] as readonly string[]).filter(k => !drop.has(k)))
      reshaped.set(key, next)
    }
    shapes[r] = next
  }
  return shapes === null || derived === null ? t : { ...t, shapes, derived, keyLists }
}

/** The table of the given rows of `t` (ascending), in their order; shared lists and places stay. */
export function selectRows(t: SubmissionTable, rows: readonly number[]): SubmissionTable {
  const pick = (a: Int32Array) => Int32Array.from(rows, r => a[r] as number)
  const position = new Map(rows.map((r, i) => [r, i]))
  const sparse = <T>(at: Int32Array, items: readonly T[]) => {
    const out: number[] = []
    const kept: T[] = []
    at.forEach((r, i) => { const p = position.get(r); if (p !== undefined) { out.push(p); kept.push(items[i] as T) } })
    return { at: Int32Array.from(out), items: kept }
  }
  const sources = sparse(t.sourceRows, t.sourceMaps)
  const notes = sparse(t.noteRows, t.notes)
  return {
    ...t, rows: rows.length, place: pick(t.place), year: pick(t.year), shapes: pick(t.shapes),
    values: t.values.map(v => Float64Array.from(rows, r => v[r] as number)),
    flags: t.flags.map(f => Uint8Array.from(rows, r => f[r] as number)),
    approx: pick(t.approx), derived: pick(t.derived), notApplicable: pick(t.notApplicable),
    sourceFile: pick(t.sourceFile), sourceRow: pick(t.sourceRow),
    sourceRows: sources.at, sourceMaps: sources.items, noteRows: notes.at, notes: notes.items,
  }
}
