// A text table (CSV, TSV, TXT in any encoding) or JSON file's bytes → submissions, issues and a report.
// The reader readFile.ts hands text files to; never throws on bad input.
import { decodeBytes, sniffBinaryKind } from '../decode'
import { jsonDepthExceeds, limitTexts } from '../limits'
import type { Message } from '../messages/render'
import { issue, yearFromText, type NormalizeContext, type Normalized } from '../normalize/common'
import { normalizeJson, jsonRecords } from '../normalize/json'
import { parseDelimited, type ParseOptions } from '../parse/csv'
import { readGrid, type GridSource } from '../normalize/grid'
import { NotPlain } from '../normalize/wideRows'
import { plainBody, plainHead } from '../parse/plainCsv'
import { tableBehind, withTableRows } from '../tableBatch'
import type { Encoding, FileFormat, FileReport, InputFile, Issue, Submission } from '../types'

export interface FileResult {
  report: FileReport
  submissions: Submission[]
  issues: Issue[]
}

/** File-name extensions we read as tables or JSON. */
export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt', '.json']
/** File-name extensions of spreadsheet workbooks (readFile.ts hands them to readWorkbook.ts). */
export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.et', '.ods']

export function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase())
  return m ? m[0] : ''
}

function failed(file: string, format: FileFormat | null, encoding: Encoding | null, issues: Issue[], rows = 0): FileResult {
  return { report: { file, format, encoding, rows, accepted: 0, rejected: rows, status: 'failed' }, submissions: [], issues }
}

/** Refusal for files whose type we do not read (yet), saying what to do instead. */
function refusal(file: string, ext: string, kind: string | null): Message | null {
  if (SPREADSHEET_EXTENSIONS.includes(ext) || kind === 'xls') return { code: 'read-spreadsheet-for-text' }
  if (ext === '.docx' || ext === '.doc') return { code: 'read-word-table' }
  if (ext === '.pdf' || kind === 'pdf') return { code: 'read-pdf-table' }
  if (kind === 'zip') return { code: 'read-zip-table' }
  if (ext !== '' && !TABLE_EXTENSIONS.includes(ext)) return { code: 'read-unsupported-type', params: { ext } }
  return null
}

/**
 * Reads one text file: detects the encoding and the format (wide CSV/TSV, long CSV, JSON), then
 * normalizes it. A file that cannot be read at all is refused whole with a reason. Delimited text is
 * parsed in chunks (`parse`: chunk size, progress), with the same result whatever the chunk size.
 */
export function readTextFile(input: InputFile, ctx: Omit<NormalizeContext, 'file'>, parse: ParseOptions = {}): FileResult {
  const file = input.name
  const ext = extensionOf(file)
  const fileIssue = (code: string, message: Message) => issue({ file }, null, null, 'error', code, message)
  const why = refusal(file, ext, sniffBinaryKind(input.bytes))
  if (why) return failed(file, null, null, [fileIssue('unsupported-file', why)])
  const decoded = decodeBytes(input.bytes)
  if ('error' in decoded) return failed(file, null, 'binary', [fileIssue('unreadable-file', decoded.errorText)])
  const { text, encoding } = decoded
  const nctx: NormalizeContext = { ...ctx, file }
  const trimmed = text.trimStart()
  if (ext === '.json' || (ext !== '.csv' && ext !== '.tsv' && (trimmed.startsWith('{') || trimmed.startsWith('[')))) {
    if (jsonDepthExceeds(text)) return failed(file, 'json', encoding, [fileIssue('too-deep', limitTexts.jsonDepth())])
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch (e) {
      return failed(file, 'json', encoding, [fileIssue('bad-json', { code: 'read-bad-json', params: { where: jsonErrorWhere(text, e) } })])
    }
    const recs = jsonRecords(doc, file)
    if ('issue' in recs) return failed(file, 'json', encoding, [recs.issue])
    return finish(file, 'json', encoding, normalizeJson(recs.records, { ...nctx, fallbackYear: ctx.fallbackYear ?? yearFromText(file) }))
  }
  const notATable = ext === '.txt' ? { code: 'read-text-report' } : undefined
  // The plain reader may step aside after telling some progress: the general one's is told once past it.
  const told = forwardOnly(parse)
  const plain = readPlain(text, { sheet: null, notATable }, nctx, told)
  const { grid, issues: parseIssues } = plain ? { grid: [], issues: [] } : parseDelimited(text, file, told)
  const normalized = plain ?? readGrid(grid, { sheet: null, notATable }, nctx)
  if (normalized.issues.some(i => i.code === 'empty-file') && normalized.rows === 0) return failed(file, null, encoding, [...parseIssues, ...normalized.issues])
  if (normalized.issues.some(i => i.code === 'not-a-table')) return failed(file, null, encoding, [...parseIssues, ...normalized.issues], normalized.rows)
  // Not unshift(...parseIssues): spreading a long list into call arguments overflows the stack.
  if (parseIssues.length > 0) normalized.issues = [...parseIssues, ...normalized.issues]
  return finish(file, normalized.shape === 'wide' ? 'wide-csv' : 'long-csv', encoding, normalized)
}

/**
 * A plain CSV's wide table read straight from its text (parse/plainCsv.ts): what readGrid makes of
 * parseDelimited's grid, without the grid. Null when the text is not one (the general way reads it).
 */
export function readPlain(text: string, where: GridSource, ctx: NormalizeContext, parse: ParseOptions): ReturnType<typeof readGrid> | null {
  const head = plainHead(text)
  if (!head) return null
  try {
    return readGrid(head.grid, where, ctx, table => plainBody(head, table, parse))
  } catch (e) {
    if (e instanceof NotPlain) return null
    throw e
  }
}

/** The options with an onProgress that tells only shares larger than any told before. */
function forwardOnly(parse: ParseOptions): ParseOptions {
  const { onProgress } = parse
  if (!onProgress) return parse
  let most = -1
  return { ...parse, onProgress: (f) => { if (f > most) { most = f; onProgress(f) } } }
}

function finish(file: string, format: FileFormat, encoding: Encoding, n: Normalized): FileResult {
  const hasError = n.issues.some(i => i.severity === 'error')
  const status = n.accepted === 0 ? 'failed' : n.rejected > 0 || hasError ? 'partial' : 'ok'
  const report: FileReport = { file, format, encoding, rows: n.rows, accepted: n.accepted, rejected: n.rejected, status }
  if (n.unknownColumns.length > 0) report.unknownColumns = n.unknownColumns
  if (n.skipped && n.skipped.length > 0) report.skipped = n.skipped
  if (n.rows === 0) n.issues.push(issue({ file }, null, null, 'error', 'no-rows', { code: 'read-no-rows' }))
  if (n.accepted === 0) return { report, submissions: [], issues: n.issues }
  const table = tableBehind(n)
  return table ? withTableRows({ report, issues: n.issues }, table) : { report, submissions: n.submissions, issues: n.issues }
}

/** "第 3 行第 14 列附近" from a JSON.parse error, where the engine tells the position. */
function jsonErrorWhere(text: string, e: unknown): Message | string {
  const msg = e instanceof Error ? e.message : String(e)
  const m = /position (\d+)/.exec(msg)
  if (!m) return msg
  const pos = Number(m[1])
  const before = text.slice(0, pos)
  const line = before.split('\n').length
  const col = pos - before.lastIndexOf('\n')
  return { code: 'read-json-where', params: { line, column: col } }
}
