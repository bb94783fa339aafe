// The parts of a dataset and log as the parse worker's messages and the saved state (IndexedDB) carry
// them: the table (table.ts) in pieces — its head, then one column each, typed arrays copied or
// transferred as they are, no per-row object — and the issue arrays in chunks, so that no single
// message or record costs the page more than a few ms. Apart from workerProtocol.ts, which also runs imports.
import type { Dataset, ImportLog } from './datasetShape'
import type { ImportState } from './import/run'
import { emptyTable, isTable, type SubmissionTable } from './table'
import { isNumberArray, type NumberArray } from './columns'
import { tableOf } from './tableBuild'
import { compactTable } from './tableCompact'
import type { ReceivedFileReport } from './tracker'
import type { Issue, Submission } from './types'

/** Issues per chunk message: about 2,000 decode in 10–20 ms. */
export const CHUNK_SIZE = 2000

/** The parts of a dataset and log: the table in pieces, then the issue arrays in chunks. */
export type StatePart = 'table' | 'validationIssues' | 'logIssues'
export const STATE_PARTS: readonly StatePart[] = ['table', 'validationIssues', 'logIssues']

/** Splits an array into chunks of at most `size` items (none for an empty array). */
export function chunkArray<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1')
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** A piece of a table as messages and storage carry it: everything but the columns, or one column. */
export type TablePiece = { kind: 'head', head: SubmissionTable } | { kind: 'column', values: NumberArray, flags: Uint8Array }

/** A table in pieces: its head (no columns), then one piece per column, so that no message or record holds it all. */
export function tablePieces(t: SubmissionTable): TablePiece[] {
  if (t.rows === 0) return []
  return [{ kind: 'head', head: { ...t, values: [], flags: [] } }, ...t.values.map((values, i): TablePiece => ({ kind: 'column', values, flags: t.flags[i] as Uint8Array }))]
}

/** The parts of a state: the table in pieces, the issue arrays. */
export function stateParts(state: ImportState): Record<StatePart, readonly unknown[]> {
  return { table: tablePieces(state.dataset.table), validationIssues: state.dataset.validationIssues, logIssues: state.log.issues }
}

/** A part's items as messages or records carry them: one table piece each, issues in chunks. */
export function partChunks(part: StatePart, items: readonly unknown[]): unknown[][] {
  return part === 'table' ? items.map(item => [item]) : chunkArray(items)
}

/** The typed arrays' buffers of table pieces, for a worker message's transfer list. */
export function pieceBuffers(items: readonly unknown[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>()
  for (const item of items) {
    const piece = item as TablePiece
    const fields: unknown[] = piece.kind === 'head' ? Object.values(piece.head) : [piece.values, piece.flags]
    for (const v of fields) if (ArrayBuffer.isView(v) && v.buffer.byteLength > 0) out.add(v.buffer as ArrayBuffer)
  }
  return [...out]
}

const isPiece = (x: unknown): x is TablePiece => typeof x === 'object' && x !== null
  && (((x as TablePiece).kind === 'head' && isTable((x as { head?: unknown }).head))
    || ((x as TablePiece).kind === 'column' && isNumberArray((x as { values?: unknown }).values) && (x as { flags?: unknown }).flags instanceof Uint8Array))

/** Collects parts and rebuilds a dataset and log from them; rows of the old layout (saved before the table) become a table. */
export class StateAssembler {
  private head: SubmissionTable | null = null
  private readonly columns: { values: NumberArray, flags: Uint8Array }[] = []
  private readonly rows: Submission[] = []
  private readonly parts: Record<'validationIssues' | 'logIssues', unknown[]> = { validationIssues: [], logIssues: [] }

  add(part: StatePart | 'submissions', items: readonly unknown[]): void {
    if (part === 'table') {
      for (const item of items) {
        if (!isPiece(item)) continue
        if (item.kind === 'head') this.head = item.head
        else this.columns.push(item)
      }
      return
    }
    const list = part === 'submissions' ? this.rows : this.parts[part]
    for (const item of items) list.push(item as Submission)
  }

  state(logFiles: readonly ReceivedFileReport[]): ImportState {
    const head = this.head
    const table = this.rows.length > 0 ? compactTable(tableOf(this.rows))
      : head === null ? emptyTable
        : { ...head, values: this.columns.map(c => c.values), flags: this.columns.map(c => c.flags) }
    const dataset: Dataset = { table, validationIssues: this.parts.validationIssues as Issue[] }
    const log: ImportLog = { files: [...logFiles], issues: this.parts.logIssues as Issue[] }
    return { dataset, log }
  }
}
