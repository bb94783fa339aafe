// The size limits of an import, each with the reason a user reads when it is hit. Pure checks, called
// from the readers' entry points; the README's security section lists the same figures.
import { chinese } from './messages/chinese'
import type { Message } from './messages/render'
import type { FileFormat, FileReport, Issue } from './types'

export const LIMITS = {
  /** Bytes of one file (the command line refuses a bigger file before reading it). */
  fileBytes: 256 * 1024 * 1024,
  /** Bytes a zip-based file (.xlsx, .docx) may unzip to, all parts together. */
  unzippedBytes: 100 * 1024 * 1024,
  /** Columns of one table: a submission table has tens; thousands are junk that would stall the page. */
  columns: 300,
  /** Nesting depth of a JSON file: a submission is 3–4 levels deep. */
  jsonDepth: 64,
  /** Issues of one kind in one column listed one by one; the rest become one summary issue. */
  issuesPerKind: 20,
  /** Issues listed for one file; the rest become one summary issue. */
  issuesPerFile: 2000,
  /** Files read from one drop; the rest are refused with a card asking to drop them in batches. */
  filesPerDrop: 300,
} as const

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** Why a limit was hit, as codes of src/core/messages/read.*.ts. */
export const limitTexts = {
  fileBytes: (bytes: number): Message => ({ code: 'limit-file-bytes', params: { size: mb(bytes), max: mb(LIMITS.fileBytes) } }),
  unzipped: (bytes: number | null): Message => (bytes === null
    ? { code: 'limit-unzipped', params: { max: mb(LIMITS.unzippedBytes) } }
    : { code: 'limit-unzipped-size', params: { size: mb(bytes), max: mb(LIMITS.unzippedBytes) } }),
  columns: (n: number): Message => ({ code: 'limit-columns', params: { n, max: LIMITS.columns } }),
  jsonDepth: (): Message => ({ code: 'limit-json-depth', params: { max: LIMITS.jsonDepth } }),
  filesPerDrop: (n: number): Message => ({ code: 'limit-files-per-drop', params: { max: LIMITS.filesPerDrop, n } }),
}

/** The same reasons in Chinese (the command line). */
export const limitMessages = {
  fileBytes: (bytes: number) => chinese(limitTexts.fileBytes(bytes)),
  unzipped: (bytes: number | null) => chinese(limitTexts.unzipped(bytes)),
  columns: (n: number) => chinese(limitTexts.columns(n)),
  jsonDepth: () => chinese(limitTexts.jsonDepth()),
  filesPerDrop: (n: number) => chinese(limitTexts.filesPerDrop(n)),
}

/** How deep `text` (JSON) nests, counted without parsing; stops counting at `limit + 1`. */
export function jsonDepthExceeds(text: string, limit: number = LIMITS.jsonDepth): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5C) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5B || c === 0x7B) { if (++depth > limit) return true }
    else if (c === 0x5D || c === 0x7D) depth--
  }
  return false
}

/** The reason a table with these headers is refused, or null. */
export function columnsProblem(headers: readonly unknown[]): Message | null {
  return headers.length > LIMITS.columns ? limitTexts.columns(headers.length) : null
}

/**
 * An issue list that keeps the first `perKind` issues of one code in one column and folds the rest
 * into one summary issue (count and first rows), and at most `perFile` issues in all. Memory stays
 * small for a file of millions of bad cells. Behaves as an Issue[] (push is the only way in).
 */
interface CapState { counts: Map<string, { n: number, summary: Issue | null, rows: number[] }>, overflow: { n: number, summary: Issue } | null }
/** Counting state of each capped list, outside it: the list itself stays a plain-looking array (equality, postMessage). */
const capStates = new WeakMap<CappedIssues, CapState>()

export class CappedIssues extends Array<Issue> {
  static override get [Symbol.species]() { return Array }

  override push(...items: Issue[]): number {
    let state = capStates.get(this)
    if (!state) { state = { counts: new Map(), overflow: null }; capStates.set(this, state) }
    for (const item of items) this.add(state, item)
    return this.length
  }

  private add(state: CapState, item: Issue): void {
    const key = `${item.code}\u0000${item.column ?? ''}`
    let seen = state.counts.get(key)
    if (!seen) { seen = { n: 0, summary: null, rows: [] }; state.counts.set(key, seen) }
    seen.n++
    if (seen.n <= LIMITS.issuesPerKind) { this.keep(state, item); return }
    if (item.row !== null && seen.rows.length < 5) seen.rows.push(item.row)
    const extra = seen.n - LIMITS.issuesPerKind
    // Called once per extra cell (millions in a hostile file): the Chinese text is built here directly,
    // the same words as the catalogue's limit-more-of-kind(-column), and the code's parameters updated in place.
    const message = `同类问题（${item.code}）在${item.column === null ? '本文件' : `“${item.column.slice(0, 40)}”列`}另有 ${extra} 处，未逐一列出（其中第 ${seen.rows.join('、')} 行…）`
    if (seen.summary) {
      seen.summary.message = message
      Object.assign(seen.summary.text?.params ?? {}, { extra, rows: { list: [...seen.rows] } })
      return
    }
    const params = { code: item.code, extra, rows: { list: [...seen.rows] } }
    const text: Message = item.column === null ? { code: 'limit-more-of-kind', params } : { code: 'limit-more-of-kind-column', params: { ...params, column: item.column.slice(0, 40) } }
    seen.summary = { ...item, township: null, year: null, message, text }
    this.keep(state, seen.summary)
  }

  private keep(state: CapState, item: Issue): void {
    if (this.length < LIMITS.issuesPerFile) { super.push(item); return }
    if (!state.overflow) {
      state.overflow = { n: 0, summary: { ...item, row: null, column: null, indicator: null, township: null, year: null, severity: 'error', code: 'too-many-issues', message: '' } }
      super.push(state.overflow.summary)
    }
    state.overflow.n++
    state.overflow.summary.message = `问题超过 ${LIMITS.issuesPerFile} 条，其余 ${state.overflow.n} 条未列出：请先改正上面列出的问题（多为同一列的同类错误）再导入`
    state.overflow.summary.text = { code: 'limit-too-many-issues', params: { max: LIMITS.issuesPerFile, n: state.overflow.n } }
  }
}

/** A new capped issue list (see CappedIssues), optionally holding `first`. */
export function cappedIssues(first: readonly Issue[] = []): Issue[] {
  const list = new CappedIssues()
  for (const i of first) list.push(i)
  return list
}

/** A file refused whole for a limit: a failed report and one issue with the reason (the card says it). */
export function refusedWhole(file: string, format: FileFormat | null, reason: Message, code = 'too-large'): { report: FileReport, submissions: never[], issues: Issue[] } {
  return {
    report: { file, format, encoding: null, rows: 0, accepted: 0, rejected: 0, status: 'failed' },
    submissions: [],
    issues: [{ file, row: null, column: null, indicator: null, township: null, year: null, severity: 'error', code, message: chinese(reason), text: reason }],
  }
}
