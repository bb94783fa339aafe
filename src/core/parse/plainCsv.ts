// A plain CSV (no quote anywhere, so PapaParse would split it at line breaks and delimiters and no
// further) read straight from its text (issue 14): its head as a grid for the layout step, its data
// rows as a WideRows source that turns cells of digits into numbers while scanning and makes strings
// only for the cells that need one (names, years, notes, anything else). A line the layout step would
// not take as a data row of the header's width (a blank line, a footer, a total, a longer or shorter
// line) throws NotPlain: the file is then read the general way, so the result never depends on the path.
import { NotPlain, type WideRows } from '../normalize/wideRows'
import { guessLayout, PARSE_CHUNK_CHARS, type ParseOptions } from './csv'
import { isFooterCell, isTotalWord, totalColumns, usedWidth } from './layout'
import type { RawTable } from './table'

/** Lines of the head laid out as a grid: more than the header search and a units row can reach (headerBlock.ts). */
export const HEAD_LINES = 32

/** The kind of a scanned cell besides a number of digits (≥ 0). */
const EMPTY = -2
const TEXT = -1

export interface PlainHead {
  text: string
  delimiter: string
  linebreak: string
  /** The first HEAD_LINES lines as cells, as PapaParse gives them (the first cell without its BOM). */
  grid: string[][]
  /** The offset in `text` where each of those lines starts. */
  starts: number[]
}

/**
 * The head of a plain CSV, or null when the text holds a quote (PapaParse's quoted-cell rules apply)
 * or has no more than HEAD_LINES lines (a small file is read the general way).
 */
export function plainHead(text: string): PlainHead | null {
  if (text.includes('"')) return null
  const { delimiter, linebreak } = guessLayout(text).meta
  if (delimiter.length !== 1 || (linebreak !== '\n' && linebreak !== '\r\n' && linebreak !== '\r')) return null
  const starts: number[] = []
  const grid: string[][] = []
  let at = 0
  for (let line = 0; line < HEAD_LINES; line++) {
    const end = text.indexOf(linebreak, at)
    if (end === -1) return null
    starts.push(at)
    grid.push(text.slice(at, end).split(delimiter))
    at = end + linebreak.length
  }
  const first = grid[0] as string[]
  if ((first[0] as string).startsWith('\uFEFF')) first[0] = (first[0] as string).slice(1)
  return { text, delimiter, linebreak, grid, starts }
}

/**
 * The data rows of the file whose head laid out as `table`: every line from the table's first data row
 * on. Throws NotPlain unless the head's layout is one the rest of the file cannot change: no total, no
 * row skipped among the data rows, every column of the header's width used.
 */
export function plainBody(head: PlainHead, table: RawTable, parse: ParseOptions = {}): WideRows {
  const first = table.rows[0]
  if (!first || (table.totals?.length ?? 0) > 0 || table.skipped?.some(s => s.row > first.row)) throw new NotPlain('head')
  const line = first.row - 1
  const width = (head.grid[line] as string[]).length
  if (table.headers.length !== width || usedWidth(head.grid) !== width) throw new NotPlain('width')
  return new PlainCsvRows(head, line, width, totalColumns(table.headers), parse)
}

class PlainCsvRows implements WideRows {
  row = 0
  width: number
  readonly expected: number
  private pos: number
  private line: number
  private nextProgress: number
  private readonly src: string
  private readonly delimiter: number
  private readonly lb0: number
  /** The second character of a two-character line break, or -1. */
  private readonly lb1: number
  private readonly lbLength: number
  /**
   * Per cell of the current row: its digits as a number, EMPTY or TEXT; where it starts (one entry more:
   * past the row's last cell, so cell c ends one delimiter before starts[c + 1]); its trimmed text when TEXT.
   */
  private readonly kind: Float64Array
  private readonly starts: Int32Array
  private readonly texts: string[]
  private readonly percent: Uint8Array

  private readonly chunk: number
  private readonly onProgress?: (fraction: number) => void

  constructor(head: PlainHead, line: number, width: number, private readonly totals: readonly number[], parse: ParseOptions) {
    this.chunk = Math.max(1, parse.chunkChars ?? PARSE_CHUNK_CHARS)
    this.onProgress = parse.onProgress
    this.src = head.text
    this.width = width
    this.line = line
    this.pos = head.starts[line] as number
    this.delimiter = head.delimiter.charCodeAt(0)
    this.lb0 = head.linebreak.charCodeAt(0)
    this.lb1 = head.linebreak.length === 2 ? head.linebreak.charCodeAt(1) : -1
    this.lbLength = head.linebreak.length
    this.kind = new Float64Array(width)
    this.starts = new Int32Array(width + 1)
    this.texts = Array.from({ length: width }, () => '')
    this.percent = new Uint8Array(width)
    const firstLength = (head.starts[line + 1] ?? this.src.length) - this.pos
    this.expected = Math.ceil((this.src.length - this.pos) / Math.max(1, firstLength)) + 1
    this.nextProgress = this.pos + this.chunk
  }

  next(): boolean {
    const t = this.src
    const end = t.length
    const lineStart = this.pos
    if (lineStart >= end) return this.done()
    const n = this.width
    const { delimiter, lb0, lb1, kind, starts } = this
    let i = lineStart
    let c = 0
    for (;;) {
      const start = i
      let value = 0
      // charCodeAt past the end is NaN, which is no digit, delimiter or line break.
      let ch = t.charCodeAt(i)
      while (ch >= 48 && ch <= 57) {
        value = value * 10 + (ch - 48)
        ch = t.charCodeAt(++i)
      }
      // Any other character before the cell's end makes it a text cell.
      let odd = false
      while (i < end && ch !== delimiter && !(ch === lb0 && (lb1 === -1 || t.charCodeAt(i + 1) === lb1))) {
        odd = true
        ch = t.charCodeAt(++i)
      }
      if (c === n) throw new NotPlain('a line longer than the header')
      if (odd || i - start > 9) {
        this.textCell(c, start, i)
      } else {
        kind[c] = i === start ? EMPTY : value
        starts[c] = start
      }
      c++
      if (i < end && ch === delimiter) { i++; continue }
      starts[c] = i + 1
      this.pos = i >= end ? end + 1 : i + this.lbLength
      break
    }
    if (this.blank(c)) {
      if (this.onlyBlankFrom(lineStart)) return this.done()
      throw new NotPlain('a blank line')
    }
    if (c !== n) throw new NotPlain('a line shorter than the header')
    this.checkDataRow()
    this.row = ++this.line
    if (this.pos >= this.nextProgress) {
      this.onProgress?.(Math.min(1, this.pos / end))
      this.nextProgress = this.pos + this.chunk
    }
    return true
  }

  /** Records cell c (text[start, end)), which is not 1 to 9 digits, as its trimmed text. */
  private textCell(c: number, start: number, end: number): void {
    this.starts[c] = start
    const s = this.src.slice(start, end).trim()
    this.texts[c] = s
    this.kind[c] = s === '' ? EMPTY : TEXT
    if (s.includes('%') || s.includes('％')) this.percent[c] = 1
  }

  private blank(cells: number): boolean {
    for (let c = 0; c < cells; c++) if (this.kind[c] !== EMPTY) return false
    return true
  }

  /** Is the text from `from` on nothing but blank lines (delimiters and whitespace), which the layout step drops? */
  private onlyBlankFrom(from: number): boolean {
    const t = this.src
    for (let i = from; i < t.length; i++) {
      const ch = t.charCodeAt(i)
      if (ch !== this.delimiter && t[i]?.trim() !== '') return false
    }
    return true
  }

  /** Throws NotPlain when the layout step would take the current line for a footer or a total row. */
  private checkDataRow(): void {
    for (let c = 0; c < this.width; c++) {
      const k = this.kind[c]
      if (k === EMPTY) continue
      if (k === TEXT && isFooterCell(this.texts[c] as string)) throw new NotPlain('a footer')
      break
    }
    for (const c of this.totals) {
      if (this.kind[c] === TEXT && isTotalWord(this.texts[c] as string)) throw new NotPlain('a total row')
    }
  }

  private done(): boolean {
    this.onProgress?.(1)
    return false
  }

  text(c: number): string {
    const k = this.kind[c]
    if (k === TEXT) return this.texts[c] as string
    if (k === EMPTY || k === undefined) return ''
    // The delimiter is one character (plainHead): the cell ends just before the next one starts.
    return this.src.slice(this.starts[c], (this.starts[c + 1] as number) - 1)
  }

  digitsInto(columns: Int32Array, into: readonly Float64Array[], at: number, left: Uint8Array): void {
    const kind = this.kind
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k] as number
      const d = c === -1 ? -1 : kind[c] as number
      if (d < 0) { left[k] = 1; continue }
      (into[k] as Float64Array)[at] = d
      left[k] = 0
    }
  }

  percentIn(c: number): boolean {
    return this.percent[c] === 1
  }
}
