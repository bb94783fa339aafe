// Excel .xlsx → FileResult. The workbook is unzipped by read-excel-file, loaded only when an .xlsx
// arrives; each sheet is then read like a CSV table (wide or long) or as a classic statistics form.
import { issue, yearFromText, type NormalizeContext, type Normalized } from '../normalize'
import { longColumns, normalizeLong } from '../normalizeLong'
import { normalizeWide } from '../normalizeWide'
import type { FileResult } from '../readFile'
import { isStatForm, statFormToLong } from '../statForm'
import { matchHeader } from '../registry'
import type { FileReport, InputFile, Issue, Registry } from '../types'
import { isTownshipHeader } from './csv'
import { sheetTable } from './sheetTable'

/** One worksheet as text: every cell a string ('' when empty); rows[i] is Excel row i + 1. */
export interface SheetText {
  name: string
  rows: string[][]
}

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
const OLE_MAGIC = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
const XLS_MESSAGE = '这是旧版 Excel（.xls）文件，只是扩展名为 .xlsx，无法直接读取：请在 Excel 中“另存为” .xlsx 或 CSV（UTF-8）后再导入'
const PASSWORD_MESSAGE = '这个 Excel 文件设置了打开密码（已加密），无法读取：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx 再导入'
const DAMAGED_MESSAGE = '文件已损坏或不是有效的 Excel（.xlsx）文件，无法读取：请在 Excel 中打开后重新“另存为” .xlsx 或 CSV（UTF-8）再导入'

/** A cell as text: numbers as JavaScript writes them, dates as ISO dates (2024-01-05), booleans as 是/否. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  return String(value)
}

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/** Does an OLE2 compound file hold an EncryptedPackage stream (a password-protected .xlsx)? */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = [...'EncryptedPackage'].flatMap(ch => [ch.charCodeAt(0), 0])
  const limit = Math.min(bytes.length, 1 << 20) - needle.length
  outer: for (let i = 0; i <= limit; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer
    return true
  }
  return false
}

/** Why the library refused the bytes, in words a clerk can act on. */
function explainFailure(e: unknown): { code: string, message: string } {
  const name = e instanceof Error ? e.name : ''
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
  if (code === 'XLS_FILE_NOT_SUPPORTED') return { code: 'unsupported-file', message: XLS_MESSAGE }
  if (code === 'NO_DATA') return { code: 'unreadable-file', message: '文件是空的（0 字节），没有可读取的内容' }
  if (code === 'FILE_NOT_SUPPORTED') return { code: 'unreadable-file', message: '这不是 Excel（.xlsx）文件（可能只是改了扩展名）：请确认文件，或在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后再导入' }
  if (name === 'InvalidSpreadsheetError' || code === 'INVALID_ZIP') return { code: 'unreadable-file', message: DAMAGED_MESSAGE }
  return { code: 'unreadable-file', message: `${DAMAGED_MESSAGE}（${e instanceof Error ? e.message.slice(0, 80) : String(e).slice(0, 80)}）` }
}

/**
 * Unzips a workbook into sheets of text. Legacy .xls and password-protected files (both OLE2
 * compound files) are recognised before the library sees them; any failure is a value.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<{ sheets: SheetText[] } | { code: string, message: string }> {
  if (startsWithBytes(bytes, OLE_MAGIC)) {
    return { code: 'unsupported-file', message: isEncryptedPackage(bytes) ? PASSWORD_MESSAGE : XLS_MESSAGE }
  }
  const { default: readWorkbook } = await import('read-excel-file/universal')
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let raw: { sheet: string, data: unknown[][] }[]
  try {
    raw = await readWorkbook(buffer)
  } catch (e) {
    return explainFailure(e)
  }
  return { sheets: raw.map(s => ({ name: s.sheet, rows: s.data.map(row => row.map(cellText)) })) }
}

/** Names of the workbook's sheets, in order; empty when the file cannot be read (readXlsxFile says why). */
export async function listSheets(bytes: Uint8Array): Promise<string[]> {
  const book = await loadWorkbook(bytes)
  return 'sheets' in book ? book.sheets.map(s => s.name) : []
}

/**
 * Does the sheet hold a table we read: a statistics form, or a header in its first rows naming a
 * township column and an indicator column (wide) or indicator and value columns (long)?
 */
function looksLikeTable(sheet: SheetText, registry: Registry): boolean {
  if (isStatForm(sheet.rows)) return true
  return sheet.rows.some((r, i) => i < 5 && r.some(isTownshipHeader)
    && (longColumns(r) !== null || r.some(c => c !== '' && !isTownshipHeader(c) && matchHeader(registry, c) !== null)))
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

/** Reads one sheet as a statistics form, a long table or a wide table. */
function readSheet(sheet: SheetText, ctx: NormalizeContext): Normalized {
  if (isStatForm(sheet.rows)) return statFormToLong(sheet.rows, { file: ctx.file, sheet: sheet.name }, ctx)
  const empty: Normalized = { submissions: [], issues: [], rows: 0, accepted: 0, rejected: 0, unknownColumns: [] }
  const table = sheetTable(sheet.rows, ctx.registry)
  if (!table) return { ...empty, issues: [issue(ctx, null, null, 'error', 'empty-file', `工作表“${sheet.name}”是空的，没有表头和数据`)] }
  if (!table.headers.some(isTownshipHeader) && table.headers.filter(h => h !== '').length <= 1) {
    return { ...empty, rows: table.rows.length, rejected: table.rows.length, issues: [issue(ctx, table.headerRow, null, 'error', 'not-a-table',
      `工作表“${sheet.name}”找不到表头：第一行应为“乡镇,年度,指标…”（宽表）或“乡镇,年度,指标名称,数值”（长表），或为“指标名称 | 计量单位 | 本期实际”统计表`)] }
  }
  const fallbackYear = ctx.fallbackYear ?? yearFromText(...table.titleLines, sheet.name, ctx.file)
  const long = longColumns(table.headers)
  return long ? normalizeLong(table, long, { ...ctx, fallbackYear }) : normalizeWide(table, { ...ctx, fallbackYear })
}

/**
 * Joins the results of several sheets. Issues name their sheet; a township-year already read from
 * an earlier sheet is refused whole (listed as duplicate-row), so no figure is silently overwritten.
 */
function combineSheets(parts: readonly { sheet: string, n: Normalized }[], ctx: NormalizeContext): Normalized {
  const only = parts[0]
  if (parts.length === 1 && only) return only.n
  const out: Normalized = { submissions: [], issues: [], rows: 0, accepted: 0, rejected: 0, unknownColumns: [] }
  const seen = new Map<string, string>()
  for (const { sheet, n } of parts) {
    out.rows += n.rows
    for (const i of n.issues) out.issues.push({ ...i, message: `［工作表“${sheet}”］${i.message}` })
    for (const c of n.unknownColumns) out.unknownColumns.push(c)
    const clash = n.submissions.find(s => seen.has(`${s.township}\u0000${s.year}`))
    if (clash) {
      const earlier = seen.get(`${clash.township}\u0000${clash.year}`) ?? ''
      out.issues.push(issue(ctx, null, null, 'error', 'duplicate-row',
        `［工作表“${sheet}”］${clash.township} ${clash.year} 年已在工作表“${earlier}”中读取，本工作表未导入`, { township: clash.township, year: clash.year }))
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

function result(file: string, n: Normalized, sheets: string[], sheetsRead: string[]): XlsxFileResult {
  const hasError = n.issues.some(i => i.severity === 'error')
  const status = n.accepted === 0 ? 'failed' : n.rejected > 0 || hasError ? 'partial' : 'ok'
  const report: FileReport = { file, format: 'xlsx', encoding: null, rows: n.rows, accepted: n.accepted, rejected: n.rejected, status }
  if (n.unknownColumns.length > 0) report.unknownColumns = n.unknownColumns
  if (n.rows === 0 && !hasError) n.issues.push(issue({ file }, null, null, 'error', 'no-rows', '文件只有表头，没有数据行'))
  return { report, submissions: n.accepted === 0 ? [] : n.submissions, issues: n.issues, sheets, sheetsRead }
}

function refused(file: string, code: string, message: string, sheets: string[] = []): XlsxFileResult {
  const issues: Issue[] = [issue({ file }, null, null, 'error', code, message)]
  return { report: { file, format: 'xlsx', encoding: null, rows: 0, accepted: 0, rejected: 0, status: 'failed' }, submissions: [], issues, sheets, sheetsRead: [] }
}

/**
 * Reads an .xlsx workbook: the sheet named in ctx.sheet, else the sheets pickSheets chooses. Row
 * numbers are Excel's. A file that is not a readable workbook is refused whole, never thrown.
 */
export async function readXlsxFile(input: InputFile, ctx: XlsxContext): Promise<XlsxFileResult> {
  const file = input.name
  const book = await loadWorkbook(input.bytes)
  if (!('sheets' in book)) return refused(file, book.code, book.message)
  const names = book.sheets.map(s => s.name)
  const { sheet: wanted, ...rest } = ctx
  const nctx: NormalizeContext = { ...rest, file }
  let chosen: SheetText[]
  if (wanted) {
    const one = book.sheets.find(s => s.name === wanted)
    if (!one) return refused(file, 'sheet-not-found', `找不到工作表“${wanted}”（本工作簿有：${names.join('、')}）`, names)
    chosen = [one]
  } else {
    chosen = pickSheets(book.sheets, ctx.registry)
  }
  if (chosen.length === 0) return refused(file, 'empty-file', '工作簿中没有工作表', names)
  const combined = combineSheets(chosen.map(s => ({ sheet: s.name, n: readSheet(s, nctx) })), nctx)
  const unread = wanted ? [] : book.sheets.filter(s => !chosen.includes(s) && looksLikeTable(s, ctx.registry)).map(s => `“${s.name}”`)
  if (unread.length > 0) {
    combined.issues.push(issue(nctx, null, null, 'warning', 'unread-sheets',
      `已读取工作表“${chosen.map(s => s.name).join('、')}”；工作表${unread.join('')}也像数据表，未读取，如需读取请选择该工作表`))
  }
  return result(file, combined, names, chosen.map(s => s.name))
}
