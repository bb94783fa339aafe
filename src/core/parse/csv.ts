// Delimited text (CSV/TSV/semicolon) → a grid of cells, with PapaParse; the names of the township and year columns.
import Papa from 'papaparse'
import { chinese } from '../messages/chinese'
import type { Message } from '../messages/render'
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

/** Characters parsed per chunk: progress is reported and issues capped chunk by chunk. */
export const PARSE_CHUNK_CHARS = 1024 * 1024

export interface ParseOptions {
  /** Characters per chunk (default PARSE_CHUNK_CHARS); any size gives the same grid and issues. */
  chunkChars?: number
  /** Called after each chunk with the share (0–1) of the text parsed. */
  onProgress?: (fraction: number) => void
}

const DELIMITERS = [',', '\t', ';', '|']

/**
 * Parses delimited text into a grid of cells (grid[i] is line i + 1). The delimiter is sniffed (comma,
 * tab, semicolon, |). Where the header is and what each row is, is the layout step's work (layout.ts).
 * The text is parsed in chunks (PapaParse's chunked mode: a row or quoted cell cut by a chunk border is
 * carried into the next chunk), so that a file of millions of bad cells never holds more than the
 * capped issues, and progress is told per chunk. The delimiter and line break are guessed on the whole
 * text first, as one parse would: the grid and issues do not depend on the chunk size.
 */
export function parseDelimited(text: string, file: string, opts: ParseOptions = {}): { grid: string[][], issues: Issue[] } {
  const issues: Issue[] = cappedIssues()
  const probe = guessLayout(text)
  const grid: string[][] = []
  // PapaParse reads a string in chunks too (its StringStreamer), though its types offer `chunk` for files only.
  const config: Papa.ParseConfig<string[]> & { chunkSize: number, chunk: (result: Papa.ParseResult<string[]>) => void } = {
    header: false, skipEmptyLines: false, delimiter: probe.meta.delimiter, newline: probe.meta.linebreak as '\r\n' | '\n' | '\r',
    chunkSize: Math.max(1, opts.chunkChars ?? PARSE_CHUNK_CHARS),
    chunk: (result) => {
      // Error rows count from the chunk's first row. The row a chunk ends inside is parsed again with
      // the next chunk: its errors are taken then (row === data.length), except after the last chunk.
      const last = result.meta.cursor >= text.length
      for (const e of result.errors) if (last || e.row === undefined || e.row < result.data.length) addError(issues, file, e, grid.length)
      for (const row of result.data) grid.push(row)
      opts.onProgress?.(text.length === 0 ? 1 : Math.min(1, result.meta.cursor / text.length))
    },
  }
  Papa.parse<string[]>(text, config)
  const first = grid[0]
  if (first && first[0] !== undefined && first[0].startsWith('\uFEFF')) first[0] = first[0].slice(1)
  return { grid, issues }
}

/** PapaParse guesses the line break on a text's first 1 MB (it reads no further for it). */
const LINE_BREAK_CHARS = 1024 * 1024
/** Rows PapaParse's delimiter guess reads (its preview). */
const GUESSED_ROWS = 10

/**
 * PapaParse's guesses of delimiter and line break for `text`, as its own parse of the whole text makes
 * them, on less text where that gives the same: the line break comes from the first 1 MB only, and
 * without a quote anywhere each delimiter is tried on the first 10 lines of the text split at line
 * breaks (PapaParse splits the whole text, once per delimiter tried). So a text without quotes whose
 * first 1 MB holds 10 line breaks has its line break guessed on that 1 MB and its delimiter on its
 * first 10 lines; any other text is guessed whole, as before.
 */
export function guessLayout(text: string): Papa.ParseResult<string[]> {
  const guess = (input: string, newline?: string) => Papa.parse<string[]>(input, { header: false, skipEmptyLines: false, preview: 1, delimitersToGuess: DELIMITERS, ...(newline ? { newline: newline as '\n' } : {}) })
  if (text.length <= LINE_BREAK_CHARS || text.includes('"')) return guess(text)
  const head = text.slice(0, LINE_BREAK_CHARS)
  // The line break alone (a delimiter given, none is guessed).
  const lineBreak = Papa.parse<string[]>(head, { header: false, skipEmptyLines: false, preview: 1, delimiter: ',' }).meta.linebreak
  let end = -lineBreak.length
  for (let breaks = 0; breaks < GUESSED_ROWS; breaks++) {
    end = head.indexOf(lineBreak, end + lineBreak.length)
    if (end === -1) return guess(text)
  }
  return guess(head.slice(0, end + lineBreak.length), lineBreak)
}

function addError(issues: Issue[], file: string, e: Papa.ParseError, rowsBefore: number): void {
  if (e.code === 'UndetectableDelimiter') return // one-column file: Papa falls back to ','
  const quotes = e.type === 'Quotes'
  const text: Message = { code: quotes ? 'read-bad-quotes' : 'read-malformed-csv', params: { reason: e.message } }
  issues.push({
    file, row: e.row === undefined ? null : rowsBefore + e.row + 1, column: null, indicator: null, township: null, year: null,
    severity: quotes ? 'error' : 'warning', code: quotes ? 'bad-quotes' : 'malformed-csv', message: chinese(text), text,
  })
}
