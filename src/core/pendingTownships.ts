// Rows whose township is not on the county's list: held apart from the dataset until the clerk
// says who they are (an alias of a listed township, a new township) or rejects them.
import type { FileBatch, ImportLog } from './dataset'
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
 * Splits a batch: with a township list, submissions whose township matched nothing on it (code
 * null) are held as pending rows, the rest stay in the batch. Without a list nothing is held:
 * every name is kept as written. The batch itself is not changed.
 */
export function holdUnknownTownships<B extends FileBatch>(batch: B, townships: readonly Township[]): { batch: B, pending: PendingRow[] } {
  if (townships.length === 0) return { batch, pending: [] }
  const kept: Submission[] = []
  const pending: PendingRow[] = []
  for (const s of batch.submissions) {
    if (s.code === null) pending.push({ name: s.township, submission: s })
    else kept.push(s)
  }
  return pending.length === 0 ? { batch, pending } : { batch: { ...batch, submissions: kept }, pending }
}

/**
 * The pending set after an import: rows of files read again are replaced by the new ones (as the
 * log replaces a file's report), the others kept, the new ones added.
 */
export function addPending(current: readonly PendingRow[], files: readonly string[], incoming: readonly PendingRow[]): PendingRow[] {
  const reread = new Set(files)
  return [...current.filter(r => !reread.has(r.submission.source.file)), ...incoming]
}

function rowsOf(s: Submission): string[] {
  const refs = s.sources ? Object.values(s.sources) : []
  const all = refs.length > 0 ? refs : [s.source]
  return [...new Set(all.map(r => `${r.file}\u0000${r.row ?? ''}`))]
}

/** File rows waiting in 待确认 (rejected ones not counted), by file: what a file's card counts apart. */
export function heldRowsByFile(rows: readonly PendingRow[]): Map<string, number> {
  const refs = new Set<string>()
  for (const r of rows) if (!r.rejected) for (const ref of rowsOf(r.submission)) refs.add(ref)
  const byFile = new Map<string, number>()
  for (const ref of refs) {
    const file = ref.slice(0, ref.indexOf('\u0000'))
    byFile.set(file, (byFile.get(file) ?? 0) + 1)
  }
  return byFile
}

/**
 * The pending rows by name, in order of first appearance (waiting names before rejected ones), each
 * with its suggestion on the current list. Suggestions are looked up for the first `limit` names
 * only (the rest come with null), so that a file of 100,000 unknown names is summarised at once.
 */
export function summarizePending(rows: readonly PendingRow[], townships: readonly Township[], limit = Infinity): PendingName[] {
  if (rows.length === 0) return []
  const byName = new Map<string, { rows: Set<string>, files: Set<string>, years: Set<number>, rejected: boolean }>()
  for (const r of rows) {
    const key = `${r.rejected ? 'x' : 'p'}\u0000${r.name}`
    let entry = byName.get(key)
    if (!entry) { entry = { rows: new Set(), files: new Set(), years: new Set(), rejected: r.rejected === true }; byName.set(key, entry) }
    for (const ref of rowsOf(r.submission)) entry.rows.add(ref)
    entry.files.add(r.submission.source.file)
    entry.years.add(r.submission.year)
  }
  const all = [...byName.entries()].map(([key, e]): PendingName => ({
    name: key.slice(2), rows: e.rows.size, files: [...e.files], years: [...e.years].sort((a, b) => a - b), suggestion: null, rejected: e.rejected,
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
