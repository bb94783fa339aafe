// One import, start to end: read every file (readBatch), ask about conflicts, apply. The worker and the
// in-page engine both run this.
import { withUserAliases, type HeaderMapping } from '../aliases'
import { findConflicts, resolveBatch, type ConflictChoice, type FileConflict } from '../conflicts'
import { applyBatch, type Dataset, type ImportLog } from '../dataset'
import { LIMITS } from '../limits'
import type { PendingRow } from '../pendingTownships'
import { holdUnknownTownships } from './holdUnknown'
import type { ReceivedFileReport } from '../tracker'
import type { Registry, Township } from '../types'
import { readBatch, type BatchFile } from './batch'
import { rowsOf } from '../tableRows'
import { appendable } from '../tableAppend'
import { tableBehind } from '../tableBatch'

/** A file to import: its bytes, an id unique within the job, and when the township sent it (ms since the epoch). */
export interface ImportFile extends BatchFile {
  id: string
  receivedAt: number
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
  /** Share (0–1) of a file read so far (text tables tell it per parsed chunk). */
  onFileProgress?: (id: string, fraction: number) => void
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

/**
 * The whole import: reads the files with the learned mappings, finds conflicts with the loaded data
 * and asks about them, then applies what was chosen. Rows of townships not on the list are held
 * (`pending`), not applied. A batch that accepts nothing leaves the base
 * dataset as it was (the same object) and only records the files in the log.
 */
export async function runImport(input: ImportInput, hooks: ImportHooks): Promise<ImportResult> {
  const registry = withUserAliases(input.registry, input.mappings)
  hooks.onStage?.('reading')
  const read = await readBatch(input.files, { registry, townships: input.townships, importedAt: input.importedAt, maxFiles: LIMITS.filesPerDrop }, hooks)
  const { batch, pending } = holdUnknownTownships(read, input.townships)
  const received = new Map<string, number | undefined>()
  for (const f of input.base.log.files as readonly ReceivedFileReport[]) received.set(f.file, f.receivedAt)
  for (const f of batch.reports) received.set(f.file, f.receivedAt)
  // A batch read as a table whose township-years are none of the loaded ones conflicts with nothing (no rows built to see it).
  const incoming = tableBehind(batch)
  const conflicts = incoming && appendable(input.base.dataset.table, incoming) ? [] : findConflicts(rowsOf(input.base.dataset), batch, { receivedAt: file => received.get(file) })
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
