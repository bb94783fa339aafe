// The classic statistics form (指标名称 | 计量单位 | 代码 | 本期实际 | 本年累计): one township per sheet
// or file, named in a title line above the table (填报单位：大同镇), the sheet name or the file name.
// Each row is one figure, so the form is read as long data.
import type { Message } from '../messages/render'
import { issue, type NormalizeContext, type Normalized, type TownshipResolver } from './common'
import { longColumns, type LongColumns } from '../parse/longHeaders'
import { normalizeLong } from './long'
import type { RawRow, RawTable } from '../parse/table'
import { matchHeader, normalizeKey } from '../registry'
import type { Registry } from '../types'

/** How many rows from the top we look for the form's header (title lines above it). */
const MAX_HEADER_SEARCH = 10
/** Value columns that hold this period's figure; 本年累计 is the fallback when they are empty. */
const CURRENT_VALUE = new Set(['本期实际', '本期数', '本期', '本年实际', '本年', '数值', '值', '数量', 'value'].map(normalizeKey))
const CUMULATIVE_VALUE = new Set(['本年累计', '累计', '累计数', '本年累计数'].map(normalizeKey))
/** A labelled township in a title line: 填报单位：大同镇, 单位名称：大同镇, 填报单位（盖章）：大同镇. */
const LABELLED_TOWNSHIP = /(?:填报单位|单位名称|填报乡镇|乡镇名称|乡镇（街道）|乡镇\(街道\)|乡镇|街镇)\s*(?:[（(][^）)]{0,6}[）)])?\s*[:：]\s*([^\s:：,，;；]+)/u
/** A labelled or suffixed year: 统计期：2024年, 2024年度, 报告期 2024. */
const LABELLED_YEAR = /(?:统计期|报告期|统计年度|年度|年份)\s*[:：]?\s*(20\d{2})|(20\d{2})\s*年/u
/** Words of form titles and file names that are not part of a township name. */
const TITLE_WORDS = /法治政府建设|法治建设|法治|依法行政|工作|指标|统计报表|统计表|报表|统计|数据|填报|情况|汇总|年报|年度|模板|样表|表/gu

/** The form's header row index (0-based), or -1: an indicator-name and a value column, no township column. */
export function statFormHeaderIndex(rows: readonly (readonly string[])[]): number {
  for (let i = 0; i < Math.min(rows.length, MAX_HEADER_SEARCH); i++) {
    const cols = longColumns((rows[i] ?? []).map(c => c.trim()))
    // A header cell 单位 names the unit column here, not the township.
    if (cols && (cols.township === -1 || cols.township === cols.unit)) return i
  }
  return -1
}

/** Is this grid a statistics form (指标名称 | 计量单位 | 本期实际), rather than a wide or long table? */
export function isStatForm(rows: readonly (readonly string[])[]): boolean {
  return statFormHeaderIndex(rows) !== -1
}

/** Where the form was found: the file name and the sheet name (null for a CSV). */
export interface StatFormSource {
  file: string
  sheet: string | null
}

/** A name without form-title words, years and separators: `2024年大同镇法治建设统计表.xlsx` → `大同镇`. */
function strippedName(text: string): string {
  return text.normalize('NFKC').replace(/\.[a-z]{2,4}$/i, '').replace(/20\d{2}\s*年?度?/g, '').replace(TITLE_WORDS, '')
    .replace(/[-_\s·.()（）【】[\]《》]+/gu, '').trim()
}

/**
 * The form's township. Candidates, best first: a labelled title line, the sheet name (unless
 * generic like Sheet1), the file name, an unlabelled title line. The first one the township list
 * knows wins; else the first of the first three, even if unknown (the reader then warns).
 */
export function statFormTownship(titles: readonly string[], where: StatFormSource, resolve: TownshipResolver): string | null {
  const labelled = titles.map(t => LABELLED_TOWNSHIP.exec(t.normalize('NFKC'))?.[1] ?? '').find(t => t !== '') ?? ''
  const sheet = where.sheet === null || /^(?:sheet|工作表|表)\s*\d*$/i.test(where.sheet.trim()) ? '' : strippedName(where.sheet)
  const strong = [labelled, sheet, strippedName(where.file)].filter(t => t.length >= 2)
  const weak = titles.map(strippedName).filter(t => t.length >= 2)
  return [...strong, ...weak].find(t => !resolve(t).warning) ?? strong[0] ?? null
}

/** The form's year: a labelled year in a title line (not a 填报日期), else the sheet name, else the file name. */
export function statFormYear(titles: readonly string[], where: StatFormSource): number | null {
  const texts = [...titles.filter(t => !/日期|时间/.test(t)), where.sheet ?? '', where.file]
  for (const t of texts) {
    const m = LABELLED_YEAR.exec(t.normalize('NFKC')) ?? /(?:^|\D)(20\d{2})(?:\D|$)/.exec(t)
    const y = m ? Number(m[1] ?? m[2]) : null
    if (y !== null && Number.isFinite(y)) return y
  }
  return null
}

/** An indicator name without its numbering or 其中: `（1）其中：持证人数` → `持证人数`, unless the full name is known. */
function indicatorName(raw: string, registry: Registry): string {
  const name = raw.trim()
  if (name === '' || matchHeader(registry, name) !== null) return name
  return name.normalize('NFKC')
    .replace(/^(?:[一二三四五六七八九十]+\s*[、.]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+(?:\.\d+)*\s*[、.)]?|[①-⑳])\s*/u, '')
    .replace(/^其中\s*[:：]?\s*/, '').replace(/[:：]$/, '').trim()
}

/**
 * Reads one statistics form (a sheet or a CSV as rows of text, rows[i] = spreadsheet row i + 1)
 * as long data for one township and year. The value is 本期实际, or 本年累计 when that is empty.
 * Section headings and footers (no value, no known indicator) are skipped; an unknown indicator
 * with a value is kept as an unknown column. Without a township or year the form is refused whole.
 */
export function statFormToLong(rows: readonly (readonly string[])[], where: StatFormSource, ctx: NormalizeContext): Normalized {
  const out: Normalized = { submissions: [], issues: [], rows: 0, accepted: 0, rejected: 0, unknownColumns: [] }
  const h = statFormHeaderIndex(rows)
  const headers = (rows[h] ?? []).map(c => c.trim())
  const cols = h === -1 ? null : longColumns(headers)
  if (!cols) {
    out.issues.push(issue(ctx, null, null, 'error', 'not-a-table', { code: 'form-no-header' }))
    return out
  }
  const keyAt = (c: number) => normalizeKey(headers[c] ?? '')
  const current = headers.findIndex((_, c) => CURRENT_VALUE.has(keyAt(c)))
  const cumulative = headers.findIndex((_, c) => CUMULATIVE_VALUE.has(keyAt(c)))
  const valueCol = current !== -1 ? current : cols.value
  const fallbackCol = cumulative !== valueCol ? cumulative : -1
  const unitCol = cols.unit
  const titles = rows.slice(0, h).map(r => r.filter(c => c.trim() !== '').join(' ')).filter(l => l !== '')
  const township = statFormTownship(titles, where, ctx.resolveTownship)
  const year = ctx.fallbackYear ?? statFormYear(titles, where)
  const cell = (cells: readonly string[], c: number) => (c === -1 ? '' : (cells[c] ?? '').trim())
  const data: RawRow[] = []
  for (let i = h + 1; i < rows.length; i++) {
    const cells = rows[i] ?? []
    const name = indicatorName(cell(cells, cols.indicator), ctx.registry)
    const value = cell(cells, valueCol) !== '' ? cell(cells, valueCol) : cell(cells, fallbackCol)
    if (name === '' || (value === '' && matchHeader(ctx.registry, name) === null)) continue
    data.push({ row: i + 1, cells: [township ?? '', year === null ? '' : String(year), name, value, cell(cells, unitCol), cell(cells, cols.note)] })
  }
  out.rows = data.length
  const sheetNote: Message | string = where.sheet === null ? '' : { code: 'form-sheet-note', params: { sheet: where.sheet } }
  if (township === null || year === null) {
    out.issues.push(issue(ctx, null, null, 'error', township === null ? 'missing-township' : 'missing-year',
      { code: township === null ? 'form-no-township' : 'form-no-year', params: { sheetNote } }))
    out.rejected = data.length
    return out
  }
  const table: RawTable = {
    headers: ['填报单位', '年度', headers[cols.indicator] ?? '指标名称', headers[valueCol] ?? '本期实际', headers[unitCol] ?? '计量单位', headers[cols.note] ?? '备注'],
    headerRow: h + 1,
    rows: data,
    titleLines: titles,
  }
  const synthetic: LongColumns = { township: 0, year: 1, indicator: 2, value: 3, unit: unitCol === -1 ? -1 : 4, note: cols.note === -1 ? -1 : 5 }
  return normalizeLong(table, synthetic, ctx)
}
