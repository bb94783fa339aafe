// Confirmed pending rows into the dataset, along the path of a file import: the same conflict check
// against the loaded data, the same question to the clerk, the same merge, derivation and validation.
import { findConflicts, resolveBatch, type ConflictChoice } from './conflicts'
import { applyBatch } from './dataset'
import type { ImportHooks, ImportResult, ImportState } from './import/run'
import { dropUnknownWarnings } from './pendingTownships'
import type { ReceivedFileReport } from './tracker'
import type { Registry, Submission } from './types'
import { rowsOf } from './tableRows'

export interface PendingImportInput {
  /** The name as the files wrote it: its unknown-township warnings leave the log. */
  name: string
  /** Its rows, already named as the confirmed township (confirmPending). */
  submissions: readonly Submission[]
  base: ImportState
  registry: Registry
}

/**
 * Merges confirmed rows. Their files are already in the log (nothing is added to it); conflicts
 * with loaded figures go to the clerk through hooks.decide, with the files' received dates.
 */
export async function runPendingImport(input: PendingImportInput, hooks: Pick<ImportHooks, 'decide' | 'onStage'>): Promise<ImportResult> {
  const received = new Map<string, number | undefined>()
  for (const f of input.base.log.files as readonly ReceivedFileReport[]) received.set(f.file, f.receivedAt)
  const batch = { reports: [], submissions: [...input.submissions], issues: [] }
  const conflicts = findConflicts(rowsOf(input.base.dataset), batch, { receivedAt: file => received.get(file) })
  let choices: Record<string, ConflictChoice> = {}
  if (conflicts.length > 0) {
    hooks.onStage?.('deciding')
    choices = await hooks.decide(conflicts)
  }
  hooks.onStage?.('merging')
  const base = { ...input.base, log: dropUnknownWarnings(input.base.log, input.name) }
  const next = applyBatch(base.dataset, base.log, resolveBatch(batch, conflicts, choices), input.registry)
  return { ...next, changed: next.dataset !== input.base.dataset, reports: [] }
}
