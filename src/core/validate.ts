// Validation of submissions against the registry and each other: DOMAIN.md §4, rules V01–V08,
// V13, V15, V18. The rules live in ./validate/*.ts as a table; this file runs them.
//
// Pipeline: normalize → deriveRates → validateSubmissions → applyZeroDenominators (before ranking).

import { columnsOf, type NumberArray, type ValueColumns } from './columns'
import { columnIndex, KEY, NUM, tableColumns, type SubmissionTable } from './table'
import { rowAtLazily } from './tableRows'
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
  const marks = markRows({ rows, registry, columns, previous })
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

/** Per row, bit i set when RULES[i] may report on it (its screen marked the row, or it has none). */
function markRows(cols: RuleColumns): Uint32Array {
  const { rows } = cols
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
  return marks
}

/**
 * validateSubmissions(rowsOf(table), registry, { previous: the same rows }) down the table's columns:
 * only the rows a screen marked are built as submissions (with their year − 1 row), one at a time.
 */
export function validateTable(table: SubmissionTable, registry: Registry): Issue[] {
  const previous = previousRows(table)
  const marks = markRows({ rows: table.rows, registry, columns: tableColumns(table), previous })
  const issues: Issue[] = []
  for (let r = 0; r < table.rows; r++) {
    const mark = marks[r] as number
    if (mark === 0) continue
    const p = previous[r] as number
    // Values read from the columns: a row's values object is built only for the rules that read it whole.
    const ctx = createContext(rowAtLazily(table, r), registry, p >= 0 ? rowAtLazily(table, p) : undefined, issues, id => presentAt(table, r, id))
    RULES.forEach((rule, i) => { if (mark & (1 << i)) rule.check(ctx) })
  }
  return issues
}

/** What presentValue reads of row r's submission, from the columns: the value when the row has the key and it is a finite number, else null. */
function presentAt(t: SubmissionTable, r: number, id: string): number | null {
  const c = columnIndex(t, id)
  if (c === -1) return null
  const f = (t.flags[c] as Uint8Array)[r] as number
  if (!(f & KEY) || !(f & NUM)) return null
  const v = (t.values[c] as NumberArray)[r] as number
  return Number.isFinite(v) ? v : null
}

/** Per row, the row of the same township for year − 1 (indexPrevious' match over the table itself), or -1. */
function previousRows(t: SubmissionTable): Int32Array {
  const out = new Int32Array(t.rows).fill(-1)
  const years = new Set(t.year)
  let find: ((r: number, year: number) => number) | null = null
  for (let r = 0; r < t.rows; r++) {
    const year = (t.year[r] as number) - 1
    if (!years.has(year)) continue
    find ??= previousFinder(t)
    out[r] = find(r, year)
  }
  return out
}

/**
 * The row a row's year − 1 matches: the first row of its code in that year, else (for a row without
 * a code, any first row of its name; with one, the first row of its name without a code) or -1.
 * Codes and names are numbered per place, so the keys are numbers: no string per row.
 */
function previousFinder(t: SubmissionTable): (r: number, year: number) => number {
  const numbering = (keys: readonly (string | null)[]): Int32Array => {
    const ids = new Map<string, number>()
    return Int32Array.from(keys, k => (k === null ? -1 : ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1)))
  }
  const codeId = numbering(t.codes)
  const nameId = numbering(t.names)
  /** By year, then by code or name id: the first row (of its name, of its name without a code). */
  const byCode = new Map<number, Map<number, number>>()
  const byName = new Map<number, Map<number, number>>()
  const byNameNoCode = new Map<number, Map<number, number>>()
  const first = (index: Map<number, Map<number, number>>, year: number, id: number, r: number) => {
    let inYear = index.get(year)
    if (!inYear) index.set(year, inYear = new Map())
    if (!inYear.has(id)) inYear.set(id, r)
  }
  for (let r = 0; r < t.rows; r++) {
    const place = t.place[r] as number
    const year = t.year[r] as number
    const code = codeId[place] as number
    if (code !== -1) first(byCode, year, code, r)
    first(byName, year, nameId[place] as number, r)
    if (code === -1) first(byNameNoCode, year, nameId[place] as number, r)
  }
  return (r, year) => {
    const place = t.place[r] as number
    const code = codeId[place] as number
    const match = code === -1 ? undefined : byCode.get(year)?.get(code)
    if (match !== undefined) return match
    return (code === -1 ? byName : byNameNoCode).get(year)?.get(nameId[place] as number) ?? -1
  }
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some(issue => issue.severity === 'error')
}
