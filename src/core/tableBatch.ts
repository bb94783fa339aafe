// Rows read as a table (issue 14): what normalizeWide, readTextFile and readBatch hand on when a file's
// rows went straight into columns. The table is the one truth; the object's `submissions` are its rows
// (tableRows.ts' rowAt), built on first read and frozen, so that the readers still taking objects
// (held townships, conflicts, tests) see exactly what they saw. A copy of such an object (a spread, a
// filter) is no longer backed by the table: it carries the submissions only, and takes the object path.
import type { SubmissionTable } from './table'
import { rowsOfTable } from './tableRows'
import type { Submission } from './types'

const tables = new WeakMap<object, SubmissionTable>()

/** `target` with `submissions` defined as the rows of `table` (built when first read), and `table` remembered as their truth. */
export function withTableRows<T extends object>(target: T, table: SubmissionTable): T & { submissions: Submission[] } {
  Object.defineProperty(target, 'submissions', { enumerable: true, configurable: true, get: () => rowsOfTable(table) as Submission[] })
  tables.set(target, table)
  return target as T & { submissions: Submission[] }
}

/** The table whose rows are this object's `submissions` (withTableRows), or undefined for plain submissions. */
export function tableBehind(x: object): SubmissionTable | undefined {
  return tables.get(x)
}

/** How many submissions the object holds, without building them where a table backs it. */
export function submissionCount(x: { submissions: readonly Submission[] }): number {
  return tables.get(x)?.rows ?? x.submissions.length
}

/** A copy of `x` without its `submissions` (not read, so never built), for a new table-backed object. */
export function withoutSubmissions<T extends object>(x: T): Omit<T, 'submissions'> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(x)) if (key !== 'submissions') out[key] = (x as Record<string, unknown>)[key]
  return out as Omit<T, 'submissions'>
}
