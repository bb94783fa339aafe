// Reviewed report figures into the dataset, along the path of a file import: the same conflict
// check against the loaded data, the same question to the clerk, the same merge and validation.
import { findConflicts, resolveBatch, type ConflictChoice } from '../conflicts'
import { applyBatch, submissionKey, type FileBatch } from '../dataset'
import type { ImportHooks, ImportResult, ImportState } from '../import/run'
import type { ReceivedFileReport } from '../tracker'
import type { Registry } from '../types'
import type { ReportSubmission } from './toSubmission'
import { rowsOf } from '../tableRows'

export interface ReportImportInput {
  /** The report file (or the pasted text's name): the source of every figure. */
  file: string
  /** The reviewed submissions (reviewedSubmissions), one per year. */
  parts: readonly ReportSubmission[]
  /** Figures the extractor found in the report (the log's row count). */
  found: number
  base: ImportState
  registry: Registry
  /** When the township sent the report, and when it was imported (ms since the epoch). */
  receivedAt: number
  importedAt: number
}

export interface ReportImportResult extends ImportResult {
  /** The parts that were merged: those of township-years the clerk chose to keep are left out. */
  applied: ReportSubmission[]
}

/**
 * Imports reviewed report figures. The log records the report as a file of format 'report' (rows:
 * figures found; accepted: figures merged; rejected: the others; failed when the clerk kept every
 * loaded figure instead). Conflicts with loaded figures from other files are put to the clerk
 * through hooks.decide, as for a table import.
 */
export async function runReportImport(input: ReportImportInput, hooks: Pick<ImportHooks, 'decide' | 'onStage'>): Promise<ReportImportResult> {
  const submissions = input.parts.map(p => p.submission)
  const received = new Map<string, number | undefined>()
  for (const f of input.base.log.files as readonly ReceivedFileReport[]) received.set(f.file, f.receivedAt)
  received.set(input.file, input.receivedAt)
  const conflicts = findConflicts(rowsOf(input.base.dataset), { submissions }, { receivedAt: file => received.get(file) })
  let choices: Record<string, ConflictChoice> = {}
  if (conflicts.length > 0) {
    hooks.onStage?.('deciding')
    choices = await hooks.decide(conflicts)
  }
  const chosen = resolveBatch({ reports: [], submissions, issues: [] }, conflicts, choices)
  const figures = chosen.submissions.reduce((n, s) => n + Object.keys(s.values).length, 0)
  const report: ReceivedFileReport = {
    file: input.file, format: 'report', encoding: null, rows: input.found, accepted: figures, rejected: Math.max(input.found - figures, 0),
    status: figures === 0 ? 'failed' : 'ok', receivedAt: input.receivedAt, importedAt: input.importedAt,
  }
  const resolved: FileBatch = { ...chosen, reports: [report] }
  hooks.onStage?.('merging')
  const next = applyBatch(input.base.dataset, input.base.log, resolved, input.registry)
  const kept = new Set(resolved.submissions.map(submissionKey))
  return {
    ...next, changed: next.dataset !== input.base.dataset, reports: [report],
    applied: input.parts.filter(p => kept.has(submissionKey(p.submission))),
  }
}
