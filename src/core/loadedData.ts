// The data the dashboard shows, as one value: dataset, import log, report evidence and whether it is the
// bundled sample. How an import result or an undo turn one such value into the next (a saved state: savedData.ts).
import { emptyDataset, emptyLog, type Dataset, type ImportLog } from './datasetShape'
import { emptyEvidence, type EvidenceMap } from './extract/evidence'
import type { ImportResult } from './import'
import type { Registry } from './types'

export interface LoadedData {
  dataset: Dataset
  log: ImportLog
  evidence: EvidenceMap
  /** True while the bundled fictional sample is what is shown. */
  isSample: boolean
}

export const noData: LoadedData = Object.freeze({ dataset: emptyDataset, log: emptyLog, evidence: emptyEvidence, isSample: false })

/** What an import builds on: nothing over the sample (an import replaces it), else the data shown. */
export function importBase(current: LoadedData): { dataset: Dataset, log: ImportLog } {
  return current.isSample ? { dataset: emptyDataset, log: emptyLog } : { dataset: current.dataset, log: current.log }
}

/**
 * The data after an import: its dataset when it changed (evidence as `nextEvidence` makes it from the
 * current one, from none over the sample), else the data as it was with the import's log. Over the
 * sample an import that accepted nothing only adds its files and issues to the sample's log.
 */
export function takeImportResult<R extends ImportResult>(current: LoadedData, result: R, nextEvidence: (result: R, current: EvidenceMap) => EvidenceMap): LoadedData {
  if (result.changed) {
    return { dataset: result.dataset, log: result.log, evidence: nextEvidence(result, current.isSample ? emptyEvidence : current.evidence), isSample: false }
  }
  if (current.isSample) {
    return { ...current, log: { files: [...current.log.files, ...result.reports], issues: [...current.log.issues, ...result.log.issues] } }
  }
  return { ...current, log: result.log }
}

/**
 * What can be undone after an import: the data before it when the import changed the data, else what
 * could be undone before (an import that accepted nothing leaves the last real one undoable).
 */
export function undoPointAfter(before: LoadedData, changed: boolean, previous: LoadedData | null): LoadedData | null {
  return changed ? before : previous
}

/** Identifies the registry a state was validated with: a change re-validates the restored data. */
export function registryFingerprint(registry: Registry): string {
  return registry.indicators.map(i => `${i.id}:${i.formula ?? ''}:${i.kind}`).join('|')
}

/** The meta saved beside a state: the registry it was validated with. */
export const savedMeta = (registry: Registry): { registry: string } => ({ registry: registryFingerprint(registry) })
