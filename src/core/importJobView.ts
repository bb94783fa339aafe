// The running import as the data page shows it: its stage, its files (queued, reading, read) and the
// share of the result received. Pure updates: every change returns a new view.
import type { ImportFile, ImportStage } from './import'
import type { ReceivedFileReport } from './tracker'
import type { IncomingFile } from './types'

/** A file of the running import, as the page shows it. */
export interface JobFile {
  id: string
  name: string
  size: number
  state: 'queued' | 'reading' | 'read'
  /** Share (0–1) of the file read, while it is being read (text tables tell it per chunk). */
  fraction?: number
  report?: ReceivedFileReport
}

export interface ImportJobView {
  stage: ImportStage
  files: JobFile[]
  /** Share of the result received (0–1), or null while unknown. */
  fraction: number | null
}

/** The view with one file changed (others as they were). */
export function withFile(view: ImportJobView, id: string, patch: Partial<JobFile>): ImportJobView {
  return { ...view, files: view.files.map(f => (f.id === id ? { ...f, ...patch } : f)) }
}

/** The files of import job `jobId` as the engine reads them (received when the township sent them, else now) and as the page shows them. */
export function jobFiles(incoming: readonly IncomingFile[], jobId: number, importedAt: number): { files: ImportFile[], shown: JobFile[] } {
  const files = incoming.map((f, i): ImportFile => ({ id: `${jobId}-${i}`, name: f.name, bytes: f.bytes, receivedAt: f.receivedAt ?? importedAt, sheet: f.sheet ?? null }))
  return { files, shown: files.map((f): JobFile => ({ id: f.id, name: f.name, size: f.bytes.byteLength, state: 'queued' })) }
}
