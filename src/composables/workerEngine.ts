// The import engine that reads files in a Web Worker (the app's engine, provided at setup in src/main.ts);
// where no worker can start it runs the job in the page.
import { inProcessEngine, type ImportEngine, type ImportInput, type ImportResult } from '@/core/import'
import type { PendingRow } from '@/core/pendingTownships'
import { warmRows } from '@/core/tableRows'
import { isWorkerResponse, partChunks, STATE_PARTS, stateParts, StateAssembler, type WorkerRequest, type WorkerResponse } from '@/core/workerProtocol'

/** The part of a Worker the engine uses (a fake one in tests). */
export interface WorkerLike {
  postMessage: (msg: WorkerRequest, transfer: Transferable[]) => void
  terminate: () => void
  onmessage: ((e: MessageEvent) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

export interface WorkerEngineOptions {
  /** Makes the worker of one job; by default src/workers/parseWorker.ts as a module worker. */
  createWorker?: () => WorkerLike
  /**
   * Runs a job whose worker cannot start (the app opened from disk or as a single HTML file, where
   * module workers are refused) before the worker said anything. Default: the in-process engine.
   */
  fallback?: ImportEngine
}

/** Lets the page paint between two chunk messages. */
const nextTask = () => new Promise<void>(resolve => setTimeout(resolve, 0))

/**
 * An engine that runs each import in a fresh module worker (ended when the job ends): the page
 * only decodes progress messages and result chunks, so it stays responsive with 40,000-row files.
 * The caller's bytes are copied, never detached. Null where the browser has no Worker.
 */
export function createWorkerEngine(options: WorkerEngineOptions = {}): ImportEngine | null {
  if (typeof Worker === 'undefined' && !options.createWorker) return null
  const make = options.createWorker
    ?? (() => new Worker(new URL('../workers/parseWorker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike)
  const fallback = options.fallback ?? inProcessEngine
  let jobs = 0
  return {
    run: (input, hooks) => new Promise<ImportResult>((resolve, reject) => {
      const jobId = ++jobs
      let worker: WorkerLike
      try {
        worker = make()
      } catch {
        fallback.run(input, hooks).then(resolve, reject)
        return
      }
      const received = new StateAssembler()
      const pending: PendingRow[] = []
      let heard = false
      let ended = false
      const end = (settle: () => void) => {
        if (ended) return
        ended = true
        worker.terminate()
        settle()
      }
      worker.onmessage = (e: MessageEvent) => {
        heard = true
        if (isWorkerResponse(e.data) && e.data.jobId === jobId) onResponse(e.data)
      }
      worker.onerror = (e: ErrorEvent) => end(() => {
        if (heard) reject(new Error(`后台读取进程出错：${e.message || '未知错误'}`))
        else fallback.run(input, hooks).then(resolve, reject)
      })
      function onResponse(msg: WorkerResponse) {
        switch (msg.type) {
          case 'stage': hooks.onStage?.(msg.stage); break
          case 'file-start': hooks.onFileStart?.(msg.fileId); break
          case 'file-progress': hooks.onFileProgress?.(msg.fileId, msg.fraction); break
          case 'file-done': hooks.onFileDone?.(msg.fileId, msg.report); break
          case 'conflicts':
            hooks.decide(msg.conflicts).then(
              choices => worker.postMessage({ type: 'decide', jobId, choices }, []),
              (e: unknown) => end(() => reject(e instanceof Error ? e : new Error(String(e)))),
            )
            break
          case 'chunk':
            received.add(msg.part, msg.items)
            hooks.onProgress?.(msg.total === 0 ? 1 : msg.sent / msg.total)
            break
          case 'pending':
            for (const r of msg.items) pending.push(r)
            break
          case 'done': {
            const state = received.state(msg.logFiles)
            const dataset = msg.changed ? state.dataset : input.base.dataset
            // The rows the pages read are built here, a chunk per task, not in one long task on first read.
            warmRows(dataset.table, nextTask).then(
              () => end(() => resolve({ dataset, log: state.log, changed: msg.changed, reports: msg.reports, pending })),
              (e: unknown) => end(() => reject(e instanceof Error ? e : new Error(String(e)))),
            )
            break
          }
          case 'failed': end(() => reject(new Error(msg.message)))
        }
      }
      void send(worker, jobId, input).catch((e: unknown) => end(() => reject(e instanceof Error ? e : new Error(String(e)))))
    }),
  }
}

/** Posts the base state in chunks (one task each), then the files (transferred copies) and the context. */
async function send(worker: WorkerLike, jobId: number, input: ImportInput): Promise<void> {
  const parts = stateParts(input.base)
  for (const part of STATE_PARTS) {
    for (const items of partChunks(part, parts[part])) {
      worker.postMessage({ type: 'base', jobId, part, items }, [])
      await nextTask()
    }
  }
  const files = input.files.map(f => ({ id: f.id, name: f.name, buffer: f.bytes.slice().buffer as ArrayBuffer, receivedAt: f.receivedAt, sheet: f.sheet ?? null }))
  worker.postMessage({
    type: 'start', jobId, files, logFiles: [...input.base.log.files], indicators: input.registry.indicators,
    townships: input.townships, mappings: [...input.mappings], importedAt: input.importedAt,
  }, files.map(f => f.buffer))
}
