// The order issues are listed in (file, row, column), apart from the validation that makes them, so
// that what lists issues (the dataset store, the first screen) needs none of the rules.
import type { Issue } from './types'

function compareNullable<T extends string | number>(a: T | null, b: T | null): number {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return a < b ? -1 : 1
}

/**
 * A new array ordered by file, row, column (nulls first: whole-file issues lead). The sort is
 * stable, so issues of one cell keep their order. Strings compare by code point, not locale.
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) =>
    compareNullable(a.file, b.file) || compareNullable(a.row, b.row) || compareNullable(a.column, b.column))
}
