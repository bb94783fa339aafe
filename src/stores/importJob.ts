// How the dataset store runs one import: its progress shown in `job`, conflicts put to the clerk, its
// result taken into the store (and what it replaced kept for undo), saved; when another window saved
// meanwhile, run again on top of what that window saved.
import type { Ref, ShallowRef } from 'vue'
import type { ConflictChoice, FileConflict } from '@/core/conflicts'
import type { EvidenceMap } from '@/core/extract/evidence'
import type { ImportHooks, ImportResult, ImportStage, ImportState } from '@/core/import'
import { withFile, type ImportJobView, type JobFile } from '@/core/importJobView'
import { importBase, takeImportResult, undoPointAfter, type LoadedData } from '@/core/loadedData'
import type { DatasetSync } from '@/stores/plugins/datasetSync'

export type Execute<R> = (base: ImportState, hooks: ImportHooks) => Promise<R>
export type NextEvidence<R> = (result: R, current: EvidenceMap) => EvidenceMap

/** The parts of the dataset store an import job works on. */
export interface JobState {
  job: ShallowRef<ImportJobView | null>
  pendingConflicts: ShallowRef<FileConflict[] | null>
  decideNow: ShallowRef<((choices: Record<string, ConflictChoice>) => void) | null>
  importError: Ref<string | null>
  undoPoint: ShallowRef<LoadedData | null>
  sync: ShallowRef<DatasetSync>
  loaded: () => LoadedData
  take: (data: LoadedData) => void
  /** Holds the rows of townships not on the list that the import set aside. */
  hold: (result: ImportResult) => void
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** Runs one import; resolves with its result, or null when it could not run (importError says why). */
export async function runJob<R extends ImportResult>(s: JobState, stage: ImportStage, files: JobFile[], execute: Execute<R>, nextEvidence: NextEvidence<R>): Promise<R | null> {
  s.job.value = { stage, fraction: null, files }
  s.importError.value = null
  try {
    for (let attempt = 1; ; attempt++) {
      await s.sync.value.catchUp()
      const before = s.loaded()
      const result = await execute(importBase(before), hooks(s))
      s.hold(result)
      s.undoPoint.value = undoPointAfter(before, result.changed, s.undoPoint.value)
      s.take(takeImportResult(before, result, nextEvidence))
      if (s.loaded().isSample || await s.sync.value.persist() !== 'stale' || attempt === 3) return result
    }
  } catch (e) {
    s.importError.value = message(e)
    return null
  } finally {
    s.job.value = null
    s.pendingConflicts.value = null
  }
}

function hooks(s: JobState): ImportHooks {
  const view = (patch: Partial<ImportJobView>) => { if (s.job.value) s.job.value = { ...s.job.value, ...patch } }
  const file = (id: string, patch: Partial<JobFile>) => { if (s.job.value) s.job.value = withFile(s.job.value, id, patch) }
  return {
    onStage: next => view({ stage: next }),
    onFileStart: id => file(id, { state: 'reading' }),
    onFileProgress: (id, fraction) => file(id, { fraction }),
    onFileDone: (id, report) => file(id, { state: 'read', report }),
    onProgress: fraction => view({ fraction }),
    decide: conflicts => new Promise((resolve) => { s.pendingConflicts.value = conflicts; s.decideNow.value = resolve }),
  }
}
