// The public Submission view of a SubmissionTable's rows (table.ts), for the consumers that still read
// rows as objects (pages through the store, the CLI's JSON, exports, scoring). The one place rows are
// built from the table: rowsOf memoizes them per table, so every reader shares the same objects.
import { nullTemplate, NUM } from './columns'
import type { Dataset } from './datasetShape'
import { NO_LIST, NULL_ROW, type SubmissionTable } from './table'
import type { SourceRef, Submission } from './types'

/** Per table: the values templates by shape, and the sparse sources and notes by row. */
interface RowReader {
  templates: (Readonly<Record<string, null>> | undefined)[]
  /** Per key list, the column index of each key. */
  columns: (readonly number[] | undefined)[]
  sources: Map<number, Readonly<Record<string, SourceRef>>>
  notes: Map<number, string>
}

const readers = new WeakMap<SubmissionTable, RowReader>()

function readerOf(t: SubmissionTable): RowReader {
  let reader = readers.get(t)
  if (reader === undefined) {
    const sources = new Map<number, Readonly<Record<string, SourceRef>>>()
    t.sourceRows.forEach((r, i) => sources.set(r, t.sourceMaps[i] as Readonly<Record<string, SourceRef>>))
    const notes = new Map<number, string>()
    t.noteRows.forEach((r, i) => notes.set(r, t.notes[i] as string))
    reader = { templates: [], columns: [], sources, notes }
    readers.set(t, reader)
  }
  return reader
}

/** A row's values object, keys in their order (built from a template of its keys, so rows of one shape share one). */
function valuesAt(t: SubmissionTable, reader: RowReader, r: number): Record<string, number | null> {
  const shape = t.shapes[r] as number
  const keys = t.keyLists[shape] as readonly string[]
  let template = reader.templates[shape]
  let cols = reader.columns[shape]
  if (template === undefined || cols === undefined) {
    template = nullTemplate(keys)
    const index = new Map(t.ids.map((id, i) => [id, i]))
    cols = keys.map(k => index.get(k) as number)
    reader.templates[shape] = template
    reader.columns[shape] = cols
  }
  const values: Record<string, number | null> = { ...template }
  for (let k = 0; k < keys.length; k++) {
    const c = cols[k] as number
    if (((t.flags[c] as Uint8Array)[r] as number) & NUM) values[keys[k] as string] = (t.values[c] as Float64Array)[r] as number
  }
  return values
}

/** Row r of the table as a Submission (a new object; rowsOf shares them). */
export function rowAt(t: SubmissionTable, r: number): Submission {
  const reader = readerOf(t)
  return withExtras(t, reader, r, {
    township: t.names[t.place[r] as number] as string,
    code: t.codes[t.place[r] as number] as string | null,
    year: t.year[r] as number,
    values: valuesAt(t, reader, r),
    approx: t.lists[t.approx[r] as number] as string[],
    derived: t.lists[t.derived[r] as number] as string[],
    source: sourceAt(t, r),
  })
}

/**
 * Row r as rowAt gives it, but its `values` object is built when first read: validation's context
 * of a row reads most values from the columns, and many a flagged row never needs the object.
 */
export function rowAtLazily(t: SubmissionTable, r: number): Submission {
  const reader = readerOf(t)
  let values: Record<string, number | null> | undefined
  return withExtras(t, reader, r, {
    township: t.names[t.place[r] as number] as string,
    code: t.codes[t.place[r] as number] as string | null,
    year: t.year[r] as number,
    get values() { return (values ??= valuesAt(t, reader, r)) },
    approx: t.lists[t.approx[r] as number] as string[],
    derived: t.lists[t.derived[r] as number] as string[],
    source: sourceAt(t, r),
  })
}

function sourceAt(t: SubmissionTable, r: number): SourceRef {
  const row = t.sourceRow[r] as number
  return { file: t.files[t.sourceFile[r] as number] as string, row: row === NULL_ROW ? null : row }
}

/** The row's optional members (不适用, per-figure sources, a note), added when it has them. */
function withExtras(t: SubmissionTable, reader: RowReader, r: number, sub: Submission): Submission {
  const na = t.notApplicable[r] as number
  if (na !== NO_LIST) sub.notApplicable = t.lists[na] as string[]
  const sources = reader.sources.get(r)
  if (sources !== undefined) sub.sources = sources as Record<string, SourceRef>
  const note = reader.notes.get(r)
  if (note !== undefined) sub.notes = note
  return sub
}

const memo = new WeakMap<SubmissionTable, readonly Submission[]>()

/** Every row of a table as a Submission, made once per table. */
export function rowsOfTable(t: SubmissionTable): readonly Submission[] {
  let rows = memo.get(t)
  if (rows === undefined) {
    const out = new Array<Submission>(t.rows)
    for (let r = 0; r < t.rows; r++) out[r] = rowAt(t, r)
    rows = Object.freeze(out)
    memo.set(t, rows)
  }
  return rows
}

/** The Dataset's submissions in the public shape (for consumers not yet reading columns). */
export function rowsOf(ds: Dataset): readonly Submission[] {
  return rowsOfTable(ds.table)
}

/** Rows built per step of warmRows: about 2,000 take 10–20 ms. */
export const WARM_CHUNK = 2000

/**
 * Builds a table's rows (what rowsOf gives) a chunk at a time, awaiting `pause` between chunks, so
 * that a page receiving a large table never spends one long task on them; rowsOf is then instant.
 */
export async function warmRows(t: SubmissionTable, pause: () => Promise<void>, chunk = WARM_CHUNK): Promise<readonly Submission[]> {
  const done = memo.get(t)
  if (done !== undefined) return done
  const out = new Array<Submission>(t.rows)
  for (let start = 0; start < t.rows; start += chunk) {
    if (start > 0) await pause()
    const end = Math.min(t.rows, start + chunk)
    for (let r = start; r < end; r++) out[r] = rowAt(t, r)
  }
  const again = memo.get(t)
  if (again !== undefined) return again
  const rows = Object.freeze(out)
  memo.set(t, rows)
  return rows
}
