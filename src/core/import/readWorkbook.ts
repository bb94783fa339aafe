// Spreadsheet workbooks (.xlsx, .xlsm, .xls, .et, .ods) → FileResult. The workbook's sheets come as raw
// text from SheetJS (parse/workbook.ts, loaded only when one arrives); the sheets to read are picked
// here and each is read like a CSV file (normalize/grid.ts): a statistics form, or a wide or long table.
import type { Message } from '../messages/render'
import { issue, type NormalizeContext, type Normalized } from '../normalize/common'
import type { FileResult } from './readText'
import { readGrid } from '../normalize/grid'
import { isStatForm } from '../normalize/statForm'
import type { FileFormat, FileReport, InputFile, Issue, Registry } from '../types'
import { longColumns } from '../parse/longHeaders'
import { matchHeader } from '../registry'
import { isTownshipHeader } from '../parse/csv'
import { findHeaderBlock } from '../parse/headerBlock'
import { loadWorkbook, type SheetText } from '../parse/workbook'

export { loadWorkbook, type SheetText } from '../parse/workbook'

/** Reader options beyond the normalize context: the sheet a user picked (by name). */
export interface XlsxOptions {
  sheet?: string | null
}

export type XlsxContext = Omit<NormalizeContext, 'file'> & XlsxOptions

/** A FileResult that also names the workbook's sheets and the ones read, for a sheet picker. */
export interface XlsxFileResult extends FileResult {
  sheets: string[]
  sheetsRead: string[]
}

/** Sheet names that look like the data table of a workbook. */
const KNOWN_TABLE_NAME = /汇总|数据|统计|submission/i

/**
 * Does the sheet hold a table we read: a statistics form, or a header (found as the layout step finds
 * it) naming a township column and an indicator column (wide) or indicator and value columns (long)?
 */
function looksLikeTable(sheet: SheetText, registry: Registry): boolean {
  if (isStatForm(sheet.rows)) return true
  const rows = sheet.rows.slice(0, 25).map(r => r.map(c => c.trim()))
  const block = findHeaderBlock(rows, registry, sheet.merges ?? null)
  return block !== null && block.headers.some(isTownshipHeader) && (longColumns(block.headers) !== null || block.headers.some(h => h !== '' && !isTownshipHeader(h) && matchHeader(registry, h) !== null))
}

/**
 * The sheets to read when the user picked none: a sheet named like a data table (汇总, 数据,
 * 统计, submissions) that holds one, else the first sheet holding a table, else the first sheet.
 * When that sheet is a statistics form, every statistics-form sheet is read (one township each).
 */
export function pickSheets(sheets: readonly SheetText[], registry: Registry): SheetText[] {
  const table = (s: SheetText) => looksLikeTable(s, registry)
  const chosen = sheets.find(s => KNOWN_TABLE_NAME.test(s.name) && table(s)) ?? sheets.find(table) ?? sheets[0]
  if (!chosen) return []
  return isStatForm(chosen.rows) ? sheets.filter(s => isStatForm(s.rows)) : [chosen]
}

/**
 * Joins the results of several sheets. Issues name their sheet; a township-year already read from
 * an earlier sheet is refused whole (listed as duplicate-row), so no figure is silently overwritten.
 */
/** An issue of one sheet of several, its message prefixed with the sheet's name. */
function inSheet(i: Issue, sheet: string): Issue {
  const text: Message = { code: 'in-sheet', params: { sheet, detail: i.text ?? { code: 'text', params: { text: i.message } } } }
  return { ...i, message: `［工作表“${sheet}”］${i.message}`, text }
}

function combineSheets(parts: readonly { sheet: string, n: Normalized }[], ctx: NormalizeContext): Normalized {
  const only = parts[0]
  if (parts.length === 1 && only) {
    // One sheet read: its rows need no sheet name.
    if (only.n.skipped) only.n.skipped = only.n.skipped.map(({ sheet: _sheet, ...k }) => k)
    return only.n
  }
  const out: Normalized = { submissions: [], issues: [], rows: 0, accepted: 0, rejected: 0, unknownColumns: [] }
  const seen = new Map<string, string>()
  for (const { sheet, n } of parts) {
    out.rows += n.rows
    for (const i of n.issues) out.issues.push(inSheet(i, sheet))
    for (const c of n.unknownColumns) out.unknownColumns.push(c)
    for (const k of n.skipped ?? []) (out.skipped ??= []).push(k)
    const clash = n.submissions.find(s => seen.has(`${s.township}\u0000${s.year}`))
    if (clash) {
      const earlier = seen.get(`${clash.township}\u0000${clash.year}`) ?? ''
      out.issues.push(issue(ctx, null, null, 'error', 'duplicate-row',
        { code: 'sheet-already-read', params: { sheet, township: clash.township, year: clash.year, earlier } }, { township: clash.township, year: clash.year }))
      out.rejected += n.rows
      continue
    }
    for (const s of n.submissions) seen.set(`${s.township}\u0000${s.year}`, sheet)
    for (const sub of n.submissions) out.submissions.push(sub)
    out.accepted += n.accepted
    out.rejected += n.rejected
  }
  return out
}

function result(file: string, format: FileFormat, n: Normalized, sheets: string[], sheetsRead: string[]): XlsxFileResult {
  const hasError = n.issues.some(i => i.severity === 'error')
  const status = n.accepted === 0 ? 'failed' : n.rejected > 0 || hasError ? 'partial' : 'ok'
  const report: FileReport = { file, format, encoding: null, rows: n.rows, accepted: n.accepted, rejected: n.rejected, status }
  if (n.unknownColumns.length > 0) report.unknownColumns = n.unknownColumns
  if (n.skipped && n.skipped.length > 0) report.skipped = n.skipped
  if (n.rows === 0 && !hasError) n.issues.push(issue({ file }, null, null, 'error', 'no-rows', { code: 'read-no-rows' }))
  return { report, submissions: n.accepted === 0 ? [] : n.submissions, issues: n.issues, sheets, sheetsRead }
}

function refused(file: string, format: FileFormat, code: string, message: Message, sheets: string[] = []): XlsxFileResult {
  const issues: Issue[] = [issue({ file }, null, null, 'error', code, message)]
  return { report: { file, format, encoding: null, rows: 0, accepted: 0, rejected: 0, status: 'failed' }, submissions: [], issues, sheets, sheetsRead: [] }
}

/** The workbook's format, for the file card: by its container (zip or OLE2) and its name. */
export function workbookFormat(input: InputFile): FileFormat {
  const lower = input.name.toLowerCase()
  const b = input.bytes
  if (b[0] === 0xD0 && b[1] === 0xCF) return lower.endsWith('.et') ? 'et' : 'xls'
  return lower.endsWith('.ods') ? 'ods' : 'xlsx'
}

/**
 * Reads a workbook (.xlsx, .xlsm, .xls, .et, .ods): the sheet named in ctx.sheet, else the sheets pickSheets chooses. Row
 * numbers are Excel's. A file that is not a readable workbook is refused whole, never thrown.
 */
export async function readXlsxFile(input: InputFile, ctx: XlsxContext): Promise<XlsxFileResult> {
  const file = input.name
  const format = workbookFormat(input)
  const book = await loadWorkbook(input.bytes)
  if (!('sheets' in book)) return refused(file, format, book.code, book.text)
  const names = book.sheets.map(s => s.name)
  const { sheet: wanted, ...rest } = ctx
  const nctx: NormalizeContext = { ...rest, file }
  let chosen: SheetText[]
  if (wanted) {
    const one = book.sheets.find(s => s.name === wanted)
    if (!one) return refused(file, format, 'sheet-not-found', { code: 'sheet-not-found', params: { sheet: wanted, sheets: { list: names } } }, names)
    chosen = [one]
  } else {
    chosen = pickSheets(book.sheets, ctx.registry)
  }
  if (chosen.length === 0) return refused(file, format, 'empty-file', { code: 'sheet-none' }, names)
  const combined = combineSheets(chosen.map(s => ({ sheet: s.name, n: readGrid(s.rows, { sheet: s.name, merges: s.merges ?? null }, nctx) })), nctx)
  const unread = wanted ? [] : book.sheets.filter(s => !chosen.includes(s) && looksLikeTable(s, ctx.registry)).map((s): Message => ({ code: 'sheet-quoted', params: { sheet: s.name } }))
  if (unread.length > 0) {
    combined.issues.push(issue(nctx, null, null, 'warning', 'unread-sheets',
      { code: 'sheets-unread', params: { read: { list: chosen.map(s => s.name) }, unread: { join: unread, with: '' } } }))
  }
  return result(file, format, combined, names, chosen.map(s => s.name))
}
