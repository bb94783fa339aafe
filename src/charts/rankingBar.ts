// Ranked horizontal bars of one indicator: best at the top, county mean and median lines.

import type { BarSeriesOption, EChartsOption } from 'echarts'
import type { Indicator } from '../core/types'
import { baseOption, emptyOption, firstParam, formatNumber, fromBottom, fromTop, marksOf, missingTextSeries, noteTooltipLines, targetText, titleOption, tooltipBase, tooltipLine, withUnit, type ChartNote, type ChartTarget, type FormatterParams, type PlotBox } from './common'
import { escapeHtml } from './escapeHtml'
import { legendColor, legendGraphic, legendLineHeight, legendLines, type ChartLegend, type LegendColor, type LegendItem } from './legend'
import type { ChartTheme } from './theme'

export interface RankingBarRow {
  township: string
  /** null: no bar, the row shows the missing text instead (never drawn as 0). */
  value: number | null
  rank?: number | null
  approx?: boolean
  /** Row status (e.g. 'missing', 'not-applicable'); picks labels.status[status] as the text shown. */
  status?: string
}

export interface RankingBarLabels {
  mean: string
  median: string
  rank: string
  value: string
  noData: string
  /** Prefix for approximate values, e.g. 约. */
  approx?: string
  title?: string
  subtitle?: string
  /** Text per row status for rows without a value; missingLabel when absent. */
  status?: Readonly<Record<string, string>>
}

export interface RankingBarInput {
  /** Ranked rows, best first, missing last (rankTownships). */
  rows: readonly RankingBarRow[]
  indicator: Pick<Indicator, 'direction' | 'label_zh'>
  /** Unit shown with values and on the axis, e.g. 件, %, 件/万人. */
  unit: string
  mean: number | null
  median: number | null
  /**
   * The indicator's target (达标 line), drawn as a third reference line, e.g. { value: 95, label: '县定目标' };
   * with a target the bars say whether they meet it (the flags depend on it), else how they stand to the median.
   */
  target?: RankingTarget | null
  highlight?: readonly string[]
  /** Text for rows without a value, e.g. 未报送. */
  missingLabel: string
  labels: RankingBarLabels
  decimals?: number
  /** What the colours mean (rankingLegend), drawn above the plot; none when absent. */
  legend?: ChartLegend
  /** Width (px) the legend is wrapped to on screen, where the panel's is not known; a picture's box width when drawn into one. */
  legendWidth?: number
  /** Overrides the theme (off for export and slides). */
  animation?: boolean
  /** The band of a picture to draw into (exports, slides); the whole container when absent. */
  box?: PlotBox
  /** The clerk's notes on the chart: a township's marker (①) follows its value; the text is in the tooltip. */
  notes?: readonly ChartNote[]
  /** A fixed value axis (a window of a longer ranking keeps the axis of all its rows); ECharts' own from the rows when absent. */
  valueRange?: { min: number, max: number, interval?: number } | null
}

/** Rows shown at once before the y axis gets a zoom slider. */
export const RANKING_VISIBLE_ROWS = 40

/** A container height (px) at which bars and labels of `rowCount` rows do not overlap. */
export function rankingBarHeight(rowCount: number, theme: ChartTheme): number {
  const visible = Math.max(1, Math.min(rowCount, RANKING_VISIBLE_ROWS))
  return Math.round(visible * Math.max(theme.barWidth * 1.7, theme.fontSize * 1.6) + theme.titleFontSize * 3 + theme.fontSize * 4)
}

export type RankingTarget = ChartTarget

/** Why a bar has its colour. */
export type BarTone = 'highlight' | 'meets' | 'misses' | 'better' | 'worse' | 'equal' | 'neutral'

type ToneInput = Pick<RankingBarInput, 'indicator' | 'median' | 'target' | 'highlight'>

/**
 * A bar's tone: highlight wins; with a target, meets or misses it; else directional indicators compare
 * with the median (equal, or no median: neutral); neutral indicators one colour.
 */
export function barTone(row: RankingBarRow, input: ToneInput): BarTone {
  if (input.highlight?.includes(row.township)) return 'highlight'
  const { target } = input
  if (target && row.value !== null) return (target.bound === 'atMost' ? row.value <= target.value : row.value >= target.value) ? 'meets' : 'misses'
  const { direction } = input.indicator
  if (direction === 'neutral' || input.median === null || row.value === null) return 'neutral'
  if (row.value === input.median) return 'equal'
  return (row.value > input.median) === (direction === 'higher_better') ? 'better' : 'worse'
}

const TONE_COLOR: Readonly<Record<BarTone, LegendColor>> = { highlight: 'highlight', meets: 'better', misses: 'worse', better: 'better', worse: 'worse', equal: 'neutral', neutral: 'neutral' }

/** The legend's words: one per tone, and the text of rows without a bar ({list}: 未报送、不适用). */
export type RankingLegendWords = Readonly<Record<BarTone, string>> & { noBar: string, listSeparator?: string }

/**
 * What the colours of these rows mean, in the order of the tones: only the tones the rows use, then,
 * when rows have no bar, that they are not 0 (naming their texts, e.g. 无柱：未报送、不适用（不是 0）).
 */
export function rankingLegend(input: ToneInput & { rows: readonly RankingBarRow[], missingTexts: readonly string[] }, words: RankingLegendWords): LegendItem[] {
  const used = new Set(input.rows.filter(r => r.value !== null || input.highlight?.includes(r.township)).map(r => barTone(r, input)))
  const order: BarTone[] = ['meets', 'misses', 'better', 'equal', 'worse', 'neutral', 'highlight']
  const items: LegendItem[] = order.filter(t => used.has(t)).map(t => ({ label: words[t], color: TONE_COLOR[t], mark: 'swatch' }))
  const texts = [...new Set(input.missingTexts)]
  if (texts.length > 0) items.push({ label: words.noBar.replace('{list}', texts.join(words.listSeparator ?? '、')), color: 'missing', mark: 'text' })
  return items
}

const barColor = (row: RankingBarRow, input: RankingBarInput, theme: ChartTheme): string => legendColor(TONE_COLOR[barTone(row, input)], theme)

/** The texts of the rows without a value (their status's, or the missing label). */
export function missingTexts(rows: readonly RankingBarRow[], labels: Pick<RankingBarLabels, 'status'>, missingLabel: string): string[] {
  return rows.filter(r => r.value === null).map(r => (r.status && labels.status?.[r.status]) || missingLabel)
}

/** Horizontal ranked bars with value labels, 平均/中位数 lines and the missing rows at the bottom. */
export function rankingBarOption(input: RankingBarInput, theme: ChartTheme): EChartsOption {
  const { rows, labels, unit } = input
  if (rows.length === 0) return emptyOption(labels.noData, theme)
  const decimals = input.decimals ?? 2
  const valueText = (row: RankingBarRow): string => {
    const text = withUnit(formatNumber(row.value, decimals), unit)
    return row.approx && labels.approx ? `${labels.approx}${text}` : text
  }
  const markOf = (row: RankingBarRow): string => marksOf(input.notes, n => n.township === row.township)
  const missingText = (row: RankingBarRow): string => (row.status && labels.status?.[row.status]) || input.missingLabel
  const markedMissing = (row: RankingBarRow): string => [missingText(row), markOf(row)].filter(p => p !== '').join(' ')
  const zoom = rows.length > RANKING_VISIBLE_ROWS
  // Room above the plot for the two stacked reference-line labels (mean lower, median upper);
  // with the inverted y axis a vertical markLine starts at the top.
  const target = input.target ?? null
  const legend = input.legend ?? []
  const titleBand = labels.title || labels.subtitle ? theme.titleFontSize * 3 : 0
  // On screen the panel's width is not known here: the entry's guess, else 48 type sizes (624 px on the desk).
  const legendWidth = input.box?.width ?? input.legendWidth ?? theme.fontSize * 48
  const legendBand = legendLines(legend, theme, legendWidth) * legendLineHeight(theme)
  const gridTop = fromTop(input.box, titleBand + legendBand + theme.fontSize * (target ? 4.8 : 3.5))
  const gridBottom = fromBottom(input.box, theme.fontSize * 3)
  const highlight = new Set(input.highlight ?? [])

  const markLineData: NonNullable<NonNullable<BarSeriesOption['markLine']>['data']> = []
  if (input.mean !== null) {
    markLineData.push({ name: labels.mean, xAxis: input.mean, lineStyle: { type: 'dashed' }, label: { formatter: `${labels.mean} ${formatNumber(input.mean, decimals)}`, position: 'start', distance: theme.fontSize * 0.3 } })
  }
  if (input.median !== null) {
    markLineData.push({ name: labels.median, xAxis: input.median, lineStyle: { type: 'solid' }, label: { formatter: `${labels.median} ${formatNumber(input.median, decimals)}`, position: 'start', distance: theme.fontSize * 1.6 } })
  }
  if (target) {
    markLineData.push({
      name: target.label, xAxis: target.value, lineStyle: { type: 'dotted', color: theme.colors.worse, width: theme.lineWidth },
      label: { formatter: targetText(target, decimals), position: 'start', distance: theme.fontSize * 2.9, color: theme.colors.worse },
    })
  }

  const bars: BarSeriesOption = {
    type: 'bar',
    name: labels.value,
    barMaxWidth: theme.barWidth,
    data: rows.map(row => row.value === null
      ? null
      : { value: row.value, itemStyle: { color: barColor(row, input, theme) }, label: { formatter: markOf(row) ? `${valueText(row)} {note|${markOf(row)}}` : valueText(row) } }),
    label: { show: true, position: 'right', color: theme.colors.text, fontSize: theme.fontSize, rich: { note: { color: theme.colors.highlight, fontWeight: 'bold', fontSize: theme.fontSize } } },
    markLine: markLineData.length
      ? { silent: true, symbol: 'none', lineStyle: { color: theme.colors.reference, width: Math.max(1, theme.lineWidth - 1) }, label: { color: theme.colors.reference, fontSize: theme.fontSize }, data: markLineData }
      : undefined,
  }
  const missing = rows.filter(r => r.value === null).map(r => ({ category: r.township, text: markedMissing(r) }))

  const tooltipFormatter = (params: FormatterParams): string => {
    const p = firstParam(params)
    const row = p && p.seriesIndex === 0 ? rows[p.dataIndex] : undefined
    if (!row) return ''
    const lines = [`<strong>${escapeHtml(row.township)}</strong>`]
    lines.push(tooltipLine(labels.value, row.value === null ? missingText(row) : valueText(row)))
    if (row.rank !== undefined && row.rank !== null) lines.push(tooltipLine(labels.rank, String(row.rank)))
    lines.push(...noteTooltipLines(input.notes, n => n.township === row.township))
    return lines.join('<br/>')
  }

  return {
    ...baseOption(theme, input.animation),
    title: titleOption(theme, labels.title, labels.subtitle, input.box),
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltipFormatter },
    grid: {
      left: theme.fontSize, right: theme.fontSize * (zoom ? 8 : 6),
      top: gridTop, bottom: gridBottom, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value', name: unit, nameTextStyle: { fontSize: theme.fontSize }, nameGap: theme.fontSize,
      ...(input.valueRange ? { min: input.valueRange.min, max: input.valueRange.max, ...(input.valueRange.interval ? { interval: input.valueRange.interval } : {}) } : {}),
      axisLabel: { fontSize: theme.fontSize, color: theme.colors.mutedText },
      splitLine: { lineStyle: { color: theme.colors.splitLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map(r => ({ value: r.township, textStyle: highlight.has(r.township) ? { color: theme.colors.highlight, fontWeight: 'bold' } : {} })),
      axisLabel: { interval: 0, fontSize: theme.fontSize, color: theme.colors.text },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: theme.colors.axis } },
    },
    // Only when needed: even an empty dataZoom key makes ECharts ask for its module, which the first screen does not load.
    ...(zoom
      ? {
          dataZoom: [
            { type: 'inside', yAxisIndex: 0, startValue: 0, endValue: RANKING_VISIBLE_ROWS - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true },
            { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: RANKING_VISIBLE_ROWS - 1, right: theme.fontSize, width: theme.fontSize * 1.5, showDetail: false, ...(input.box ? { top: gridTop, bottom: gridBottom } : {}) },
          ],
        }
      : {}),
    ...(legend.length ? { graphic: legendGraphic(legend, theme, fromTop(input.box, titleBand), legendWidth) } : {}),
    series: missing.length ? [bars, missingTextSeries(missing, theme, input.missingLabel)] : [bars],
  }
}
