// Reading back what storage held (at start, or what another window saved). Apart from loadedData.ts
// because it may validate again: the first screen, which restores nothing on a first visit, loads no rules.
import type { Dataset, ImportLog } from './datasetShape'
import { emptyEvidence, pruneEvidence, type EvidenceMap } from './extract/evidence'
import { registryFingerprint, type LoadedData } from './loadedData'
import type { Registry } from './types'
import { rowsOf } from './tableRows'
import { validateTable } from './validate'

/**
 * A saved state as the dashboard shows it: validated again when the registry changed since it was
 * saved (its meta tells), evidence pruned to the figures still there; never the sample.
 */
export function fromSaved(saved: { dataset: Dataset, log: ImportLog, evidence?: EvidenceMap }, meta: unknown, registry: Registry): LoadedData {
  const same = typeof meta === 'object' && meta !== null && (meta as { registry?: unknown }).registry === registryFingerprint(registry)
  const ds = saved.dataset
  const dataset = same ? ds : { table: ds.table, validationIssues: validateTable(ds.table, registry) }
  return { dataset, log: saved.log, evidence: pruneEvidence(saved.evidence ?? emptyEvidence, rowsOf(dataset)), isSample: false }
}
