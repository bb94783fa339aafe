// Messages between the page and the parse worker, and both ends' logic without the Worker itself.
// Large arrays travel in chunks so that no single message costs the page more than a few ms to decode.
import { readMappings, type HeaderMapping } from './aliases'
import type { ConflictChoice, FileConflict } from './conflicts'
import { runImport, type ImportFile, type ImportResult, type ImportStage } from './import/run'
import type { PendingRow } from './pendingTownships'
import { loadRegistry } from './registry'
import { chunkArray, partChunks, pieceBuffers, STATE_PARTS, stateParts, StateAssembler, type StatePart } from './stateChunks'
import type { ReceivedFileReport } from './tracker'
import type { Indicator, Township } from './types'

export { CHUNK_SIZE, chunkArray, partChunks, STATE_PARTS, stateParts, StateAssembler, type StatePart } from './stateChunks'

/** A file as posted: its bytes as a transferable ArrayBuffer. */
export interface WireFile {
  id: string
  name: string
  buffer: ArrayBuffer
  receivedAt: number
  sheet?: string | null
}

export type WorkerRequest =
  /** A chunk of the loaded data the import starts from; sent before `start`. */
  | { type: 'base', jobId: number, part: StatePart, items: unknown[] }
  | { type: 'start', jobId: number, files: WireFile[], logFiles: ReceivedFileReport[], indicators: readonly Indicator[], townships: readonly Township[], mappings: HeaderMapping[], importedAt: number }
  | { type: 'decide', jobId: number, choices: Record<string, ConflictChoice> }

export type WorkerResponse =
  | { type: 'stage', jobId: number, stage: ImportStage }
  | { type: 'file-start', jobId: number, fileId: string }
  /** Share (0–1) of a file read so far. */
  | { type: 'file-progress', jobId: number, fileId: string, fraction: number }
  | { type: 'file-done', jobId: number, fileId: string, report: ReceivedFileReport }
  | { type: 'conflicts', jobId: number, conflicts: FileConflict[] }
  /** A chunk of the result (one piece of the table, or issues); `sent` of `total` items of all parts have been sent with it. */
  | { type: 'chunk', jobId: number, part: StatePart, items: unknown[], sent: number, total: number }
  /** A chunk of the rows held for unknown township names; all are sent before `done`. */
  | { type: 'pending', jobId: number, items: PendingRow[] }
  | { type: 'done', jobId: number, changed: boolean, logFiles: ReceivedFileReport[], reports: ReceivedFileReport[] }
  | { type: 'failed', jobId: number, message: string }

const REQUESTS = ['base', 'start', 'decide']
const RESPONSES = ['stage', 'file-start', 'file-progress', 'file-done', 'conflicts', 'chunk', 'pending', 'done', 'failed']

function hasType(x: unknown, types: readonly string[]): boolean {
  if (typeof x !== 'object' || x === null) return false
  const { type, jobId } = x as Record<string, unknown>
  return typeof type === 'string' && types.includes(type) && typeof jobId === 'number'
}

/** Is this a message the worker understands? */
export function isWorkerRequest(x: unknown): x is WorkerRequest {
  return hasType(x, REQUESTS)
}

/** Is this a message the page understands? */
export function isWorkerResponse(x: unknown): x is WorkerResponse {
  return hasType(x, RESPONSES)
}

type Post = (msg: WorkerResponse, transfer?: Transferable[]) => void

/**
 * The worker's side: feed it every request; it posts progress, asks about conflicts, and sends the
 * resulting dataset in chunks (only the log when nothing changed). One job at a time per id; a
 * failure is posted as `failed` with the reason, never thrown.
 */
export function createWorkerHandler(post: Post): (msg: WorkerRequest) => void {
  const bases = new Map<number, StateAssembler>()
  const waiting = new Map<number, (choices: Record<string, ConflictChoice>) => void>()
  return (msg) => {
    if (msg.type === 'base') {
      const base = bases.get(msg.jobId) ?? new StateAssembler()
      base.add(msg.part, msg.items)
      bases.set(msg.jobId, base)
      return
    }
    if (msg.type === 'decide') {
      waiting.get(msg.jobId)?.(msg.choices)
      waiting.delete(msg.jobId)
      return
    }
    const { jobId } = msg
    const base = (bases.get(jobId) ?? new StateAssembler()).state(msg.logFiles)
    bases.delete(jobId)
    const files: ImportFile[] = msg.files.map(f => ({ id: f.id, name: f.name, bytes: new Uint8Array(f.buffer), receivedAt: f.receivedAt, sheet: f.sheet ?? null }))
    const hooks = {
      onStage: (stage: ImportStage) => post({ type: 'stage', jobId, stage }),
      onFileStart: (fileId: string) => post({ type: 'file-start', jobId, fileId }),
      onFileProgress: (fileId: string, fraction: number) => post({ type: 'file-progress', jobId, fileId, fraction }),
      onFileDone: (fileId: string, report: ReceivedFileReport) => post({ type: 'file-done', jobId, fileId, report }),
      decide: (conflicts: FileConflict[]) => new Promise<Record<string, ConflictChoice>>((resolve) => {
        waiting.set(jobId, resolve)
        post({ type: 'conflicts', jobId, conflicts })
      }),
    }
    Promise.resolve()
      .then(() => runImport({ files, base, registry: loadRegistry(msg.indicators), townships: msg.townships, mappings: readMappings(msg.mappings), importedAt: msg.importedAt }, hooks))
      .then(result => sendResult(jobId, result, post))
      .catch((e: unknown) => post({ type: 'failed', jobId, message: e instanceof Error ? e.message : String(e) }))
  }
}

function sendResult(jobId: number, result: ImportResult, post: Post): void {
  post({ type: 'stage', jobId, stage: 'receiving' })
  const parts = stateParts(result)
  const send: StatePart[] = result.changed ? [...STATE_PARTS] : ['logIssues']
  const total = send.reduce((n, p) => n + parts[p].length, 0)
  let sent = 0
  for (const part of send) {
    for (const items of partChunks(part, parts[part])) {
      sent += items.length
      // The table's typed arrays are handed over, not copied: the worker is done with them.
      post({ type: 'chunk', jobId, part, items, sent, total }, part === 'table' ? pieceBuffers(items) : [])
    }
  }
  for (const items of chunkArray(result.pending ?? [])) post({ type: 'pending', jobId, items })
  post({ type: 'done', jobId, changed: result.changed, logFiles: [...result.log.files], reports: result.reports })
}
