// The size limits of an import, each with the reason a user reads when it is hit. Pure checks, called
// from the readers' entry points; the README's security section lists the same figures.
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

export const limitMessages = {
  fileBytes: (bytes: number) => `文件大小 ${mb(bytes)}，超过上限 ${mb(LIMITS.fileBytes)}：请按年度或乡镇拆分成几个文件后再导入`,
  unzipped: (bytes: number | null) => `文件解压后${bytes === null ? '' : `至少 ${mb(bytes)}，`}超过上限 ${mb(LIMITS.unzippedBytes)}（可能是“压缩炸弹”或损坏的文件），未读取：请在 Excel / Word 中打开后另存为 CSV 或新文件再导入`,
  columns: (n: number) => `表格有 ${n} 列，超过上限 ${LIMITS.columns} 列，未读取：请删去与报送无关的列（每个指标一列）后再导入`,
  jsonDepth: () => `JSON 嵌套超过 ${LIMITS.jsonDepth} 层，不是报送数据的格式，未读取：请按模板（public/submission.schema.json）导出`,
  filesPerDrop: (n: number) => `一次最多导入 ${LIMITS.filesPerDrop} 个文件，本次拖入 ${n} 个：这个文件未导入，请分批拖入`,
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
export function columnsProblem(headers: readonly unknown[]): string | null {
  return headers.length > LIMITS.columns ? limitMessages.columns(headers.length) : null
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
    const text = `同类问题（${item.code}）在${item.column === null ? '本文件' : `“${item.column.slice(0, 40)}”列`}另有 ${extra} 处，未逐一列出（其中第 ${seen.rows.join('、')} 行…）`
    if (seen.summary) { seen.summary.message = text; return }
    seen.summary = { ...item, township: null, year: null, message: text }
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
  }
}

/** A new capped issue list (see CappedIssues), optionally holding `first`. */
export function cappedIssues(first: readonly Issue[] = []): Issue[] {
  const list = new CappedIssues()
  for (const i of first) list.push(i)
  return list
}

/** A file refused whole for a limit: a failed report and one issue with the reason (the card says it). */
export function refusedWhole(file: string, format: FileFormat | null, reason: string, code = 'too-large'): { report: FileReport, submissions: never[], issues: Issue[] } {
  return {
    report: { file, format, encoding: null, rows: 0, accepted: 0, rejected: 0, status: 'failed' },
    submissions: [],
    issues: [{ file, row: null, column: null, indicator: null, township: null, year: null, severity: 'error', code, message: reason }],
  }
}
