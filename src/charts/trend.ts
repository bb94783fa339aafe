// Years on the x axis: the county median with its interquartile band, and a line per chosen township.

import type { EChartsOption, LineSeriesOption } from 'echarts'
import { baseOption, emptyOption, formatNumber, marksOf, noteTooltipLines, titleOption, tooltipBase, tooltipLine, withUnit, type ChartNote, type FormatterParams, fromBottom, fromTop, targetText, type ChartTarget, type PlotBox } from './common'
import { decimalsFor } from '../core/format'
import { escapeHtml } from './escapeHtml'
import type { ChartTheme } from './theme'

export interface TrendLabels {
  /** '（{unit}）' by default; ' ({unit})' in English. */
  unitSuffix?: string
  median: string
  /** Legend name of the band, e.g. 四分位区间 (P25–P75). */
  band: string
  noData: string
  title?: string
  subtitle?: string
}

export interface TrendInput {
  years: readonly number[]
  /** Values aligned with years; null breaks the line. */
  lines: readonly { township: string, values: readonly (number | null)[] }[]
  median: readonly (number | null)[]
  q1: readonly (number | null)[]
  q3: readonly (number | null)[]
  indicator: { label: string, unit: string }
  highlight?: readonly string[]
  labels: TrendLabels
  animation?: boolean
  /** The band of a picture to draw into (exports, slides); the whole container when absent. */
  box?: PlotBox
  /**
   * The clerk's notes: one on a drawn township in a year marks its point (①); one on a year (or on a
   * township not drawn) a vertical line at the year. Their texts are in the tooltip of the year.
   */
  notes?: readonly ChartNote[]
  /** The indicator's target the flags depend on (县定目标 95 %): a dotted line across the years, named in the legend. */
  target?: ChartTarget | null
}

const BAND_STACK = 'county-iqr'

/**
 * Line chart over years. The band is the stacked-area trick: an invisible base series at q1 and
 * a filled series of height q3 − q1 stacked on it; the tooltip reports q1 and q3 themselves.
 */
export function trendOption(input: TrendInput, theme: ChartTheme): EChartsOption {
  const { years, labels, indicator } = input
  if (years.length === 0) return emptyOption(labels.noData, theme)
  const at = (list: readonly (number | null)[], i: number): number | null => {
    const v = list[i]
    return v === undefined || v === null || !Number.isFinite(v) ? null : v
  }
  const bandBase = years.map((_, i) => (at(input.q1, i) !== null && at(input.q3, i) !== null ? at(input.q1, i) : null))
  const bandHeight = years.map((_, i) => {
    const lo = at(input.q1, i)
    const hi = at(input.q3, i)
    return lo !== null && hi !== null ? hi - lo : null
  })
  const highlight = new Set(input.highlight ?? [])
  const width = theme.lineWidth
  // One precision per unit (rates 1 decimal), as on every page.
  const decimals = decimalsFor(indicator.unit)

  const series: LineSeriesOption[] = [
    { type: 'line', name: `${labels.band}-base`, stack: BAND_STACK, data: bandBase, symbol: 'none', lineStyle: { opacity: 0 }, silent: true, tooltip: { show: false } },
    { type: 'line', name: labels.band, stack: BAND_STACK, data: bandHeight, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: theme.colors.band }, itemStyle: { color: theme.colors.band }, silent: true },
    { type: 'line', name: labels.median, data: years.map((_, i) => at(input.median, i)), symbolSize: theme.symbolSize, lineStyle: { type: 'dashed', width, color: theme.colors.reference }, itemStyle: { color: theme.colors.reference } },
    ...input.lines.map((line, k): LineSeriesOption => ({
      type: 'line',
      name: line.township,
      data: years.map((_, i) => at(line.values, i)),
      connectNulls: false,
      symbolSize: theme.symbolSize,
      lineStyle: { width: highlight.has(line.township) ? width * 1.6 : width },
      itemStyle: { color: highlight.has(line.township) ? theme.colors.highlight : theme.palette[k % theme.palette.length] },
      emphasis: { focus: 'series' },
    })),
  ]
  const lineOffset = 3
  const target = input.target ?? null
  const targetName = target ? targetText(target, decimals, indicator.unit) : ''
  // The target as a flat line of its own (after the townships', so their indices stay), so the legend names it.
  if (target) {
    series.push({
      type: 'line', name: targetName, data: years.map(() => target.value), symbol: 'none', silent: true, tooltip: { show: false },
      lineStyle: { type: 'dotted', width, color: theme.colors.worse }, itemStyle: { color: theme.colors.worse }, z: 1,
    })
  }

  // Notes: a point of a drawn township's line, else a line at the year.
  const notes = (input.notes ?? []).filter(n => n.year !== null && years.includes(n.year))
  const pointOf = (n: ChartNote): { k: number, value: number } | null => {
    const k = n.township === null ? -1 : input.lines.findIndex(l => l.township === n.township)
    const value = k < 0 || n.year === null ? null : at(input.lines[k]!.values, years.indexOf(n.year))
    return value === null ? null : { k, value }
  }
  const onLine = (n: ChartNote) => pointOf(n) !== null
  input.lines.forEach((line, k) => {
    const points = years.flatMap((year) => {
      const mark = marksOf(notes, n => n.year === year && n.township === line.township && onLine(n))
      const value = at(line.values, years.indexOf(year))
      return mark === '' || value === null ? [] : [{ name: mark, coord: [String(year), value], value: mark }]
    })
    if (points.length === 0) return
    series[lineOffset + k] = {
      ...series[lineOffset + k],
      markPoint: {
        symbol: 'pin', symbolSize: theme.fontSize * 2.6, silent: true, data: points,
        itemStyle: { color: theme.colors.highlight }, label: { color: '#fff', fontSize: theme.fontSize, fontWeight: 'bold' },
      },
    }
  })
  const yearLines = years.flatMap((year) => {
    const mark = marksOf(notes, n => n.year === year && !onLine(n))
    return mark === '' ? [] : [{ xAxis: String(year), label: { formatter: mark } }]
  })
  if (yearLines.length > 0) {
    series[2] = {
      ...series[2],
      markLine: {
        silent: true, symbol: 'none', data: yearLines,
        lineStyle: { type: 'dotted', color: theme.colors.highlight, width: Math.max(1, width - 1) },
        label: { position: 'end', color: theme.colors.highlight, fontSize: theme.fontSize, fontWeight: 'bold' },
      },
    }
  }

  const tooltipFormatter = (params: FormatterParams): string => {
    const list = Array.isArray(params) ? params : [params]
    const i = list[0]?.dataIndex
    if (i === undefined || years[i] === undefined) return ''
    const text = (v: number | null): string => withUnit(formatNumber(v, decimals), indicator.unit) || '—'
    const lines = [`<strong>${escapeHtml(String(years[i]))}</strong>`]
    lines.push(tooltipLine(labels.median, text(at(input.median, i))))
    if (bandHeight[i] !== null) lines.push(tooltipLine(labels.band, `${text(at(input.q1, i))} – ${text(at(input.q3, i))}`))
    for (const p of list) {
      const line = p.seriesIndex !== undefined ? input.lines[p.seriesIndex - lineOffset] : undefined
      if (line) lines.push(tooltipLine(line.township, text(at(line.values, i))))
    }
    if (target) lines.push(tooltipLine(target.label, `${target.bound === 'atMost' ? '≤ ' : ''}${text(target.value)}`))
    lines.push(...noteTooltipLines(notes, n => n.year === years[i]))
    return lines.join('<br/>')
  }

  return {
    ...baseOption(theme, input.animation),
    title: titleOption(theme, labels.title, labels.subtitle, input.box),
    legend: {
      top: fromTop(input.box, labels.title || labels.subtitle ? theme.titleFontSize * 2.5 : 0), textStyle: { fontSize: theme.fontSize },
      data: [labels.median, labels.band, ...input.lines.map(l => l.township), ...(target ? [targetName] : [])],
    },
    tooltip: { ...tooltipBase(theme), trigger: 'axis', formatter: tooltipFormatter },
    grid: {
      left: theme.fontSize * 2, right: theme.fontSize * 2, top: fromTop(input.box, (labels.title || labels.subtitle ? theme.titleFontSize * 2.5 : 0) + theme.fontSize * 4),
      bottom: fromBottom(input.box, theme.fontSize * 2), outerBoundsMode: 'same', outerBoundsContain: 'all',
    },
    xAxis: { type: 'category', boundaryGap: false, data: years.map(String), axisLabel: { fontSize: theme.fontSize } },
    yAxis: {
      type: 'value', name: indicator.unit ? `${indicator.label}${(labels.unitSuffix ?? '（{unit}）').replace('{unit}', indicator.unit)}` : indicator.label, scale: true,
      nameTextStyle: { fontSize: theme.fontSize }, axisLabel: { fontSize: theme.fontSize }, splitLine: { lineStyle: { color: theme.colors.splitLine } },
    },
    series,
  }
}
