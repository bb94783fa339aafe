// Files → dataset in one call, for the command line, the bundled sample and tests: read (readBatch),
// hold rows of unknown townships, merge, derive and validate. The page's imports go through runImport.
import { applyBatch, emptyDataset, emptyLog, type Dataset, type FileBatch, type ImportLog } from '../dataset'
import type { PendingRow } from '../pendingTownships'
import { holdUnknownTownships } from './holdUnknown'
import type { Registry, Township } from '../types'
import { readBatch, type BatchFile } from './batch'

export interface IngestContext {
  registry: Registry
  townships: readonly Township[]
}

export interface Ingested {
  dataset: Dataset
  log: ImportLog
  /** What was read, the held rows left out. */
  batch: FileBatch
  /** Rows of townships not on the list, held out of the dataset (none without a list). */
  pending: PendingRow[]
}

/** Reads files of every format and applies them to a dataset (empty by default); rows of unknown townships are held, not applied. */
export async function ingest(files: readonly BatchFile[], ctx: IngestContext, dataset: Dataset = emptyDataset, log: ImportLog = emptyLog): Promise<Ingested> {
  const { batch, pending } = holdUnknownTownships(await readBatch(files, ctx), ctx.townships)
  return { ...applyBatch(dataset, log, batch, ctx.registry), batch, pending }
}
