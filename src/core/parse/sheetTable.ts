// A worksheet's grid of text → RawTable: header detection with merged group headers and a units row.
import { matchHeader, splitHeader } from '../registry'
import type { Registry } from '../types'
import { isTownshipHeader, isYearHeader } from './csv'
import { isBlankRow, type RawRow, type RawTable } from './table'

/** How many rows from the top we look for the header (title rows above it). */
const MAX_TITLE_LINES = 5

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
function unitOf(cell: string): string {
  return cell.normalize('NFKC').trim().replace(/^[([【〔]\s*|\s*[)\]】〕]$/g, '').replace(/^单位\s*[:：]?\s*/, '').trim()
}

/** Is this a header the table reader knows: an indicator, a township or a year column? */
function isKnownHeader(registry: Registry, text: string): boolean {
  return isTownshipHeader(text) || isYearHeader(text) || matchHeader(registry, text) !== null
}

/**
 * The lower row of a two-row header: under a header row naming the township (usually merged
 * down over both rows, so empty here), a row whose cells name indicators or the year.
 */
function isSubHeader(upper: readonly string[], lower: readonly string[], registry: Registry): boolean {
  const t = upper.findIndex(isTownshipHeader)
  if (t === -1 || (lower[t] ?? '').trim() !== '') return false
  return lower.some((cell, c) => c !== t && cell.trim() !== '' && isKnownHeader(registry, cell.trim()))
}

/**
 * One header from two rows. A merged group label (行政执法 over three columns) appears only in its
 * first cell, so it is carried right over the group. Each column takes the lower cell; the upper
 * one when the lower is empty (a header merged down); group + lower when only that names an indicator.
 */
function combineHeaders(upper: readonly string[], lower: readonly string[], registry: Registry): string[] {
  const width = Math.max(upper.length, lower.length)
  const out: string[] = []
  let group = ''
  for (let c = 0; c < width; c++) {
    const up = (upper[c] ?? '').trim()
    const low = (lower[c] ?? '').trim()
    if (up !== '') group = low === '' ? '' : up
    if (low === '') out.push(up)
    else if (group !== '' && !isKnownHeader(registry, low) && matchHeader(registry, group + low) !== null) out.push(group + low)
    else out.push(low)
  }
  return out
}

/** Is this row, right under the header, a units row: most non-empty indicator cells are known units? */
function isUnitsRow(headers: readonly string[], row: readonly string[], registry: Registry): boolean {
  const units = knownUnits(registry)
  let filled = 0
  let known = 0
  row.forEach((cell, c) => {
    const header = headers[c] ?? ''
    if (cell.trim() === '' || isTownshipHeader(header) || isYearHeader(header)) return
    filled++
    if (units.has(unitOf(cell))) known++
  })
  return filled > 0 && known * 2 > filled
}

/** Writes each unit into its header (`罚没金额` + `万元` → `罚没金额（万元）`) unless the header names one. */
function applyUnits(headers: readonly string[], row: readonly string[]): string[] {
  return headers.map((header, c) => {
    const unit = unitOf(row[c] ?? '')
    if (unit === '' || header === '' || isTownshipHeader(header) || isYearHeader(header)) return header
    return splitHeader(header).unit === null ? `${header}（${unit}）` : header
  })
}

/** Index after the last column that has a header or any value (empty trailing columns dropped). */
function usedWidth(rows: readonly (readonly string[])[]): number {
  let width = 0
  for (const r of rows) {
    for (let c = r.length - 1; c >= width; c--) {
      if ((r[c] ?? '').trim() !== '') { width = c + 1; break }
    }
  }
  return width
}

/**
 * Reads a grid (rows[i] is spreadsheet row i + 1) as a table. The header is the first row naming
 * a township column within the first rows, else the first non-blank row; a second header row
 * (merged group headers) and a units row under it are folded into the headers. Blank rows are
 * skipped but keep their numbers. Null when the grid is empty.
 */
export function sheetTable(grid: readonly (readonly string[])[], registry: Registry): RawTable | null {
  const width = usedWidth(grid)
  const rows = grid.map(r => r.slice(0, width).map(c => c.trim()))
  let h = rows.findIndex((r, i) => i < MAX_TITLE_LINES && r.some(isTownshipHeader))
  if (h === -1) h = rows.findIndex(r => !isBlankRow(r))
  if (h === -1) return null
  let headers = rows[h] ?? []
  let headerRow = h + 1
  let next = h + 1
  const lower = rows[next]
  if (lower && isSubHeader(headers, lower, registry)) {
    headers = combineHeaders(headers, lower, registry)
    headerRow = ++next
  }
  const units = rows[next]
  if (units && isUnitsRow(headers, units, registry)) {
    headers = applyUnits(headers, units)
    next++
  }
  const titleLines = rows.slice(0, h).map(r => r.filter(c => c !== '').join(' ')).filter(l => l !== '')
  const data: RawRow[] = []
  for (let i = next; i < rows.length; i++) {
    const cells = rows[i] ?? []
    if (!isBlankRow(cells)) data.push({ row: i + 1, cells })
  }
  return { headers, headerRow, rows: data, titleLines }
}
