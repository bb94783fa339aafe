// One township's percentiles (0–100, 100 = best) against the county median (50) on a radar.

import type { EChartsOption } from 'echarts'
import { baseOption, emptyOption, formatNumber, fromBottom, titleOption, tooltipBase, tooltipLine, type FormatterParams, type PlotBox } from './common'
import { escapeHtml } from './escapeHtml'
import type { ChartTheme } from './theme'

export interface RadarLabels {
  median: string
  percentile: string
  /** Appended to an axis whose value is missing, e.g. 未报送. */
  missing: string
  noData: string
  /** Brackets around a remark, `{text}` replaced: '（{text}）' (default) or ' ({text})'. */
  paren?: string
  title?: string
  subtitle?: string
}

export interface RadarInput {
  indicators: readonly { id: string, label: string }[]
  township: string
  /** Aligned with indicators; null where the township has no value. */
  percentiles: readonly (number | null)[]
  /** Reference polygon; the county median is the 50th percentile by definition. */
  median?: number
  labels: RadarLabels
  animation?: boolean
  /** The band of a picture to draw into (exports, slides); the whole container when absent. */
  box?: PlotBox
}

/** Radius 62 % of the half-side and centre a little below the middle, of the container or the box's band (px). */
function radarPlace(box: PlotBox | undefined): { radius: number | string, center: (number | string)[] } {
  if (!box) return { radius: '62%', center: ['50%', '54%'] }
  const band = box.height - box.top - box.bottom
  return { radius: 0.62 * Math.min(box.width, band) / 2, center: ['50%', box.top + 0.54 * band] }
}

/**
 * Radar on a fixed 0–100 scale. A missing percentile is not drawn as 0: the axis name says
 * 未报送 and the point sits at the centre (ECharts' rendering of a missing radar value).
 */
export function radarOption(input: RadarInput, theme: ChartTheme): EChartsOption {
  const { indicators, labels } = input
  if (indicators.length === 0) return emptyOption(labels.noData, theme)
  const median = input.median ?? 50
  const percentile = (i: number): number | null => {
    const v = input.percentiles[i]
    return v === undefined || v === null || !Number.isFinite(v) ? null : v
  }
  const axisName = (label: string, i: number): string => (percentile(i) === null ? `${label}${(labels.paren ?? '（{text}）').replace('{text}', labels.missing)}` : label)

  const tooltipFormatter = (params: FormatterParams): string => {
    const p = Array.isArray(params) ? params[0] : params
    if (!p) return ''
    const isTownship = p.dataIndex === 1
    const lines = [`<strong>${escapeHtml(isTownship ? input.township : labels.median)}</strong>`]
    indicators.forEach((ind, i) => {
      const v = isTownship ? percentile(i) : median
      lines.push(tooltipLine(ind.label, v === null ? labels.missing : formatNumber(v, 0)))
    })
    return lines.join('<br/>')
  }

  return {
    ...baseOption(theme, input.animation),
    title: titleOption(theme, labels.title, labels.subtitle, input.box),
    legend: { bottom: fromBottom(input.box, 0), textStyle: { fontSize: theme.fontSize }, data: [labels.median, input.township] },
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltipFormatter },
    radar: {
      indicator: indicators.map((ind, i) => ({ name: axisName(ind.label, i), min: 0, max: 100 })),
      ...radarPlace(input.box),
      splitNumber: 4,
      axisName: { fontSize: theme.fontSize, color: theme.colors.text },
      axisLine: { lineStyle: { color: theme.colors.axis } },
      splitLine: { lineStyle: { color: theme.colors.splitLine } },
    },
    series: [{
      type: 'radar',
      name: labels.percentile,
      symbolSize: theme.symbolSize,
      data: [
        { name: labels.median, value: indicators.map(() => median), lineStyle: { type: 'dashed', width: theme.lineWidth, color: theme.colors.reference }, itemStyle: { color: theme.colors.reference }, symbol: 'none' },
        { name: input.township, value: indicators.map((_, i) => percentile(i) ?? '-'), lineStyle: { width: theme.lineWidth, color: theme.colors.highlight }, itemStyle: { color: theme.colors.highlight }, areaStyle: { color: theme.colors.highlight, opacity: 0.2 } },
      ],
    }],
  }
}
