// Spreadsheet workbooks (.xlsx/.xlsm, .xls BIFF8, WPS .et, .ods) → sheets of cell texts, with SheetJS
// (@e965/xlsx 0.20.3), loaded with import() only when a workbook arrives. Formula cells give their
// cached value, percent-formatted numbers are written in percent (0.95 → 95%), merged ranges are kept.
import type { CellObject, WorkSheet } from '@e965/xlsx'
import type { Message } from '../messages/render'
import { sniffBinaryKind } from '../decode'
import type { MergedRange } from './headerBlock'

/** One worksheet as text: every cell a string ('' when empty); rows[i] is the sheet's row i + 1. */
export interface SheetText {
  name: string
  rows: string[][]
  /** Merged ranges (0-based, inclusive), for the header's group labels. */
  merges?: MergedRange[]
}

export type WorkbookResult = { sheets: SheetText[] } | { code: string, text: Message }

const PASSWORD_MESSAGE: Message = { code: 'read-workbook-password' }
const DAMAGED_MESSAGE: Message = { code: 'read-workbook-damaged' }
const NOT_A_WORKBOOK: Message = { code: 'read-not-a-workbook' }
/** Error cells (SheetJS keeps the BIFF error code as the value). */
const ERRORS: Readonly<Record<number, string>> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0F: '#VALUE!', 0x17: '#REF!', 0x1D: '#NAME?', 0x24: '#NUM!', 0x2A: '#N/A', 0x2B: '#GETTING_DATA' }

/** Does a number format show the value in percent (`0%`, `0.0%`), a % outside quotes and brackets? */
export function isPercentFormat(format: string | number | undefined): boolean {
  if (typeof format !== 'string' || !format.includes('%')) return false
  return format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').includes('%')
}

/** A number without float noise from formulas (0.1 + 0.2), at most 15 significant digits. */
function plain(x: number): string {
  return String(Number(x.toPrecision(15)))
}

/** A cell as text: numbers in full (percent-formatted ones × 100 with %), dates as ISO dates, booleans as 是/否. */
export function cellText(cell: CellObject | undefined): string {
  if (!cell) return ''
  const v = cell.v
  switch (cell.t) {
    case 'n': return typeof v === 'number' && Number.isFinite(v) ? (isPercentFormat(cell.z) ? `${plain(v * 100)}%` : plain(v)) : ''
    case 's': return typeof v === 'string' ? v : String(v ?? '')
    case 'b': return v ? '是' : '否'
    case 'd': return v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : ''
    case 'e': return ERRORS[typeof v === 'number' ? v : -1] ?? '#错误'
    default: return ''
  }
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

/** A dense worksheet as rows of text, from row 1 and column A (so rows and columns keep their numbers). */
function sheetRows(ws: WorkSheet): string[][] {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[]
  const rows: string[][] = []
  for (let r = 0; r < data.length; r++) {
    const src = data[r]
    if (!src) { rows.push([]); continue }
    const row: string[] = new Array<string>(src.length)
    for (let c = 0; c < src.length; c++) row[c] = cellText(src[c])
    rows.push(row)
  }
  return rows
}

/** Why SheetJS refused the bytes, in words a clerk can act on. */
function explain(e: unknown): { code: string, text: Message } {
  const text = e instanceof Error ? e.message : String(e)
  if (/password/i.test(text)) return { code: 'unsupported-file', text: PASSWORD_MESSAGE }
  return { code: 'unreadable-file', text: { code: 'read-workbook-damaged-why', params: { reason: text.slice(0, 80) } } }
}

/**
 * Reads a workbook into sheets of text. Only zip (xlsx, xlsm, ods) and OLE2 (xls, et) containers are
 * handed to SheetJS (which would read any other bytes as text); password-protected files are
 * recognised first. Any failure is a value, never thrown.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<WorkbookResult> {
  if (bytes.length === 0) return { code: 'unreadable-file', text: { code: 'read-empty-bytes' } }
  const kind = sniffBinaryKind(bytes)
  if (kind !== 'zip' && kind !== 'xls') return { code: 'unreadable-file', text: NOT_A_WORKBOOK }
  if (kind === 'xls' && isEncryptedPackage(bytes)) return { code: 'unsupported-file', text: PASSWORD_MESSAGE }
  const XLSX = await import('@e965/xlsx')
  try {
    const book = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellNF: true, cellText: false, cellDates: true, cellStyles: false })
    if (book.SheetNames.length === 0) return { code: 'unreadable-file', text: DAMAGED_MESSAGE }
    return {
      sheets: book.SheetNames.map((name) => {
        const ws = book.Sheets[name]
        if (!ws) return { name, rows: [] }
        const merges = ws['!merges']
        return merges && merges.length > 0 ? { name, rows: sheetRows(ws), merges } : { name, rows: sheetRows(ws) }
      }),
    }
  } catch (e) {
    return explain(e)
  }
}

/** Names of the workbook's sheets, in order; empty when the file cannot be read (readXlsxFile says why). */
export async function listSheets(bytes: Uint8Array): Promise<string[]> {
  const book = await loadWorkbook(bytes)
  return 'sheets' in book ? book.sheets.map(s => s.name) : []
}
