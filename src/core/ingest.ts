// The whole import pipeline over the core: files → read → merge → derive → validate.
import { applyBatch, emptyDataset, emptyLog, type Dataset, type FileBatch, type ImportLog } from './dataset'
import type { TownshipResolver } from './normalize'
import { holdUnknownTownships, type PendingRow } from './pendingTownships'
import { readFile, type FileResult } from './readFile'
import { readFileAsync } from './readFileAsync'
import { createTownshipMatcher } from './townships'
import type { InputFile, Registry, Township } from './types'

export interface IngestContext {
  registry: Registry
  townships: readonly Township[]
}

/** How an unknown-township warning ends: where its row went (the CLI says it its own way). */
export const HELD_NOTE = '本行暂不计入，已列入“待确认”'

/**
 * Resolves names against the county's township list: a known name (loosely matched, aliases
 * included) becomes the list's name and code; an unknown one is kept as written with code null and
 * a warning naming the closest known township (its rows are then held: see holdUnknownTownships).
 * With an empty list every name is kept as written, without warnings.
 */
export function townshipResolver(townships: readonly Township[]): TownshipResolver {
  if (townships.length === 0) return name => ({ name: name.trim(), code: null })
  const match = createTownshipMatcher(townships)
  return (name) => {
    const m = match(name)
    if (m.township) return { name: m.township.name, code: m.township.code }
    const hint = m.suggestion ? `，是否是“${m.suggestion.name}”？` : '，请核对名称'
    return { name: name.trim(), code: null, warning: `“${name.trim().slice(0, 40)}”不在本县乡镇名单中${hint}${HELD_NOTE}` }
  }
}

function addResult(batch: FileBatch, r: FileResult): void {
  batch.reports.push(r.report)
  // Loops, not push(...spread): spreading 200,000 items overflows the call stack.
  for (const s of r.submissions) batch.submissions.push(s)
  for (const i of r.issues) batch.issues.push(i)
}

/** Reads every file independently; one bad file never affects another. Excel workbooks are refused (see readFilesAsync). */
export function readFiles(files: readonly InputFile[], ctx: IngestContext): FileBatch {
  const resolveTownship = townshipResolver(ctx.townships)
  const batch: FileBatch = { reports: [], submissions: [], issues: [] }
  for (const f of files) addResult(batch, readFile(f, { registry: ctx.registry, resolveTownship }))
  return batch
}

/** Reads every file independently, Excel workbooks (.xlsx) included; their reader loads on first use. */
export async function readFilesAsync(files: readonly InputFile[], ctx: IngestContext): Promise<FileBatch> {
  const resolveTownship = townshipResolver(ctx.townships)
  const batch: FileBatch = { reports: [], submissions: [], issues: [] }
  for (const f of files) addResult(batch, await readFileAsync(f, { registry: ctx.registry, resolveTownship }))
  return batch
}

export interface Ingested {
  dataset: Dataset
  log: ImportLog
  /** What was read, the held rows left out. */
  batch: FileBatch
  /** Rows of townships not on the list, held out of the dataset (none without a list). */
  pending: PendingRow[]
}

/** Reads files and applies them to a dataset (empty by default); rows of unknown townships are held, not applied. */
export function ingest(files: readonly InputFile[], ctx: IngestContext, dataset: Dataset = emptyDataset, log: ImportLog = emptyLog): Ingested {
  const { batch, pending } = holdUnknownTownships(readFiles(files, ctx), ctx.townships)
  return { ...applyBatch(dataset, log, batch, ctx.registry), batch, pending }
}

/** ingest for every format, Excel workbooks included. */
export async function ingestAsync(files: readonly InputFile[], ctx: IngestContext, dataset: Dataset = emptyDataset, log: ImportLog = emptyLog): Promise<Ingested> {
  const { batch, pending } = holdUnknownTownships(await readFilesAsync(files, ctx), ctx.townships)
  return { ...applyBatch(dataset, log, batch, ctx.registry), batch, pending }
}
