// The parse worker: reads and merges imported files off the page's thread (see src/core/workerProtocol.ts).
import { createWorkerHandler, isWorkerRequest, type WorkerResponse } from '@/core/workerProtocol'

const scope = self as unknown as { postMessage: (msg: WorkerResponse, transfer: Transferable[]) => void, onmessage: ((e: MessageEvent) => void) | null }

const handle = createWorkerHandler((msg, transfer) => scope.postMessage(msg, transfer ?? []))

scope.onmessage = (e: MessageEvent) => {
  if (isWorkerRequest(e.data)) handle(e.data)
}
