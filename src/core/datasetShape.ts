// The loaded dataset's shape and the reads every page needs (keys, sources, all issues), apart from how
// files merge into it (dataset.ts): what only shows data imports none of the merge, derive or validation.
import { sortIssues } from './issueOrder'
import { emptyTable, type SubmissionTable } from './table'
import type { FileReport, Issue, SourceRef, Submission } from './types'

export interface Dataset {
  /**
   * Final submissions as columns (table.ts): reported values merged, rates derived, zero-denominator
   * rates set to null. Their public shape: rowsOf (tableRows.ts).
   */
  readonly table: SubmissionTable
  /** Validation issues of the current submissions (recomputed after every change). */
  readonly validationIssues: readonly Issue[]
}

/** What happened to the files read so far: one report per file (a re-read file replaces its own) and their issues. */
export interface ImportLog {
  readonly files: readonly FileReport[]
  readonly issues: readonly Issue[]
}

export const emptyDataset: Dataset = Object.freeze({ table: emptyTable, validationIssues: [] })
export const emptyLog: ImportLog = Object.freeze({ files: [], issues: [] })

/** All issues: import issues first, then validation issues, in a stable order. */
export function allIssues(ds: Dataset, log: ImportLog): Issue[] {
  return [...log.issues, ...sortIssues([...ds.validationIssues])]
}

/** Township-year key: by code when the township list knows it, else by name. */
export function submissionKey(s: Pick<Submission, 'township' | 'code' | 'year'>): string {
  return `${s.code ?? s.township}\u0000${s.year}`
}

/** Where one figure of a submission came from. */
export function sourceOf(s: Submission, id: string): SourceRef {
  return s.sources?.[id] ?? s.source
}
