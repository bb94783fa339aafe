// Validation of submissions against the registry and each other: DOMAIN.md §4, rules V01–V08,
// V13, V15, V18. The rules live in ./validate/*.ts as a table; this file runs them.
//
// Pipeline: normalize → deriveRates → validateSubmissions → applyZeroDenominators (before ranking).

import { columnsOf, type ValueColumns } from './columns'
import type { Issue, Registry, Submission } from './types'
import { createContext, type Rule, type RuleColumns } from './validate/context'
import { flowRules } from './validate/flowRules'
import { rateRules } from './validate/rateRules'
import { valueRules } from './validate/valueRules'
import { indexPrevious, yearRules } from './validate/yearRules'

export type { Rule, RuleColumns, RuleContext } from './validate/context'
export { roundingTolerance } from './validate/rateRules'
export { applyZeroDenominators } from './derive'
export { sortIssues } from './issueOrder'

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
  return validateColumns(subs, columnsOf(subs), registry, options)
}

/**
 * validateSubmissions over the submissions' columns (`columns` must be columnsOf(subs), or what
 * finalizeColumns returned with them). Each rule's screen marks the rows it may report on, down the
 * columns; only marked rows get a rule context, and only their rules run: a valid row costs no
 * object. The issues are those of running every rule on every row, in the same order.
 */
export function validateColumns(subs: readonly Submission[], columns: ValueColumns, registry: Registry, options: ValidateOptions = {}): Issue[] {
  const rows = subs.length
  const previousList = options.previous ?? []
  // Last year's submission can only be of year − 1: rows whose year − 1 no previous submission has skip the lookup.
  const previousYears = new Set<number>()
  for (const p of previousList) previousYears.add(p.year)
  let index: ((sub: Submission) => Submission | undefined) | null = null
  const findPrevious = (sub: Submission): Submission | undefined =>
    (previousYears.has(sub.year - 1) ? (index ??= indexPrevious(previousList))(sub) : undefined)
  const previous = new Int32Array(rows).fill(-1)
  let rowOf: Map<Submission, number> | null = null
  for (let r = 0; r < rows; r++) {
    const p = findPrevious(subs[r] as Submission)
    if (p === undefined) continue
    rowOf ??= new Map(subs.map((s, i) => [s, i]))
    previous[r] = rowOf.get(p) ?? -2
  }
  const cols: RuleColumns = { rows, registry, columns, previous }
  // Bit i of a row's mark: RULES[i] may report on it.
  const marks = new Uint32Array(rows)
  const out = new Uint8Array(rows)
  RULES.forEach((rule, i) => {
    const bit = 1 << i
    if (rule.screen) {
      out.fill(0)
      rule.screen(cols, out)
    } else {
      out.fill(1)
    }
    for (let r = 0; r < rows; r++) if (out[r]) marks[r] = (marks[r] as number) | bit
  })
  const issues: Issue[] = []
  for (let r = 0; r < rows; r++) {
    const mark = marks[r] as number
    if (mark === 0) continue
    const sub = subs[r] as Submission
    const ctx = createContext(sub, registry, findPrevious(sub), issues)
    RULES.forEach((rule, i) => { if (mark & (1 << i)) rule.check(ctx) })
  }
  return issues
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some(issue => issue.severity === 'error')
}
