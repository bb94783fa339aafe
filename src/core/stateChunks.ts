// The large arrays of a dataset and log (submissions, issues) in chunks: how the parse worker's messages
// and the saved state (IndexedDB) carry them, so that no single message or record costs the page more
// than a few ms to decode. Apart from workerProtocol.ts, which also runs imports: storage needs none.
import type { Dataset, ImportLog } from './datasetShape'
import type { ImportState } from './import/run'
import type { ReceivedFileReport } from './tracker'
import type { Issue, Submission } from './types'

/** Items per chunk message: about 2,000 submissions decode in 10–20 ms. */
export const CHUNK_SIZE = 2000

/** The large arrays of a dataset and log that travel in chunks. */
export type StatePart = 'submissions' | 'validationIssues' | 'logIssues'
export const STATE_PARTS: readonly StatePart[] = ['submissions', 'validationIssues', 'logIssues']

/** Splits an array into chunks of at most `size` items (none for an empty array). */
export function chunkArray<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1')
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** The large arrays of a state, by part. */
export function stateParts(state: ImportState): Record<StatePart, readonly unknown[]> {
  return { submissions: state.dataset.submissions, validationIssues: state.dataset.validationIssues, logIssues: state.log.issues }
}

/** Collects chunks by part and rebuilds a dataset and log from them. */
export class StateAssembler {
  private readonly parts: Record<StatePart, unknown[]> = { submissions: [], validationIssues: [], logIssues: [] }

  add(part: StatePart, items: readonly unknown[]): void {
    const list = this.parts[part]
    for (const item of items) list.push(item)
  }

  state(logFiles: readonly ReceivedFileReport[]): ImportState {
    const dataset: Dataset = { submissions: this.parts.submissions as Submission[], validationIssues: this.parts.validationIssues as Issue[] }
    const log: ImportLog = { files: [...logFiles], issues: this.parts.logIssues as Issue[] }
    return { dataset, log }
  }
}
