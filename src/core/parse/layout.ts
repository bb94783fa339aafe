// The table layout step every format goes through (CSV/TSV in any encoding and delimiter, xlsx, xls,
// et, ods): a grid of cell texts → a RawTable. Finds the header block (headerBlock.ts), then sorts the
// other rows into data, totals (合计, 小计 …) and skipped rows with their reason: titles and
// 填报单位/填报日期 lines above the header, the units row, footers (填表人, 审核人, 说明 …), blanks.
import type { SkippedRow, SkipReason, Registry } from '../types'
import { isOrderHeader, isTownshipHeader } from './csv'
import { findHeaderBlock, type MergedRange } from './headerBlock'
import type { RawRow, RawTable } from './table'

/** Words of a total row, after NFKC and without spaces (合 计 → 合计). 小计 rows sum their section only. */
const TOTAL = /^(?:(?:全县|全镇|全乡|全区|全市|本县|各乡镇(?:街道)?|乡镇|街道|镇|乡)?(?:合计|小计|总计|总合计|汇总|共计)|全县|全镇|全乡|全区|全市)[:：]?$/u
const SUBTOTAL = /小计/u
/** The first words of a footer line under a table: who filled it in and checked it, how to call, notes. */
const FOOTER = /^(?:填表人|填报人|制表人|制表|统计人|审核人|审核|复核人|负责人|单位负责人|主要负责人|分管领导|分管负责人|填表日期|填报日期|报送日期|制表日期|联系电话|联系人|电话|手机|说明|填表说明|备注|注)\s*(?:\d{1,2}|[（(][^）)]{0,8}[）)])?\s*(?:[:：、.．]|$)/u
const EDGE_SPACE = /^\s|\s$/u
/** Longest row text kept on a skipped-row note. */
const MAX_TEXT = 80

/** The text of a cell as a total word is compared: NFKC, no whitespace. */
function compact(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/gu, '')
}

/** Is this cell the word of a total row (合计, 小计, 总 计, 全县 …)? */
export function isTotalWord(cell: string): boolean {
  return cell !== '' && mayStartWith(cell, TOTAL_FIRST) && TOTAL.test(compact(cell))
}

/**
 * The first characters TOTAL and FOOTER can match (after NFKC), to pass over most cells without
 * normalizing them; as character codes, so a cell's first character is looked up without making a string of it.
 */
const codesOf = (chars: string): ReadonlySet<number> => new Set([...chars].map(ch => ch.charCodeAt(0)))
const TOTAL_FIRST = codesOf('全本各乡街镇合小总汇共')
const FOOTER_FIRST = codesOf('填制统审复负单主分联电手说备注')

/**
 * False when `text` cannot start with one of `first` after NFKC and removing spaces: its first
 * character is a CJK unified ideograph (which NFKC leaves as it is, and which no space precedes)
 * not among them. True otherwise (the full test decides).
 */
function mayStartWith(text: string, first: ReadonlySet<number>): boolean {
  const c = text.charCodeAt(0)
  return !(c >= 0x4E00 && c <= 0x9FFF) || first.has(c)
}

/** Does this total row sum only its own section (小计), rather than the whole table? */
export function isSubtotal(row: RawRow, headers: readonly string[]): boolean {
  return totalColumns(headers).some(c => SUBTOTAL.test(compact(row.cells[c] ?? '')))
}

/** The columns whose cell names a row as a total: the township column, the 序号 column, any column before the township one. */
export function totalColumns(headers: readonly string[]): number[] {
  const t = headers.findIndex(isTownshipHeader)
  return headers.flatMap((h, i) => (i === t || (t !== -1 && i < t) || isOrderHeader(h) ? [i] : []))
}

function isFooter(cells: readonly string[]): boolean {
  const first = cells.find(c => c !== '')
  return first !== undefined && isFooterCell(first)
}

/** Does a row whose first (trimmed, non-empty) cell is this one start a footer (填表人：, 说明 …)? */
export function isFooterCell(first: string): boolean {
  return mayStartWith(first, FOOTER_FIRST) && FOOTER.test(first.normalize('NFKC'))
}

function rowText(cells: readonly string[]): string {
  const text = cells.filter(c => c !== '').join(' ')
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text
}

/** Index after the last column that has any text (empty trailing columns dropped). */
export function usedWidth(rows: readonly (readonly string[])[]): number {
  let width = 0
  for (const r of rows) {
    for (let c = r.length - 1; c >= width; c--) {
      if ((r[c] ?? '').trim() !== '') { width = c + 1; break }
    }
  }
  return width
}

/** The row's cells up to `width`, trimmed; the row itself when it is already so (the common case of a large CSV). */
function tidy(row: readonly string[], width: number): string[] {
  if (row.length <= width && allTidy(row)) return row as string[]
  return row.slice(0, width).map(c => (c ?? '').trim())
}

/** row.every(isTidy), the common cell (empty, or printable ASCII at both ends) decided in the loop itself. */
function allTidy(row: readonly string[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i]
    if (typeof c !== 'string') return false
    const n = c.length
    if (n === 0) continue
    const first = c.charCodeAt(0)
    const last = c.charCodeAt(n - 1)
    if (first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F) continue
    if (!isTidy(c)) return false
  }
  return true
}

/** A string cell with no whitespace at either end (what EDGE_SPACE tests, read from the end characters first). */
function isTidy(c: unknown): boolean {
  if (typeof c !== 'string') return false
  if (c.length === 0) return true
  // Whitespace (\s) is a tab to a carriage return, a space, or a code above 0x7F: printable ASCII at both ends is tidy.
  const first = c.charCodeAt(0)
  const last = c.charCodeAt(c.length - 1)
  if (first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F) return true
  return !EDGE_SPACE.test(c)
}

/**
 * Lays out a grid (grid[i] is spreadsheet row i + 1; `merges` of a worksheet where known) as a table.
 * Rows above the header are titles; after the header and units row every row is data, a total, a
 * footer (a footer line and everything under it) or blank; blank rows after the last text are not
 * rows at all. Row numbers are kept. Null when the grid is blank.
 */
export function layoutTable(grid: readonly (readonly string[])[], registry: Registry, merges: readonly MergedRange[] | null = null): RawTable | null {
  const width = usedWidth(grid)
  const rows = grid.map(r => tidy(r, width))
  let end = rows.length
  while (end > 0 && (rows[end - 1] ?? []).every(c => c === '')) end--
  const block = findHeaderBlock(rows.slice(0, end), registry, merges)
  if (!block) return null
  const skipped: SkippedRow[] = []
  const skip = (i: number, reason: SkipReason) => skipped.push({ row: i + 1, reason, text: rowText(rows[i] ?? []) })
  const titleLines: string[] = []
  for (let i = 0; i < block.first; i++) {
    const cells = rows[i] ?? []
    if (cells.every(c => c === '')) { skip(i, 'blank'); continue }
    titleLines.push(rowText(cells))
    skip(i, 'title')
  }
  if (block.units !== -1) skip(block.units, 'units')
  const data: RawRow[] = []
  const totals: RawRow[] = []
  let inFooter = false
  const totalCols = totalColumns(block.headers)
  for (let i = Math.max(block.last, block.units) + 1; i < end; i++) {
    const cells = rows[i] ?? []
    if (cells.every(c => c === '')) { skip(i, 'blank'); continue }
    if (inFooter || isFooter(cells)) { inFooter = true; skip(i, 'footer'); continue }
    if (totalCols.some(c => isTotalWord(cells[c] ?? ''))) { totals.push({ row: i + 1, cells }); skip(i, 'total'); continue }
    data.push({ row: i + 1, cells })
  }
  skipped.sort((a, b) => a.row - b.row)
  return { headers: block.headers, headerRow: block.last + 1, rows: data, titleLines, totals, skipped }
}
