// The heatmap's rows, columns and cells: directional indicators with data, cells coloured by the
// direction-aware percentile (100 = best) over all townships; at most `maxRows` rows (top and bottom).
import { decimalsFor, formatNumber } from '../format'
import type { Indicator } from '../types'
import type { CompareSeries } from './compareSeries'
import { percentileRanks } from './ranking'

/** Rows drawn at most; with more townships the first and last maxRows / 2 of the order are shown. */
export const HEATMAP_MAX_ROWS = 200

export interface HeatmapDataOptions {
  label: (indicator: Indicator) => string
  /** Unit of the compared figures (件/万人 when normalized). */
  unitOf: (series: CompareSeries) => string
  /** Cell text of flags: 1 → yes, 0 → no. */
  yes: string
  no: string
  /** Cell text per row status for cells without a value (未报送, 未填报, 不适用 …). */
  status: Readonly<Record<string, string>>
  maxRows?: number
}

/** One cell: a township's percentile on an indicator (100 = best; null: grey) and its figure (its text: HeatmapData.withText). */
export interface HeatmapCell {
  township: string
  indicator: string
  /** 0–100, 100 = best; null: grey cell. */
  percentile: number | null
  value: number | null
  /** Text in the cell (e.g. 不适用 for a cell without a value); formatted value with unit, or labels.missing, when absent. */
  text?: string
}

/** One column: an indicator, its label (wrapped onto short lines) and the unit of its figures. */
export interface HeatmapColumn { id: string, label: string, unit: string }

export interface HeatmapData {
  townships: string[]
  indicators: HeatmapColumn[]
  cells: HeatmapCell[]
  /** Neutral indicators left out: their percentile would say nothing about better or worse. */
  neutralLeftOut: number
  /** Indicators nobody reported for the year, left out. */
  emptyLeftOut: number
  /** True when only the top and bottom of the order are shown. */
  limited: boolean
  /**
   * A cell with its text: a figure's is formatted only when its row is drawn (a province's heatmap has
   * 45,000 cells and draws 40 rows at a time); the text of a flag or of a cell without a value is set already.
   */
  withText: (cell: HeatmapCell) => HeatmapCell
}

/** The first and last `max / 2` names when there are more than `max`; all of them otherwise. */
export function limitRows(order: readonly string[], max: number): { townships: string[], limited: boolean } {
  if (order.length <= max) return { townships: [...order], limited: false }
  const half = Math.floor(max / 2)
  return { townships: [...order.slice(0, half), ...order.slice(order.length - half)], limited: true }
}

/**
 * Breaks a column label into balanced lines of at most `width` characters (执法培训参训人次 at 7 →
 * 执法培训 / 参训人次); labels with spaces (English) break between words at about twice the width.
 */
export function wrapLabel(text: string, width: number): string {
  if (text.includes(' ')) {
    const lines: string[] = []
    for (const word of text.split(/\s+/)) {
      const last = lines.at(-1)
      if (last !== undefined && last.length + 1 + word.length <= width * 2) lines[lines.length - 1] = `${last} ${word}`
      else lines.push(word)
    }
    return lines.join('\n')
  }
  const chars = [...text]
  const size = Math.ceil(chars.length / Math.ceil(chars.length / Math.max(1, width)))
  const lines: string[] = []
  for (let i = 0; i < chars.length; i += size) lines.push(chars.slice(i, i + size).join(''))
  return lines.join('\n')
}

/** A cell's text known without formatting a number: its status's or its flag's words; undefined for a figure. */
function fixedText(value: number | null, status: string, s: CompareSeries, opts: HeatmapDataOptions): string | undefined {
  if (value === null) return opts.status[status]
  if (s.indicator.kind === 'flag') return value > 0 ? opts.yes : opts.no
  return undefined
}

/** A figure's text: the one precision of the shown unit, as the ranking's labels (decimalsFor): rates 1 decimal, else at most 2. */
function figureText(value: number, s: CompareSeries): string {
  const decimals = decimalsFor(s.normalized && s.mode !== 'raw' ? '' : s.indicator.unit)
  const text = formatNumber(value, 'zh-CN', decimals)
  return s.indicator.unit === '%' ? `${text}%` : text
}

/** Columns, rows and cells of the heatmap for the given series, rows in `order`. */
export function heatmapData(series: readonly CompareSeries[], order: readonly string[], opts: HeatmapDataOptions): HeatmapData {
  const directional = series.filter(s => s.indicator.direction !== 'neutral')
  const columns = directional.filter(s => s.completeness.withValue > 0)
  const { townships, limited } = limitRows(order, opts.maxRows ?? HEATMAP_MAX_ROWS)
  const shown = new Set(townships)
  const byId = new Map(columns.map(s => [s.indicator.id, s]))
  const cells: HeatmapCell[] = []
  for (const s of columns) {
    for (const row of percentileRanks(s.rows, s.indicator.direction)) {
      if (!shown.has(row.township)) continue
      const text = fixedText(row.value, row.status, s, opts)
      cells.push({ township: row.township, indicator: s.indicator.id, percentile: row.percentile, value: row.value, ...(text === undefined ? {} : { text }) })
    }
  }
  return {
    townships,
    indicators: columns.map(s => ({ id: s.indicator.id, label: wrapLabel(opts.label(s.indicator), columns.length > 6 ? 7 : 10), unit: opts.unitOf(s) })),
    cells,
    neutralLeftOut: series.length - directional.length,
    emptyLeftOut: directional.length - columns.length,
    limited,
    withText: (cell) => {
      const s = cell.text === undefined && cell.value !== null ? byId.get(cell.indicator) : undefined
      return s === undefined || cell.value === null ? cell : { ...cell, text: figureText(cell.value, s) }
    },
  }
}
