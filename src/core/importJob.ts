// One import, start to end: read every file, ask about conflicts, apply. Runs the same in a worker or in-process.
import { withUserAliases, type HeaderMapping } from './aliases'
import { findConflicts, resolveBatch, type ConflictChoice, type FileConflict } from './conflicts'
import { applyBatch, type Dataset, type FileBatch, type ImportLog } from './dataset'
import { townshipResolver } from './ingest'
import { LIMITS, limitMessages, refusedWhole } from './limits'
import { holdUnknownTownships, type PendingRow } from './pendingTownships'
import type { FileResult } from './readFile'
import { readFileAsync } from './readFileAsync'
import type { ReceivedFileReport } from './tracker'
import type { InputFile, Registry, Township } from './types'

/** A file to import: its bytes, an id unique within the job, and when the township sent it (ms since the epoch). */
export interface ImportFile extends InputFile {
  id: string
  receivedAt: number
  /** The sheet of an Excel workbook to read; by default the reader picks the data sheets. */
  sheet?: string | null
}

/** What the import starts from and returns. */
export interface ImportState {
  dataset: Dataset
  log: ImportLog
}

export interface ImportInput {
  files: readonly ImportFile[]
  base: ImportState
  /** The registry without learned mappings; the job adds `mappings` itself. */
  registry: Registry
  townships: readonly Township[]
  mappings: readonly HeaderMapping[]
  /** The import time (ms since the epoch), recorded on every report. */
  importedAt: number
}

export type ImportStage = 'reading' | 'deciding' | 'merging' | 'receiving'

export interface ImportHooks {
  onStage?: (stage: ImportStage) => void
  onFileStart?: (id: string) => void
  onFileDone?: (id: string, report: ReceivedFileReport) => void
  /** Share (0–1) of the result received, where the engine sends it in parts (the worker does). */
  onProgress?: (fraction: number) => void
  /** Asked once, only when some file conflicts with the loaded data; resolves with a choice per file. */
  decide: (conflicts: FileConflict[]) => Promise<Record<string, ConflictChoice>>
}

export interface ImportResult extends ImportState {
  /** False when nothing was accepted: `dataset` is then the base dataset itself. */
  changed: boolean
  reports: ReceivedFileReport[]
  /** Rows of townships not on the list, held out of the dataset (file imports only). */
  pending?: PendingRow[]
}

/** Runs an import (in a worker or in-process): the contract the store relies on. */
export interface ImportEngine {
  run: (input: ImportInput, hooks: ImportHooks) => Promise<ImportResult>
}

/** Reads the files one by one into a batch; every report carries receivedAt and importedAt. */
export async function readBatch(input: Pick<ImportInput, 'files' | 'townships' | 'importedAt'>, registry: Registry, hooks: Pick<ImportHooks, 'onFileStart' | 'onFileDone'>): Promise<FileBatch & { reports: ReceivedFileReport[] }> {
  const resolveTownship = townshipResolver(input.townships)
  const batch: FileBatch & { reports: ReceivedFileReport[] } = { reports: [], submissions: [], issues: [] }
  for (const [index, f] of input.files.entries()) {
    hooks.onFileStart?.(f.id)
    // The Excel reader takes a sheet name beside the normalize context; the other readers ignore it.
    const ctx = f.sheet ? { registry, resolveTownship, sheet: f.sheet } : { registry, resolveTownship }
    const r: FileResult & { sheets?: string[], sheetsRead?: string[] } = index >= LIMITS.filesPerDrop
      ? refusedWhole(f.name, null, limitMessages.filesPerDrop(input.files.length), 'too-many-files')
      : await readFileAsync({ name: f.name, bytes: f.bytes }, ctx)
    const report: ReceivedFileReport = { ...r.report, receivedAt: f.receivedAt, importedAt: input.importedAt }
    if (r.sheets && r.sheets.length > 1) {
      report.sheets = r.sheets
      report.sheetsRead = r.sheetsRead ?? []
    }
    batch.reports.push(report)
    for (const s of r.submissions) batch.submissions.push(s)
    for (const i of r.issues) batch.issues.push(i)
    hooks.onFileDone?.(f.id, report)
  }
  return batch
}

/**
 * The whole import: reads the files with the learned mappings, finds conflicts with the loaded data
 * and asks about them, then applies what was chosen. Rows of townships not on the list are held
 * (`pending`), not applied. A batch that accepts nothing leaves the base
 * dataset as it was (the same object) and only records the files in the log.
 */
export async function runImport(input: ImportInput, hooks: ImportHooks): Promise<ImportResult> {
  const registry = withUserAliases(input.registry, input.mappings)
  hooks.onStage?.('reading')
  const { batch, pending } = holdUnknownTownships(await readBatch(input, registry, hooks), input.townships)
  const received = new Map<string, number | undefined>()
  for (const f of input.base.log.files as readonly ReceivedFileReport[]) received.set(f.file, f.receivedAt)
  for (const f of batch.reports) received.set(f.file, f.receivedAt)
  const conflicts = findConflicts(input.base.dataset.submissions, batch, { receivedAt: file => received.get(file) })
  let choices: Record<string, ConflictChoice> = {}
  if (conflicts.length > 0) {
    hooks.onStage?.('deciding')
    choices = await hooks.decide(conflicts)
  }
  hooks.onStage?.('merging')
  const next = applyBatch(input.base.dataset, input.base.log, resolveBatch(batch, conflicts, choices), registry)
  return { ...next, changed: next.dataset !== input.base.dataset, reports: batch.reports, pending }
}

/** The engine that runs in the calling thread (tests, and browsers without module workers). */
export const inProcessEngine: ImportEngine = { run: runImport }
