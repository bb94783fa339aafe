// Rows whose township is not on the county's list: held apart from the dataset until the clerk
// says who they are (an alias of a listed township, a new township) or rejects them.
import type { ImportLog } from './dataset'
import { createTownshipMatcher } from './townshipMatch'
import type { Submission, Township } from './types'

/** One held submission (a wide row, a long file's township-year, a JSON record), as read. */
export interface PendingRow {
  /** The township as the file wrote it (trimmed): the submission's township until it is confirmed. */
  name: string
  submission: Submission
  /** True once the clerk rejected the rows: listed, never imported. */
  rejected?: boolean
}

/** One unknown name with its rows, as the 待确认 list shows it. */
export interface PendingName {
  name: string
  /** Distinct file rows (a long file's township-year counts each of its rows). */
  rows: number
  files: string[]
  years: number[]
  /** The listed township the name most likely means, or null. */
  suggestion: Township | null
  rejected: boolean
}

/**
 * The pending set after an import: rows of files read again are replaced by the new ones (as the
 * log replaces a file's report), the others kept, the new ones added.
 */
export function addPending(current: readonly PendingRow[], files: readonly string[], incoming: readonly PendingRow[]): PendingRow[] {
  const reread = new Set(files)
  return [...current.filter(r => !reread.has(r.submission.source.file)), ...incoming]
}

/** Calls `visit` once per distinct file row a submission was read from (its one row without per-figure sources). */
function eachRow(s: Submission, visit: (file: string, row: number | null) => void): void {
  const refs = s.sources ? Object.values(s.sources) : []
  if (refs.length === 0) { visit(s.source.file, s.source.row); return }
  const seen = new Set<string>()
  for (const r of refs) {
    const key = `${r.file}\u0000${r.row ?? ''}`
    if (!seen.has(key)) { seen.add(key); visit(r.file, r.row) }
  }
}

/** Distinct file rows, by file then row: no string key per row, for 500,000 held rows. */
class RowSet {
  private readonly byFile = new Map<string, Set<number | null>>()
  size = 0
  add(file: string, row: number | null): void {
    let rows = this.byFile.get(file)
    if (!rows) { rows = new Set(); this.byFile.set(file, rows) }
    if (!rows.has(row)) { rows.add(row); this.size++ }
  }

  counts(): Map<string, number> {
    return new Map([...this.byFile].map(([file, rows]) => [file, rows.size]))
  }
}

/** File rows waiting in 待确认 (rejected ones not counted), by file: what a file's card counts apart. */
export function heldRowsByFile(rows: readonly PendingRow[]): Map<string, number> {
  const refs = new RowSet()
  const add = (file: string, row: number | null) => refs.add(file, row)
  for (const r of rows) if (!r.rejected) eachRow(r.submission, add)
  return refs.counts()
}

/** A name's rows, files and years while summarising: one value each until a second one comes (most names have one row). */
interface NameEntry {
  rejected: boolean
  file: string
  row: number | null
  rows: RowSet | null
  /** The file of the first row (submission.source), and every file once a second one comes. */
  source: string
  files: Set<string> | null
  year: number
  years: Set<number> | null
}

function addRow(e: NameEntry, file: string, row: number | null): void {
  if (e.rows) { e.rows.add(file, row); return }
  if (file === e.file && row === e.row) return
  e.rows = new RowSet()
  e.rows.add(e.file, e.row)
  e.rows.add(file, row)
}

/**
 * The pending rows by name, in order of first appearance (waiting names before rejected ones), each
 * with its suggestion on the current list. Suggestions are looked up for the first `limit` names
 * only (the rest come with null), so that a file of 100,000 unknown names is summarised at once.
 */
export function summarizePending(rows: readonly PendingRow[], townships: readonly Township[], limit = Infinity): PendingName[] {
  if (rows.length === 0) return []
  const byName = new Map<string, NameEntry>()
  for (const r of rows) {
    const key = `${r.rejected ? 'x' : 'p'}\u0000${r.name}`
    const sub = r.submission
    let entry = byName.get(key)
    if (!entry) {
      entry = { rejected: r.rejected === true, file: '', row: null, rows: null, source: sub.source.file, files: null, year: sub.year, years: null }
      byName.set(key, entry)
      const e = entry
      let first = true
      eachRow(sub, (file, row) => {
        if (first) { e.file = file; e.row = row; first = false } else addRow(e, file, row)
      })
      continue
    }
    const e = entry
    eachRow(sub, (file, row) => addRow(e, file, row))
    if (e.files) e.files.add(sub.source.file)
    else if (sub.source.file !== e.source) e.files = new Set([e.source, sub.source.file])
    if (e.years) e.years.add(sub.year)
    else if (sub.year !== e.year) e.years = new Set([e.year, sub.year])
  }
  const all = [...byName.entries()].map(([key, e]): PendingName => ({
    name: key.slice(2), rows: e.rows ? e.rows.size : 1, files: e.files ? [...e.files] : [e.source],
    years: e.years ? [...e.years].sort((a, b) => a - b) : [e.year], suggestion: null, rejected: e.rejected,
  }))
  const ordered = [...all.filter(p => !p.rejected), ...all.filter(p => p.rejected)]
  const match = createTownshipMatcher(townships)
  for (const p of ordered.slice(0, limit)) {
    const m = match(p.name)
    p.suggestion = m.township ?? m.suggestion
  }
  return ordered
}

/**
 * Takes the pending (not rejected) rows of `name` out of the set and names them as `township`,
 * ready to merge: `{ submissions, rest }`.
 */
export function confirmPending(rows: readonly PendingRow[], name: string, township: Township): { submissions: Submission[], rest: PendingRow[] } {
  const submissions: Submission[] = []
  const rest: PendingRow[] = []
  for (const r of rows) {
    if (r.name === name && !r.rejected) submissions.push({ ...r.submission, township: township.name, code: township.code })
    else rest.push(r)
  }
  return { submissions, rest }
}

/** Marks the rows of `name` rejected (true) or pending again (false). */
export function rejectPending(rows: readonly PendingRow[], name: string, rejected: boolean): PendingRow[] {
  return rows.map(r => (r.name !== name || (r.rejected === true) === rejected ? r : rejected ? { ...r, rejected: true } : { name: r.name, submission: r.submission }))
}

/** The log without the unknown-township warnings of `name`, once its rows are confirmed. */
export function dropUnknownWarnings(log: ImportLog, name: string): ImportLog {
  const issues = log.issues.filter(i => !(i.code === 'unknown-township' && i.township === name))
  return issues.length === log.issues.length ? log : { files: log.files, issues }
}

/** Reads a stored pending set back; anything malformed is left out. */
export function readPending(x: unknown): PendingRow[] {
  if (!Array.isArray(x)) return []
  return x.filter((r): r is PendingRow => typeof r === 'object' && r !== null
    && typeof (r as PendingRow).name === 'string' && typeof (r as PendingRow).submission === 'object' && (r as PendingRow).submission !== null
    && typeof (r as PendingRow).submission.year === 'number' && typeof (r as PendingRow).submission.source === 'object')
}
