// Delimited text (CSV/TSV/semicolon) → a grid of cells, with PapaParse; the names of the township and year columns.
import Papa from 'papaparse'
import { cappedIssues } from '../limits'
import { normalizeKey } from '../registry'
import type { Issue } from '../types'

/** Header names of the township and year columns (compared by normalizeKey). */
export const TOWNSHIP_HEADERS = ['township', '乡镇', '乡镇（街道）', '乡镇(街道)', '乡镇街道', '街镇', '单位', '单位名称', '名称', '乡镇名称', '填报单位']
export const YEAR_HEADERS = ['year', '年度', '年份', '报告年度', '统计年度']
const TOWNSHIP_KEYS = new Set(TOWNSHIP_HEADERS.map(normalizeKey))
const YEAR_KEYS = new Set(YEAR_HEADERS.map(normalizeKey))

export function isTownshipHeader(h: string): boolean { return TOWNSHIP_KEYS.has(normalizeKey(h)) }
export function isYearHeader(h: string): boolean { return YEAR_KEYS.has(normalizeKey(h)) }

const ORDER_KEYS = new Set(['序号', '编号', '序', 'no', 'no.', '行次'].map(normalizeKey))
/** Is this the 序号 column (its cells number the rows, or hold 合计 on a total row)? */
export function isOrderHeader(h: string): boolean { return ORDER_KEYS.has(normalizeKey(h)) }

/**
 * Parses delimited text into a grid of cells (grid[i] is line i + 1). The delimiter is sniffed (comma,
 * tab, semicolon, |). Where the header is and what each row is, is the layout step's work (layout.ts).
 */
export function parseDelimited(text: string, file: string): { grid: string[][], issues: Issue[] } {
  const issues: Issue[] = cappedIssues()
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] })
  for (const e of result.errors) {
    if (e.code === 'UndetectableDelimiter') continue // one-column file: Papa falls back to ','
    issues.push({
      file, row: e.row === undefined ? null : e.row + 1, column: null, indicator: null, township: null, year: null,
      severity: e.type === 'Quotes' ? 'error' : 'warning', code: e.type === 'Quotes' ? 'bad-quotes' : 'malformed-csv',
      message: e.type === 'Quotes' ? `引号不配对（${e.message}），该行之后的内容可能被并入一个单元格` : `CSV 格式问题：${e.message}`,
    })
  }
  const grid = result.data
  const first = grid[0]
  if (first && first[0] !== undefined && first[0].startsWith('\uFEFF')) first[0] = first[0].slice(1)
  return { grid, issues }
}
