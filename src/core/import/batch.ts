// Many files → one batch: each read through the one door (readFile.ts), independently (one bad file
// never affects another), with township names resolved against the county's list.
import type { FileBatch } from '../dataset'
import { limitTexts, refusedWhole } from '../limits'
import type { Message } from '../messages/render'
import type { TownshipResolver } from '../normalize/common'
import type { ReceivedFileReport } from '../tracker'
import { createTownshipMatcher } from '../townshipMatch'
import type { FileReport, InputFile, Issue, Registry, Submission, Township } from '../types'
import { readFile, type ReadResult } from './readFile'
import type { FileResult } from './readText'
import { emptyTable, type SubmissionTable } from '../table'
import { appendTable } from '../tableAppend'
import { submissionCount, tableBehind, withTableRows } from '../tableBatch'

/**
 * Resolvers by township list: the list's indices are built once, not on every import (a province's
 * 40,000 names take a noticeable while to index). Resolving is pure, so a shared resolver is safe.
 */
const resolvers = new WeakMap<readonly Township[], TownshipResolver>()

/**
 * Resolves names against the county's township list: a known name (loosely matched, aliases
 * included) becomes the list's name and code; an unknown one is kept as written with code null and
 * a warning naming the closest known township (its rows are then held: see holdUnknownTownships).
 * With an empty list every name is kept as written, without warnings.
 */
export function townshipResolver(townships: readonly Township[]): TownshipResolver {
  if (townships.length === 0) return name => ({ name: name.trim(), code: null })
  const cached = resolvers.get(townships)
  if (cached) return cached
  const match = createTownshipMatcher(townships)
  // A name's index: the position of the first township of that name (so equal names, equal indices).
  const byName = new Map<string, number>()
  townships.forEach((t, i) => { if (!byName.has(t.name)) byName.set(t.name, i) })
  const position = new Map(townships.map(t => [t, byName.get(t.name) as number]))
  // A name written as a list name resolves to one shared result per township, as the matcher's does.
  const exactAt: ReturnType<TownshipResolver>[] = []
  const resolve: TownshipResolver = (name) => {
    const m = match(name)
    if (m.township && 'index' in m && m.index !== undefined) return exactAt[m.index] ??= { name: m.township.name, code: m.township.code, index: m.index }
    if (m.township) return { name: m.township.name, code: m.township.code, index: position.get(m.township) }
    const written = name.trim().slice(0, 40)
    const warning: Message = m.suggestion
      ? { code: 'unknown-township', params: { name: written, suggestion: m.suggestion.name } }
      : { code: 'unknown-township-unmatched', params: { name: written } }
    const index = byName.get(name.trim())
    return index === undefined ? { name: name.trim(), code: null, warning } : { name: name.trim(), code: null, warning, index }
  }
  resolvers.set(townships, resolve)
  return resolve
}

/** A file of a batch: its bytes, and optionally an id (for progress), when it was received and the workbook sheet to read. */
export interface BatchFile extends InputFile {
  id?: string
  /** When the township sent it (ms since the epoch). */
  receivedAt?: number
  /** The sheet of an Excel workbook to read; by default the reader picks the data sheets. */
  sheet?: string | null
}

export interface BatchContext {
  registry: Registry
  townships: readonly Township[]
  /** The import time (ms since the epoch), recorded on every report when given. */
  importedAt?: number
  /** Files past this many are refused with a card asking for batches (the page's drop limit); no cap by default. */
  maxFiles?: number
}

export interface BatchHooks {
  onFileStart?: (id: string) => void
  /** Share (0–1) of a file read so far, told per parsed chunk of a text table. */
  onFileProgress?: (id: string, fraction: number) => void
  onFileDone?: (id: string, report: ReceivedFileReport) => void
}

export type ReadBatch = FileBatch & { reports: ReceivedFileReport[] }

/** Progress of one file for the hooks, when they listen. */
function progress(id: string, hooks: BatchHooks): { onProgress?: (fraction: number) => void } {
  const { onFileProgress } = hooks
  return onFileProgress ? { onProgress: fraction => onFileProgress(id, fraction) } : {}
}

/** Reads the files one by one into a batch; reports carry receivedAt and importedAt where given. */
export async function readBatch(files: readonly BatchFile[], ctx: BatchContext, hooks: BatchHooks = {}): Promise<ReadBatch> {
  const resolveTownship = townshipResolver(ctx.townships)
  const reports: ReceivedFileReport[] = []
  const max = ctx.maxFiles ?? Infinity
  const read: ReadResult[] = []
  for (const [index, f] of files.entries()) {
    const id = f.id ?? String(index)
    hooks.onFileStart?.(id)
    const r: ReadResult = index >= max
      ? refusedWhole(f.name, null, limitTexts.filesPerDrop(files.length), 'too-many-files')
      : await readFile({ name: f.name, bytes: f.bytes }, { registry: ctx.registry, resolveTownship, sheet: f.sheet ?? null }, progress(id, hooks))
    const report: ReceivedFileReport = { ...r.report }
    if (f.receivedAt !== undefined) report.receivedAt = f.receivedAt
    if (ctx.importedAt !== undefined) report.importedAt = ctx.importedAt
    if (r.sheets && r.sheets.length > 1) {
      report.sheets = r.sheets
      report.sheetsRead = r.sheetsRead ?? []
    }
    reports.push(report)
    read.push(r)
    hooks.onFileDone?.(id, report)
  }
  return batchOf(reports, read)
}

/**
 * The batch of files read (`reports` as the batch records them): their issues and rows in file order.
 * When every file with rows read them as a table, the batch's rows are those tables joined (no objects made).
 */
export function batchOf<R extends FileReport>(reports: R[], read: readonly FileResult[]): FileBatch & { reports: R[] } {
  const issues: Issue[] = []
  // Loops, not push(...spread): spreading 200,000 items overflows the call stack.
  for (const r of read) for (const i of r.issues) issues.push(i)
  const tables = read.filter(r => submissionCount(r) > 0).map(tableBehind)
  if (tables.length > 0 && tables.every(t => t !== undefined)) return withTableRows({ reports, issues }, tables.length === 1 ? tables[0] as SubmissionTable : tables.reduce(appendTable, emptyTable))
  const submissions: Submission[] = []
  for (const r of read) for (const s of r.submissions) submissions.push(s)
  return { reports, submissions, issues }
}
