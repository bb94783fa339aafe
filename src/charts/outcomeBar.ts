// Stacked horizontal bars of case outcomes (复议: 维持/驳回/纠错/…; 诉讼: 胜诉/败诉/撤诉/未审结).

import type { BarSeriesOption, EChartsOption } from 'echarts'
import { baseOption, emptyOption, firstParam, formatNumber, missingTextSeries, titleOption, tooltipBase, tooltipLine, withUnit, type FormatterParams, fromBottom, fromTop, type PlotBox } from './common'
import { escapeHtml } from './escapeHtml'
import type { ChartTheme } from './theme'

export interface OutcomeBarPart {
  key: string
  label: string
  /** better/worse/pending take the theme's colours; others the palette. */
  tone?: 'better' | 'worse' | 'neutral' | 'pending'
}

export interface OutcomeBarRow {
  township: string
  /** Part key → count; null when not reported. */
  values: Readonly<Record<string, number | null>>
}

export interface OutcomeBarLabels {
  /** Text for a township with no part reported (e.g. 未报送). */
  missing: string
  noData: string
  total: string
  /** Unit of counts (件) and the percent axis name. */
  unit: string
  percentAxis: string
  /** Brackets around a remark, `{text}` replaced: '（{text}）' (default) or ' ({text})'. */
  paren?: string
  title?: string
  subtitle?: string
}

export interface OutcomeBarInput {
  rows: readonly OutcomeBarRow[]
  parts: readonly OutcomeBarPart[]
  /** absolute: counts; percent: each part's share of the reported parts' sum. */
  mode: 'absolute' | 'percent'
  labels: OutcomeBarLabels
  animation?: boolean
  /** The band of a picture to draw into (exports, slides); the whole container when absent. */
  box?: PlotBox
}

/** Sum of the reported parts of a row; null when none is reported. */
function rowTotal(row: OutcomeBarRow, parts: readonly OutcomeBarPart[]): number | null {
  let total: number | null = null
  for (const part of parts) {
    const v = row.values[part.key]
    if (typeof v === 'number' && Number.isFinite(v)) total = (total ?? 0) + v
  }
  return total
}

/** The share (percent) of one part, or null when the part is missing or the total is 0. */
export function partShare(value: number | null | undefined, total: number | null): number | null {
  if (value === null || value === undefined || total === null || total === 0) return null
  return value / total * 100
}

/** A #RRGGBB colour mixed with white by `amount` (0 = unchanged, 1 = white); other notations unchanged. */
export function lighten(color: string, amount: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color)
  if (!m?.[1] || amount <= 0) return color
  const n = Number.parseInt(m[1], 16)
  const mix = (shift: number) => Math.round(((n >> shift) & 255) + (255 - ((n >> shift) & 255)) * amount).toString(16).padStart(2, '0')
  return `#${mix(16)}${mix(8)}${mix(0)}`.toUpperCase()
}

/** Stacked bars, one per township, in input order top to bottom; rows with nothing reported show the missing text. */
export function outcomeBarOption(input: OutcomeBarInput, theme: ChartTheme): EChartsOption {
  const { rows, parts, labels, mode } = input
  if (rows.length === 0 || parts.length === 0) return emptyOption(labels.noData, theme)
  const totals = rows.map(r => rowTotal(r, parts))
  let paletteIndex = 0
  const toneSeen = new Map<string, number>()
  const colorOf = (part: OutcomeBarPart): string => {
    const toneColor = part.tone === 'better' ? theme.colors.better : part.tone === 'worse' ? theme.colors.worse : part.tone === 'pending' ? theme.colors.missing : null
    if (toneColor !== null) {
      // A second part of the same tone (维持 and 驳回 are both 'better') gets a lighter shade, so the stack stays readable.
      const seen = toneSeen.get(toneColor) ?? 0
      toneSeen.set(toneColor, seen + 1)
      return lighten(toneColor, Math.min(0.7, seen * 0.45))
    }
    const candidates = theme.palette.filter(c => c !== theme.colors.better && c !== theme.colors.worse)
    return candidates[paletteIndex++ % Math.max(1, candidates.length)] ?? theme.colors.neutral
  }
  const shown = (rowIndex: number, key: string): number | null => {
    const v = rows[rowIndex]?.values[key] ?? null
    return mode === 'percent' ? partShare(v, totals[rowIndex] ?? null) : v
  }

  const series: BarSeriesOption[] = parts.map(part => ({
    type: 'bar',
    name: part.label,
    stack: 'outcome',
    barMaxWidth: theme.barWidth,
    itemStyle: { color: colorOf(part), borderColor: theme.background, borderWidth: 1 },
    emphasis: { focus: 'series' },
    data: rows.map((_, i) => shown(i, part.key)),
  }))
  const missing = rows.flatMap((r, i) => (totals[i] === null ? [{ category: r.township, text: labels.missing }] : []))

  const tooltipFormatter = (params: FormatterParams): string => {
    const p = firstParam(params)
    const row = p ? rows[p.dataIndex] : undefined
    if (!p || !row) return ''
    const lines = [`<strong>${escapeHtml(row.township)}</strong>`]
    for (const part of parts) {
      const v = row.values[part.key] ?? null
      const share = partShare(v, totals[p.dataIndex] ?? null)
      const text = v === null ? labels.missing : `${withUnit(formatNumber(v), labels.unit)}${share === null ? '' : (labels.paren ?? '（{text}）').replace('{text}', `${formatNumber(share, 1)}%`)}`
      lines.push(tooltipLine(part.label, text))
    }
    lines.push(tooltipLine(labels.total, withUnit(formatNumber(totals[p.dataIndex]), labels.unit)))
    return lines.join('<br/>')
  }

  return {
    ...baseOption(theme, input.animation),
    title: titleOption(theme, labels.title, labels.subtitle, input.box),
    legend: { top: fromTop(input.box, labels.title || labels.subtitle ? theme.titleFontSize * 2.5 : 0), textStyle: { fontSize: theme.fontSize }, itemWidth: theme.fontSize * 1.5, itemHeight: theme.fontSize, data: parts.map(p => p.label) },
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltipFormatter },
    grid: {
      left: theme.fontSize, right: theme.fontSize * 3, top: fromTop(input.box, (labels.title || labels.subtitle ? theme.titleFontSize * 2.5 : 0) + theme.fontSize * 3),
      bottom: fromBottom(input.box, theme.fontSize * 3), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value', name: mode === 'percent' ? labels.percentAxis : labels.unit, max: mode === 'percent' ? 100 : undefined,
      axisLabel: { fontSize: theme.fontSize, color: theme.colors.mutedText }, splitLine: { lineStyle: { color: theme.colors.splitLine } },
    },
    yAxis: {
      type: 'category', inverse: true, data: rows.map(r => r.township),
      axisLabel: { interval: 0, fontSize: theme.fontSize, color: theme.colors.text }, axisTick: { show: false },
    },
    series: missing.length ? [...series, missingTextSeries(missing, theme, labels.missing)] : series,
  }
}
