// Rows whose township is not on the county's list, taken out of a read batch before it is applied
// (the 待确认 list holds them: ../pendingTownships.ts). Apart from that module, which the first screen's
// stores use: this one cuts rows out of a batch's table (../tableAppend.ts), import code only.
import type { FileBatch } from '../dataset'
import type { PendingRow } from '../pendingTownships'
import { codeAt, type SubmissionTable } from '../table'
import { selectRows } from '../tableAppend'
import { tableBehind, withoutSubmissions, withTableRows } from '../tableBatch'
import { rowAt } from '../tableRows'
import type { Submission, Township } from '../types'

/**
 * Splits a batch: with a township list, submissions whose township matched nothing on it (code
 * null) are held as pending rows, the rest stay in the batch. Without a list nothing is held:
 * every name is kept as written. The batch itself is not changed.
 */
export function holdUnknownTownships<B extends FileBatch>(batch: B, townships: readonly Township[]): { batch: B, pending: PendingRow[] } {
  if (townships.length === 0) return { batch, pending: [] }
  const table = tableBehind(batch)
  if (table) return holdInTable(batch, table)
  const kept: Submission[] = []
  const pending: PendingRow[] = []
  for (const s of batch.submissions) {
    if (s.code === null) pending.push({ name: s.township, submission: s })
    else kept.push(s)
  }
  return pending.length === 0 ? { batch, pending } : { batch: { ...batch, submissions: kept }, pending }
}

/** holdUnknownTownships for a batch whose rows are a table: the held rows built as submissions, the kept ones cut from the table. */
function holdInTable<B extends FileBatch>(batch: B, table: SubmissionTable): { batch: B, pending: PendingRow[] } {
  const kept: number[] = []
  const pending: PendingRow[] = []
  for (let r = 0; r < table.rows; r++) {
    if (codeAt(table, r) !== null) { kept.push(r); continue }
    const s = rowAt(table, r)
    pending.push({ name: s.township, submission: s })
  }
  if (pending.length === 0) return { batch, pending }
  return { batch: withTableRows(withoutSubmissions(batch), selectRows(table, kept)) as unknown as B, pending }
}
