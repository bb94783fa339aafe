// Validation of submissions against the registry and each other: DOMAIN.md §4, rules V01–V08,
// V13, V15, V18. The rules live in ./validate/*.ts as a table; this file runs them.
//
// Pipeline: normalize → deriveRates → validateSubmissions → applyZeroDenominators (before ranking).

import type { Issue, Registry, Submission } from './types'
import { createContext, type Rule } from './validate/context'
import { flowRules } from './validate/flowRules'
import { rateRules } from './validate/rateRules'
import { valueRules } from './validate/valueRules'
import { indexPrevious, yearRules } from './validate/yearRules'

export type { Rule, RuleContext } from './validate/context'
export { roundingTolerance } from './validate/rateRules'
export { applyZeroDenominators } from './derive'

/** Every rule, in DOMAIN.md order. */
export const RULES: readonly Rule[] = [...valueRules, ...rateRules, ...flowRules, ...yearRules]
  .sort((a, b) => a.id.localeCompare(b.id))

export interface ValidateOptions {
  /**
   * Submissions of earlier years for the year-on-year check (V18). Passing the validated batch
   * itself compares the years it contains.
   */
  previous?: readonly Submission[]
}

/**
 * Checks every submission with every rule and returns the issues, grouped by submission in input
 * order (use sortIssues for file/row order). Pure; linear in the number of submissions and values.
 * Each issue names the file and row of the indicator concerned (`sub.sources[id]` before
 * `sub.source`) and uses the indicator's Chinese label as the column.
 * Approximate values are checked for sign and range only (V01, V02), flagged (V15) and skipped by
 * every other rule.
 */
export function validateSubmissions(subs: readonly Submission[], registry: Registry, options: ValidateOptions = {}): Issue[] {
  const findPrevious = indexPrevious(options.previous ?? [])
  const issues: Issue[] = []
  for (const sub of subs) {
    const ctx = createContext(sub, registry, findPrevious(sub), issues)
    for (const rule of RULES) rule.check(ctx)
  }
  return issues
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some(issue => issue.severity === 'error')
}

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
