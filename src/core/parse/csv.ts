// Delimited text (CSV/TSV/semicolon) → RawTable, with PapaParse.
import Papa from 'papaparse'
import { normalizeKey } from '../registry'
import type { Issue } from '../types'
import { isBlankRow, type RawTable } from './table'

/** Header names of the township and year columns (compared by normalizeKey). */
export const TOWNSHIP_HEADERS = ['township', '乡镇', '乡镇（街道）', '乡镇(街道)', '乡镇街道', '街镇', '单位', '单位名称', '名称', '乡镇名称', '填报单位']
export const YEAR_HEADERS = ['year', '年度', '年份', '报告年度', '统计年度']
const TOWNSHIP_KEYS = new Set(TOWNSHIP_HEADERS.map(normalizeKey))
const YEAR_KEYS = new Set(YEAR_HEADERS.map(normalizeKey))

export function isTownshipHeader(h: string): boolean { return TOWNSHIP_KEYS.has(normalizeKey(h)) }
export function isYearHeader(h: string): boolean { return YEAR_KEYS.has(normalizeKey(h)) }

/** How many lines above the header we look for it (title rows of exported tables). */
const MAX_TITLE_LINES = 5

/**
 * Parses delimited text. The delimiter is sniffed (comma, tab, semicolon, |); the header is the
 * first row naming a township column (within the first few rows), else the first non-blank row.
 * Blank rows are skipped but keep their numbers, so `row` is what a spreadsheet shows.
 */
export function parseDelimited(text: string, file: string): { table: RawTable | null, issues: Issue[] } {
  const issues: Issue[] = []
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] })
  for (const e of result.errors) {
    if (e.code === 'UndetectableDelimiter') continue // one-column file: Papa falls back to ','
    issues.push({
      file, row: e.row === undefined ? null : e.row + 1, column: null, indicator: null, township: null, year: null,
      severity: e.type === 'Quotes' ? 'error' : 'warning', code: e.type === 'Quotes' ? 'bad-quotes' : 'malformed-csv',
      message: e.type === 'Quotes' ? `引号不配对（${e.message}），该行之后的内容可能被并入一个单元格` : `CSV 格式问题：${e.message}`,
    })
  }
  const records = result.data
  let headerIndex = records.findIndex((r, i) => i < MAX_TITLE_LINES && r.some(isTownshipHeader))
  if (headerIndex === -1) headerIndex = records.findIndex(r => !isBlankRow(r))
  if (headerIndex === -1) {
    issues.push({ file, row: null, column: null, indicator: null, township: null, year: null, severity: 'error', code: 'empty-file', message: '文件为空，没有表头和数据' })
    return { table: null, issues }
  }
  const headers = (records[headerIndex] ?? []).map(h => h.replace(/^\uFEFF/, '').trim())
  const titleLines = records.slice(0, headerIndex).map(r => r.filter(c => c.trim() !== '').join(' ')).filter(l => l !== '')
  const rows = []
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i] ?? []
    if (isBlankRow(cells)) continue
    rows.push({ row: i + 1, cells })
  }
  return { table: { headers, headerRow: headerIndex + 1, rows, titleLines }, issues }
}
