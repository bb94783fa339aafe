// Two indicators against each other, one labelled point per township, optional median cross.

import type { EChartsOption, ScatterSeriesOption } from 'echarts'
import { baseOption, emptyOption, firstParam, formatNumber, titleOption, tooltipBase, tooltipLine, withUnit, type FormatterParams, fromBottom, fromTop, type PlotBox } from './common'
import { escapeHtml } from './escapeHtml'
import type { ChartTheme } from './theme'

export interface ScatterPoint {
  township: string
  x: number | null
  y: number | null
}

export interface ScatterAxis {
  label: string
  unit: string
  /** County median, drawn as a reference line when given. */
  median?: number | null
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

  const markLines: NonNullable<NonNullable<ScatterSeriesOption['markLine']>['data']> = []
  if (xIndicator.median !== undefined && xIndicator.median !== null) markLines.push({ xAxis: xIndicator.median, label: { formatter: `${labels.median} ${formatNumber(xIndicator.median)}` } })
  if (yIndicator.median !== undefined && yIndicator.median !== null) markLines.push({ yAxis: yIndicator.median, label: { formatter: `${labels.median} ${formatNumber(yIndicator.median)}` } })

  const tooltipFormatter = (params: FormatterParams): string => {
    const p = firstParam(params)
    const point = p && p.seriesIndex === 0 ? shown[p.dataIndex] : undefined
    if (!point) return ''
    return [
      `<strong>${escapeHtml(point.township)}</strong>`,
      tooltipLine(xIndicator.label, withUnit(formatNumber(point.x), xIndicator.unit)),
      tooltipLine(yIndicator.label, withUnit(formatNumber(point.y), yIndicator.unit)),
    ].join('<br/>')
  }

  return {
    ...baseOption(theme, input.animation),
    title: titleOption(theme, labels.title, left.length ? `${labels.missing}${labels.colon ?? '：'}${left.join(labels.separator ?? '、')}` : undefined),
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltipFormatter },
    grid: {
      left: theme.fontSize * 2, right: theme.fontSize * 6, top: fromTop(input.box, theme.titleFontSize * 4), bottom: fromBottom(input.box, theme.fontSize * 3),
      outerBoundsMode: 'same', outerBoundsContain: 'all',
    },
    xAxis: {
      type: 'value', name: axisName(xIndicator), nameLocation: 'middle', nameGap: theme.fontSize * 2, scale: true,
      nameTextStyle: { fontSize: theme.fontSize }, axisLabel: { fontSize: theme.fontSize }, splitLine: { lineStyle: { color: theme.colors.splitLine } },
    },
    yAxis: {
      type: 'value', name: axisName(yIndicator), nameTextStyle: { fontSize: theme.fontSize }, scale: true,
      axisLabel: { fontSize: theme.fontSize }, splitLine: { lineStyle: { color: theme.colors.splitLine } },
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
      labelLayout: { hideOverlap: true },
      markLine: markLines.length
        ? { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: theme.colors.reference, width: Math.max(1, theme.lineWidth - 1) }, label: { fontSize: theme.fontSize, color: theme.colors.reference }, data: markLines }
        : undefined,
    }],
  }
}
