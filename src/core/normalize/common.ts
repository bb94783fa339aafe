// Raw tables and JSON records → Submissions, with every refusal named by file, row and column.
import { isApproxMarksHeader, isSourceHeader } from '../approxMarks'
import { convertToUnit, parseFlagCell, parseNumberCell, plainNumberInUnit, type CellValue } from '../cells'
import { cappedIssues } from '../limits'
import { chinese } from '../messages/chinese'
import type { Message } from '../messages/render'
import { matchHeader, normalizeKey } from '../registry'
import { MAX_YEAR, MIN_YEAR } from '../yearRange'
import { isOrderHeader } from '../parse/csv'
import type { Indicator, Issue, Registry, SkippedRow, SourceRef, Submission } from '../types'

/**
 * Resolves a township name as written in a file to the county list's name and code. `index`, when
 * given, stands for `name` as a number: the list position of the first township of that name (also
 * for a name left unresolved that is written exactly as a list name, with code null then). Names
 * without an index are no list name. So rows can be told apart by a number rather than a string.
 */
export type TownshipResolver = (name: string) => { name: string, code: string | null, warning?: Message, index?: number }

export interface NormalizeContext {
  file: string
  registry: Registry
  resolveTownship: TownshipResolver
  /** Year to use when the table has no year column (from a title line or the file name). */
  fallbackYear?: number | null
}

/** What the normalizer made of one file. `rows` counts data rows (records) seen. */
export interface Normalized {
  submissions: Submission[]
  issues: Issue[]
  rows: number
  accepted: number
  rejected: number
  unknownColumns: { header: string, values: (string | null)[] }[]
  /** Rows of the table that are not submissions, with the reason (titles, units, footers, totals, blanks). */
  skipped?: SkippedRow[]
}

/** Headers of a notes column (备注): its text is kept as the submission's note, not read as a figure. */
const NOTE_HEADERS = new Set(['备注', '说明', '备注说明', '情况说明', 'note', 'notes'].map(normalizeKey))

/** Longest township name we accept: real names are under 20 characters; a longer cell is a pasted paragraph or junk. */
export const MAX_TOWNSHIP_NAME = 50

/** Why a township name cannot be used, or null when it can. */
export function townshipNameProblem(name: string): Message | null {
  if (name.length > MAX_TOWNSHIP_NAME) return { code: 'township-name-too-long', params: { length: name.length, name: clip(name, 20), max: MAX_TOWNSHIP_NAME } }
  return null
}

export { MAX_YEAR, MIN_YEAR } from '../yearRange'

/**
 * An issue of a file. Given as a Message, it keeps it as `text` (rendered per language by the shell)
 * and its Chinese rendering as `message`; a plain string is Chinese only.
 */
export function issue(ctx: { file: string, registry?: Registry }, row: number | null, column: string | null, severity: Issue['severity'], code: string, message: string | Message, extra: Partial<Issue> = {}): Issue {
  const words = typeof message === 'string' ? { message } : { message: chinese(message, ctx.registry), text: message }
  return { file: ctx.file, row, column, indicator: null, township: null, year: null, severity, code, ...words, ...extra }
}

/** Reads a year cell: 2024, '2024', '2024年', '2024年度'. */
export function parseYear(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.normalize('NFKC').trim() : ''
  const m = /^(\d{4})(?:\.0+)?\s*(?:年度?)?$/.exec(text)
  if (!m) return null
  const y = Number(m[1])
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null
}

/** A year named in a title line or a file name (`2024年度`, `示例县-2024.csv`), or null. */
export function yearFromText(...texts: string[]): number | null {
  for (const t of texts) {
    const m = /(?:^|[^\d])(20\d{2})(?:[^\d]|$)/.exec(t)
    if (m) return Number(m[1])
  }
  return null
}

/** Shortens a raw cell for messages (hostile 100,000-character cells must not flood the UI). */
export function clip(raw: string, max = 40): string {
  return raw.length > max ? `${raw.slice(0, max)}…` : raw
}

export type CellOutcome = { value: number | null, approx: boolean, notApplicable: boolean } | { error: Message }

/** One cell for one indicator: parse by kind, then convert its unit (the cell's own unit wins over the header's). */
export function readCell(raw: unknown, indicator: Indicator, headerFactor: number): CellOutcome {
  if (raw === null || raw === undefined) return { value: null, approx: false, notApplicable: false }
  if (typeof raw === 'boolean') {
    return indicator.kind === 'flag' ? { value: raw ? 1 : 0, approx: false, notApplicable: false } : { error: { code: 'cell-boolean' } }
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { error: { code: 'cell-not-finite' } }
    return { value: round(raw * headerFactor), approx: false, notApplicable: false }
  }
  if (typeof raw !== 'string') return { error: { code: 'cell-not-scalar' } }
  if (indicator.kind !== 'flag') {
    const plain = plainNumberInUnit(raw, headerFactor)
    if (plain !== null) return { value: plain, approx: false, notApplicable: false }
  }
  const cell: CellValue = indicator.kind === 'flag' ? parseFlagCell(raw) : parseNumberCell(raw)
  switch (cell.kind) {
    case 'missing': return { value: null, approx: false, notApplicable: false }
    case 'not-applicable': return { value: null, approx: false, notApplicable: true }
    case 'invalid': return { error: cell.reason }
    case 'value': {
      const converted = convertToUnit(cell, indicator, headerFactor)
      if ('error' in converted) return { error: converted.error }
      return { value: converted.value, approx: cell.approx, notApplicable: false }
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6
}

/**
 * Accumulates the figures of one township-year while reading. Each figure keeps the source it was
 * set from; the submission lists them per indicator (`sources`) only when they span several rows.
 */
export class SubmissionBuilder {
  readonly values: Record<string, number | null> = {}
  readonly approx = new Set<string>()
  readonly notApplicable = new Set<string>()
  /** Sources of the figures not set from `source` itself (the common case costs nothing). */
  private readonly otherSources = new Map<string, SourceRef>()
  constructor(readonly township: string, readonly code: string | null, readonly year: number, readonly source: SourceRef) {}

  set(id: string, outcome: { value: number | null, approx: boolean, notApplicable: boolean }, source: SourceRef): void {
    this.values[id] = outcome.value
    if (outcome.approx) this.approx.add(id)
    else if (this.approx.size > 0) this.approx.delete(id)
    if (outcome.notApplicable) this.notApplicable.add(id)
    else if (this.notApplicable.size > 0) this.notApplicable.delete(id)
    if (source !== this.source) this.otherSources.set(id, source)
    else if (this.otherSources.size > 0) this.otherSources.delete(id)
  }

  has(id: string): boolean {
    return Object.hasOwn(this.values, id)
  }

  build(): Submission {
    const sub: Submission = {
      township: this.township, code: this.code, year: this.year, values: { ...this.values },
      approx: [...this.approx], derived: [], source: this.source,
    }
    if (this.notApplicable.size > 0) sub.notApplicable = [...this.notApplicable]
    if (this.otherSources.size > 0) {
      const sources: Record<string, SourceRef> = {}
      const rows = new Set<number | null>()
      for (const id of Object.keys(this.values)) {
        const source = this.otherSources.get(id) ?? this.source
        sources[id] = source
        rows.add(source.row)
      }
      if (rows.size > 1) sub.sources = sources
    }
    return sub
  }
}

export type ColumnPlan =
  | { kind: 'township' } | { kind: 'year' }
  | { kind: 'indicator', indicator: Indicator, factor: number }
  | { kind: 'unknown' } | { kind: 'ignored' } | { kind: 'note' }
  /** 约数标注: names the approximate figures of its row (an Excel export's; see approxMarks.ts). */
  | { kind: 'marks' }

/**
 * Decides what each header of a wide table is. Unknown headers, headers with a unit the indicator
 * does not know and second columns for one indicator are reported; nothing is dropped silently.
 */
export function planColumns(headers: readonly string[], ctx: NormalizeContext, headerRow: number,
  isTownship: (h: string) => boolean, isYear: (h: string) => boolean): { plan: ColumnPlan[], issues: Issue[] } {
  const issues: Issue[] = cappedIssues()
  const seen = new Map<string, string>()
  let haveTownship = false
  let haveYear = false
  const plan = headers.map((header): ColumnPlan => {
    if (header.trim() === '') return { kind: 'ignored' }
    if (!haveTownship && isTownship(header)) { haveTownship = true; return { kind: 'township' } }
    if (!haveYear && isYear(header)) { haveYear = true; return { kind: 'year' } }
    if (isOrderHeader(header)) return { kind: 'ignored' }
    if (NOTE_HEADERS.has(normalizeKey(header))) return { kind: 'note' }
    if (isApproxMarksHeader(header)) return { kind: 'marks' }
    // 来源 (where an export's figures came from): the figures read now come from this file.
    if (isSourceHeader(header)) return { kind: 'ignored' }
    const m = matchHeader(ctx.registry, header)
    if (m === null) {
      issues.push(issue(ctx, headerRow, header, 'warning', 'unknown-column', { code: 'unknown-column', params: { header: clip(header) } }))
      return { kind: 'unknown' }
    }
    if ('unitError' in m) {
      issues.push(issue(ctx, headerRow, header, 'error', 'unknown-unit', m.unitError, { indicator: m.indicator.id }))
      return { kind: 'ignored' }
    }
    const earlier = seen.get(m.indicator.id)
    if (earlier !== undefined) {
      issues.push(issue(ctx, headerRow, header, 'warning', 'duplicate-column',
        { code: 'duplicate-column', params: { header: clip(header), earlier: clip(earlier), indicator: { indicator: m.indicator.id } } }, { indicator: m.indicator.id }))
      return { kind: 'ignored' }
    }
    seen.set(m.indicator.id, header)
    return { kind: 'indicator', indicator: m.indicator, factor: m.factor }
  })
  return { plan, issues }
}
