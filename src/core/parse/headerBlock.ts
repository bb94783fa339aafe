// Where a table's header is: rows scored by the header words they hold (indicator labels and aliases,
// the township and year columns), one- and two-row headers (merged or repeated group labels), and a
// units row under the header. Pure: a grid of cell texts in, headers and row numbers out.
import { longColumns } from './longHeaders'
import { matchHeader, splitHeader } from '../registry'
import type { Registry } from '../types'
import { isOrderHeader, isTownshipHeader, isYearHeader } from './csv'

/** How many rows from the top we look for the header (titles, 填报单位 and 填报日期 lines above it). */
export const MAX_HEADER_SEARCH = 20

/** Longer cells are never column headers (a pasted paragraph is not looked up in the registry). */
const MAX_HEADER_LENGTH = 60

/** A merged range of a worksheet, 0-based and inclusive (SheetJS's `!merges`). */
export interface MergedRange {
  s: { r: number, c: number }
  e: { r: number, c: number }
}

/** The header block found: `headers` per column, its first and last row (0-based), and a units row after it. */
export interface HeaderBlock {
  headers: string[]
  first: number
  last: number
  /** The units row (0-based) folded into the headers, or -1. */
  units: number
}

/** A form label such as `填报单位：` or `填报日期:` labels the cell after it; it is never a column header. */
function isFormLabel(text: string): boolean {
  return /[:：]\s*$/.test(text)
}

/** Is this a header the table reader knows: an indicator, a township, year or 序号 column? */
function isKnownHeader(registry: Registry, text: string): boolean {
  if (text === '' || text.length > MAX_HEADER_LENGTH || isFormLabel(text)) return false
  return isTownshipHeader(text) || isYearHeader(text) || isOrderHeader(text) || matchHeader(registry, text) !== null
}

/**
 * How much a row looks like a header: a point per known header cell, three for the (first) township
 * column, a point off per number (data rows hold numbers, headers do not).
 */
function headerScore(row: readonly string[], registry: Registry): number {
  let score = 0
  let township = false
  for (const cell of row) {
    if (cell.length <= MAX_HEADER_LENGTH && NUMBER.test(cell)) { score--; continue }
    if (!isKnownHeader(registry, cell)) continue
    const isTownship = isTownshipHeader(cell)
    score += isTownship && !township ? 3 : isTownship ? 0 : 1
    township ||= isTownship
  }
  const long = longColumns(row)
  return long ? score + 2 : score
}

/** The group label over each column of an upper header row: a merged range's value across its span, else carried right. */
function groupLabels(upper: readonly string[], lower: readonly string[], row: number, merges: readonly MergedRange[] | null): string[] {
  const width = Math.max(upper.length, lower.length)
  const out: string[] = []
  let carried = ''
  for (let c = 0; c < width; c++) {
    const up = upper[c] ?? ''
    if (merges) {
      const m = merges.find(g => g.s.r <= row && g.e.r >= row && g.s.c <= c && g.e.c >= c && g.e.c > g.s.c)
      out.push(m ? (upper[m.s.c] ?? '') : up)
      continue
    }
    if (up !== '') carried = up
    else if ((lower[c] ?? '') === '') carried = ''
    out.push(carried)
  }
  return out
}

/**
 * One header from two rows. The sub-header wins: each column takes the lower cell, the upper one when
 * the lower is empty (a header merged down), and group + lower when only that names an indicator
 * (行政执法 over 人员数 → 行政执法人员数).
 */
function combineHeaders(upper: readonly string[], lower: readonly string[], row: number, registry: Registry, merges: readonly MergedRange[] | null): string[] {
  const groups = groupLabels(upper, lower, row, merges)
  return groups.map((group, c) => {
    const up = upper[c] ?? ''
    const low = lower[c] ?? ''
    if (low === '') return up
    if (group !== '' && group !== low && !isKnownHeader(registry, low) && matchHeader(registry, group + low) !== null) return group + low
    return low
  })
}

const knownUnitsCache = new WeakMap<Registry, ReadonlySet<string>>()

/** Every unit text the registry knows (人, 件, 元, 万元, %, …), NFKC-normalised. */
function knownUnits(registry: Registry): ReadonlySet<string> {
  let units = knownUnitsCache.get(registry)
  if (!units) {
    const set = new Set<string>(['%'])
    for (const ind of registry.indicators) {
      for (const u of [ind.unit, ...Object.keys(ind.unit_aliases)]) {
        const key = u.normalize('NFKC').trim()
        if (key === '') continue
        set.add(key)
        if (ind.kind !== 'rate') set.add(`万${key}`).add(`亿${key}`)
      }
    }
    units = set
    knownUnitsCache.set(registry, units)
  }
  return units
}

/** A units-row cell as a bare unit: `（万元）`, `单位：万元` and `万元` are all `万元`. */
export function unitOf(cell: string): string {
  return cell.normalize('NFKC').trim().replace(/^[([【〔]\s*|\s*[)\]】〕]$/g, '').replace(/^(?:计量)?单位\s*[:：]?\s*/, '').trim()
}

const isKeyColumn = (h: string) => isTownshipHeader(h) || isYearHeader(h) || isOrderHeader(h)

/** Is this row, right under the header, a units row: most of its filled indicator cells are known units? */
function isUnitsRow(headers: readonly string[], row: readonly string[], registry: Registry): boolean {
  const units = knownUnits(registry)
  let filled = 0
  let known = 0
  // A units row names no township and no year: its key cells are empty or a label such as 单位 / 计量单位.
  if (row.some((cell, c) => cell !== '' && isKeyColumn(headers[c] ?? '') && !/单位|unit/iu.test(cell))) return false
  row.forEach((cell, c) => {
    if (cell === '' || isKeyColumn(headers[c] ?? '')) return
    filled++
    if (units.has(unitOf(cell))) known++
  })
  return filled > 0 && known * 2 > filled
}

/** Writes each unit into its header (`罚没金额` + `万元` → `罚没金额（万元）`) unless the header names one. */
function applyUnits(headers: readonly string[], row: readonly string[]): string[] {
  return headers.map((header, c) => {
    const unit = unitOf(row[c] ?? '')
    if (unit === '' || header === '' || isKeyColumn(header)) return header
    return splitHeader(header).unit === null ? `${header}（${unit}）` : header
  })
}

/**
 * Finds the header block of a grid of trimmed cell texts (rows[i] = spreadsheet row i + 1): the row,
 * or pair of rows, with the best header score within the first rows (a pair when the two rows together
 * name at least as much as the upper alone and more than the lower alone, the lower row being neither
 * data nor units), then a units row under it. Without any row naming a township
 * column or a long-table header, the first non-blank row is the header (the normalizer then says what
 * is missing). Null when the grid is blank.
 */
export function findHeaderBlock(all: readonly (readonly string[])[], registry: Registry, merges: readonly MergedRange[] | null = null): HeaderBlock | null {
  let best: { headers: string[], first: number, last: number, score: number } | null = null
  const limit = Math.min(all.length, MAX_HEADER_SEARCH)
  const rows = headerProbe(all, limit + 1)
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? []
    const single = headerScore(row, registry)
    if (single > 0 && (best === null || single > best.score)) best = { headers: [...row], first: r, last: r, score: single }
    const lower = rows[r + 1]
    if (single === 0 || !lower || lower.every(c => c === '')) continue
    const combined = combineHeaders(row, lower, r, registry, merges)
    const pair = headerScore(combined, registry)
    // The pair wins over the upper row alone when it names at least as much: its lower row adds the sub-headers.
    if (pair >= single && pair > headerScore(lower, registry) && !isDataUnder(row, lower) && !isUnitsRow(row, lower, registry)
      && (best === null || pair >= best.score)) {
      best = { headers: combined, first: r, last: r + 1, score: pair }
    }
  }
  const usable = best !== null && (best.headers.some(isTownshipHeader) || longColumns(best.headers) !== null)
  if (!best || !usable) {
    const first = all.findIndex(r => r.some(c => c !== ''))
    if (first === -1) return null
    best = { headers: [...(all[first] ?? [])], first, last: first, score: 0 }
  } else {
    // The chosen rows as written (the probe shortened long cells).
    const upper = all[best.first] ?? []
    best.headers = best.last === best.first ? [...upper] : combineHeaders(upper, all[best.last] ?? [], best.first, registry, merges)
  }
  let headers = best.headers
  let units = -1
  const next = all[best.last + 1]
  if (next && isUnitsRow(headers, next, registry)) {
    headers = applyUnits(headers, next)
    units = best.last + 1
  }
  return { headers, first: best.first, last: best.last, units }
}

/** Placeholder for a cell too long to be a header: not empty, not a number, no header word. */
const LONG_CELL = '…'

/** The first rows with cells longer than any header replaced by a placeholder, so scoring stays cheap on hostile input. */
export function headerProbe(rows: readonly (readonly string[])[], count: number): string[][] {
  return rows.slice(0, count).map(r => r.map(c => (c.length > MAX_HEADER_LENGTH ? LONG_CELL : c)))
}

/**
 * Is the lower row data under a one-row header rather than its sub-header? A sub-header leaves the
 * township, year and 序号 cells empty (they are merged down or left blank), holds no number and names
 * no second township column.
 */
function isDataUnder(upper: readonly string[], lower: readonly string[]): boolean {
  const hasTownship = upper.some(isTownshipHeader)
  return lower.some((cell, c) => cell !== '' && (isKeyColumn(upper[c] ?? '') || NUMBER.test(cell) || (hasTownship && isTownshipHeader(cell))))
}

const NUMBER = /^[\s\d.,，%％()（）+-]+$/u
