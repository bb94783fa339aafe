// Two indicators against each other, one labelled point per township, optional median cross.

import type { EChartsOption, ScatterSeriesOption } from 'echarts'
import { baseOption, emptyOption, firstParam, formatNumber, titleOption, tooltipBase, tooltipLine, withUnit, type FormatterParams, fromBottom, fromTop, targetText, type ChartTarget, type PlotBox } from './common'
import { decimalsFor } from '../core/format'
import { escapeHtml } from './escapeHtml'
import type { ChartTheme } from './theme'

/** The counts behind a rate (5 of 6 cases won), shown beside it in the tooltip. */
export interface RateCounts { num: number, den: number, unit: string }

export interface ScatterPoint {
  township: string
  x: number | null
  y: number | null
  xCount?: RateCounts | null
  yCount?: RateCounts | null
}

/** A label's or a symbol's box in px. */
export interface Rect { x: number, y: number, width: number, height: number }

/** Overlap beyond ECharts' touch threshold (0.05 px): what its hideOverlap counts as covering. */
export function rectsOverlap(a: Rect, b: Rect, touch = 0.05): boolean {
  return a.x < b.x + b.width - touch && b.x < a.x + a.width - touch && a.y < b.y + b.height - touch && b.y < a.y + a.height - touch
}

/**
 * The labels hideOverlap hides, as ECharts does it: in order (labels of equal priority, the points'
 * symbols being one size), a label is kept unless it covers one kept before it. Returns each hidden
 * label's index with the index of the kept label that covers it; undefined rects (no label) are skipped.
 */
export function hiddenLabels(rects: readonly (Rect | undefined)[]): Map<number, number> {
  const kept: number[] = []
  const hidden = new Map<number, number>()
  rects.forEach((rect, i) => {
    if (!rect) return
    const by = kept.find(k => rectsOverlap(rects[k]!, rect))
    if (by === undefined) kept.push(i)
    else hidden.set(i, by)
  })
  return hidden
}

/**
 * Collects the label boxes ECharts lays out (its labelLayout callback, once per label and pass) so the
 * tooltip can name the labels hideOverlap hid. A label seen twice starts a new pass.
 */
export function labelBook(): { record: (index: number, rect: Rect) => void, hidden: () => Map<number, number> } {
  let rects: (Rect | undefined)[] = []
  let cache: Map<number, number> | null = null
  return {
    record(index, rect) {
      if (rects[index] !== undefined) rects = []
      rects[index] = rect
      cache = null
    },
    hidden: () => (cache ??= hiddenLabels(rects)),
  }
}

export interface ScatterAxis {
  label: string
  unit: string
  /** County median, drawn as a reference line when given. */
  median?: number | null
  /** The axis indicator's target the flags depend on (县定目标 95 %), drawn as a dotted line in the 'worse' colour. */
  target?: ChartTarget | null
}

export interface ScatterLabels {
  /** '（{unit}）' by default; ' ({unit})' in English. */
  unitSuffix?: string
  /** '、' and '：' by default. */
  separator?: string
  colon?: string
  median: string
  noData: string
  /** Lead text of the subtitle listing townships left out for a missing value, e.g. 未报送. */
  missing: string
  title?: string
  /** Brackets around the counts beside a rate, `{text}` replaced by '5 / 6 件': '（{text}）' by default. */
  counts?: string
  /** Tooltip line naming the labels hidden under this point's: '此处未标注：{list}'. */
  hiddenHere?: string
  /** Tooltip line of a point whose label is hidden under another's: '名称与 {name} 重叠，未标注'. */
  hiddenUnder?: string
}

export interface ScatterInput {
  points: readonly ScatterPoint[]
  xIndicator: ScatterAxis
  yIndicator: ScatterAxis
  highlight?: readonly string[]
  labels: ScatterLabels
  animation?: boolean
  /** The band of a picture to draw into (exports, slides); the whole container when absent. */
  box?: PlotBox
}

const present = (p: ScatterPoint): p is ScatterPoint & { x: number, y: number } => p.x !== null && p.y !== null && Number.isFinite(p.x) && Number.isFinite(p.y)

/** Scatter of townships; those missing either value are left out and named in the subtitle. */
export function scatterOption(input: ScatterInput, theme: ChartTheme): EChartsOption {
  const { labels, xIndicator, yIndicator } = input
  const shown = input.points.filter(present)
  if (shown.length === 0) return emptyOption(labels.noData, theme)
  const left = input.points.filter(p => !present(p)).map(p => p.township)
  const highlight = new Set(input.highlight ?? [])
  const axisName = (a: ScatterAxis): string => (a.unit ? `${a.label}${(labels.unitSuffix ?? '（{unit}）').replace('{unit}', a.unit)}` : a.label)

  // The unit on the ticks of a % axis (90%), so it stays in view when the axis name is read from afar.
  const tick = (a: ScatterAxis) => (a.unit === '%' ? (v: number) => `${formatNumber(v, 1)}%` : (v: number) => formatNumber(v))
  // Room left of the plot for the y ticks' widest text, then the turned y name.
  const yTicks = shown.map(p => `${formatNumber(p.y)}${yIndicator.unit === '%' ? '%' : ''}`)
  const yNameGap = theme.fontSize * (0.8 + 0.6 * Math.max(3, ...yTicks.map(t => t.length)))
  const markLines: NonNullable<NonNullable<ScatterSeriesOption['markLine']>['data']> = []
  if (xIndicator.median !== undefined && xIndicator.median !== null) markLines.push({ xAxis: xIndicator.median, label: { formatter: `${labels.median} ${withUnit(formatNumber(xIndicator.median, decimalsFor(xIndicator.unit)), xIndicator.unit)}` } })
  if (yIndicator.median !== undefined && yIndicator.median !== null) markLines.push({ yAxis: yIndicator.median, label: { formatter: `${labels.median} ${withUnit(formatNumber(yIndicator.median, decimalsFor(yIndicator.unit)), yIndicator.unit)}` } })
  // Targets: dotted, in the colour of a miss, named inside the plot at the line's start (the medians' names are at its far end).
  const targetLine = { type: 'dotted' as const, color: theme.colors.worse, width: theme.lineWidth }
  const targetLabel = (a: ScatterAxis, t: ChartTarget) => ({ formatter: targetText(t, decimalsFor(a.unit), a.unit), position: 'insideStartTop' as const, color: theme.colors.worse })
  if (xIndicator.target) markLines.push({ xAxis: xIndicator.target.value, lineStyle: targetLine, label: targetLabel(xIndicator, xIndicator.target) })
  if (yIndicator.target) markLines.push({ yAxis: yIndicator.target.value, lineStyle: targetLine, label: targetLabel(yIndicator, yIndicator.target) })

  const figureText = (v: number, axis: ScatterAxis, count: RateCounts | null | undefined): string => {
    const text = withUnit(formatNumber(v, decimalsFor(axis.unit)), axis.unit)
    if (!count) return text
    return `${text}${(labels.counts ?? '（{text}）').replace('{text}', withUnit(`${formatNumber(count.num)} / ${formatNumber(count.den)}`, count.unit))}`
  }
  const book = labelBook()
  const tooltipFormatter = (params: FormatterParams): string => {
    const p = firstParam(params)
    const point = p && p.seriesIndex === 0 ? shown[p.dataIndex] : undefined
    if (!p || !point) return ''
    const hidden = book.hidden()
    const under = hidden.get(p.dataIndex)
    // Points drawn on one spot share a tooltip's list: the top one is the one under the mouse, whoever's name shows.
    const spot = new Set(shown.flatMap((q, i) => (q.x === point.x && q.y === point.y ? [i] : [])))
    const here = [...hidden].filter(([i, by]) => spot.has(by) && i !== p.dataIndex).map(([i]) => shown[i]?.township ?? '')
    return [
      `<strong>${escapeHtml(point.township)}</strong>`,
      ...(under !== undefined && labels.hiddenUnder ? [escapeHtml(labels.hiddenUnder.replace('{name}', shown[under]?.township ?? ''))] : []),
      ...(here.length > 0 && labels.hiddenHere ? [escapeHtml(labels.hiddenHere.replace('{list}', here.join(labels.separator ?? '、')))] : []),
      tooltipLine(xIndicator.label, figureText(point.x, xIndicator, point.xCount)),
      tooltipLine(yIndicator.label, figureText(point.y, yIndicator, point.yCount)),
    ].join('<br/>')
  }

  // Room for the title block (a title, the list of townships left out), then for the median's name above the plot.
  const titleBand = (labels.title ? theme.titleFontSize * 1.6 : 0) + (left.length ? theme.fontSize * 2 : 0)
  return {
    ...baseOption(theme, input.animation),
    title: titleOption(theme, labels.title, left.length ? `${labels.missing}${labels.colon ?? '：'}${left.join(labels.separator ?? '、')}` : undefined, input.box),
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltipFormatter },
    grid: {
      left: theme.fontSize * 2, right: theme.fontSize * 6, top: fromTop(input.box, titleBand + theme.fontSize * 2.5), bottom: fromBottom(input.box, theme.fontSize * 3),
      outerBoundsMode: 'same', outerBoundsContain: 'all',
    },
    // Axis names outside the plot (x below its ticks, y turned along the left of its ticks) and a margin
    // inside it, so that no point's label reaches an axis title.
    xAxis: {
      type: 'value', name: axisName(xIndicator), nameLocation: 'middle', nameGap: theme.fontSize * 2, scale: true, boundaryGap: ['6%', '10%'],
      nameTextStyle: { fontSize: theme.fontSize }, axisLabel: { fontSize: theme.fontSize, formatter: tick(xIndicator) }, splitLine: { lineStyle: { color: theme.colors.splitLine } },
    },
    yAxis: {
      type: 'value', name: axisName(yIndicator), nameLocation: 'middle', nameRotate: 90, nameGap: yNameGap, scale: true, boundaryGap: ['8%', '8%'],
      nameTextStyle: { fontSize: theme.fontSize }, axisLabel: { fontSize: theme.fontSize, formatter: tick(yIndicator) }, splitLine: { lineStyle: { color: theme.colors.splitLine } },
    },
    series: [{
      type: 'scatter',
      name: axisName(yIndicator),
      symbolSize: theme.symbolSize * 2,
      data: shown.map(p => ({
        value: [p.x, p.y],
        name: p.township,
        itemStyle: { color: highlight.has(p.township) ? theme.colors.highlight : theme.colors.neutral, borderColor: theme.background, borderWidth: 1 },
        label: { fontWeight: highlight.has(p.township) ? 'bold' : 'normal' },
      })),
      // '{b}' substitutes the name once; a name used as the template itself could contain {c} etc.
      label: { show: true, formatter: '{b}', position: 'right', fontSize: theme.fontSize, color: theme.colors.text },
      // ECharts hides a label that covers one before it; the book keeps the boxes so the tooltip can name them.
      labelLayout: (params: { dataIndex?: number, labelRect?: Rect }) => {
        if (params.dataIndex !== undefined && params.labelRect) book.record(params.dataIndex, { ...params.labelRect })
        return { hideOverlap: true }
      },
      markLine: markLines.length
        ? { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: theme.colors.reference, width: Math.max(1, theme.lineWidth - 1) }, label: { fontSize: theme.fontSize, color: theme.colors.reference }, data: markLines }
        : undefined,
    },
    // Invisible points at the targets, so the axes reach them and their lines are drawn.
    ...(xIndicator.target || yIndicator.target
      ? [{
          type: 'scatter' as const, silent: true, symbolSize: 0, tooltip: { show: false }, label: { show: false },
          data: [
            ...(xIndicator.target ? [[xIndicator.target.value, shown[0]!.y]] : []),
            ...(yIndicator.target ? [[shown[0]!.x, yIndicator.target.value]] : []),
          ],
        }]
      : []),
    ],
  }
}
