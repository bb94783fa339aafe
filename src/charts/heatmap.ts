// Townships × indicators, each cell coloured by the direction-aware percentile (100 = best).

import type { EChartsOption, HeatmapSeriesOption } from 'echarts'
import { baseOption, emptyOption, firstParam, formatNumber, fromBottom, fromTop, marksOf, noteTooltipLines, titleOption, tooltipBase, tooltipLine, withUnit, type ChartNote, type FormatterParams, type PlotBox } from './common'
import { decimalsFor } from '../core/format'
import { escapeHtml } from './escapeHtml'
import type { ChartTheme } from './theme'
import type { HeatmapCell, HeatmapColumn } from '../core/analysis/heatmapData'

export type { HeatmapCell }

export interface HeatmapLabels {
  percentile: string
  value: string
  /** Text of a cell without a value (e.g. 未报送). */
  missing: string
  noData: string
  /** Legend ends of the colour scale, e.g. 较差 / 较好. */
  worse: string
  better: string
  /** What a grey cell means beside the colour scale, e.g. 未报送; labels.missing when absent. */
  grey?: string
  title?: string
  subtitle?: string
}

export interface HeatmapInput {
  /** Rows, top to bottom. */
  townships: readonly string[]
  /** Columns, left to right; unit is shown with values. */
  indicators: readonly HeatmapColumn[]
  cells: readonly HeatmapCell[]
  labels: HeatmapLabels
  decimals?: number
  animation?: boolean
  /** The band of a picture to draw into (exports, slides); the whole container when absent. */
  box?: PlotBox
  /** The clerk's notes: one of a township and indicator marks its cell (① after the value, a border); one of a township its row label. */
  notes?: readonly ChartNote[]
}

interface Placed { cell: HeatmapCell | undefined, x: number, y: number }

/** Heatmap with value text in cells, missing cells grey, a 0–100 percentile colour scale. */
export function heatmapOption(input: HeatmapInput, theme: ChartTheme): EChartsOption {
  const { townships, indicators, labels } = input
  if (townships.length === 0 || indicators.length === 0) return emptyOption(labels.noData, theme)
  const byKey = new Map(input.cells.map(c => [`${c.indicator}\u0000${c.township}`, c]))
  const placed: Placed[] = []
  townships.forEach((township, y) => indicators.forEach((ind, x) => placed.push({ cell: byKey.get(`${ind.id}\u0000${township}`), x, y })))
  const unitOf = (x: number): string => indicators[x]?.unit ?? ''
  const cellText = (p: Placed): string => {
    if (!p.cell) return labels.missing
    if (p.cell.value === null) return p.cell.text ?? labels.missing
    return p.cell.text ?? withUnit(formatNumber(p.cell.value, input.decimals ?? decimalsFor(unitOf(p.x))), unitOf(p.x))
  }
  const coloured: Placed[] = []
  const grey: Placed[] = []
  for (const p of placed) (p.cell?.percentile === null || p.cell?.percentile === undefined ? grey : coloured).push(p)
  const cellNote = (p: Placed) => (n: ChartNote) => n.township === townships[p.y] && n.indicator !== null && n.indicator === indicators[p.x]?.id
  const rowNote = (township: string) => (n: ChartNote) => n.township === township && n.indicator === null
  const item = (p: Placed, third: number | null) => {
    const mark = marksOf(input.notes, cellNote(p))
    return mark === ''
      ? { value: [p.x, p.y, third ?? 0], label: { formatter: cellText(p) } }
      : { value: [p.x, p.y, third ?? 0], label: { formatter: `${cellText(p)} ${mark}`, fontWeight: 'bold' as const }, itemStyle: { borderColor: theme.colors.highlight, borderWidth: Math.max(2, theme.lineWidth) } }
  }

  const label = { show: true, fontSize: theme.cellFontSize ?? Math.round(theme.fontSize * 0.85), color: theme.colors.text }
  const border = { borderColor: theme.background, borderWidth: theme.name === 'projector' ? 3 : 1 }
  const series: HeatmapSeriesOption[] = [
    { type: 'heatmap', name: labels.percentile, progressive: 0, label, itemStyle: border, data: coloured.map(p => item(p, p.cell?.percentile ?? null)) },
    { type: 'heatmap', name: labels.missing, progressive: 0, label: { ...label, color: theme.colors.mutedText }, itemStyle: border, data: grey.map(p => item(p, null)) },
  ]
  const groups = [coloured, grey]

  const tooltipFormatter = (params: FormatterParams): string => {
    const param = firstParam(params)
    const p = param?.seriesIndex !== undefined ? groups[param.seriesIndex]?.[param.dataIndex] : undefined
    if (!p) return ''
    const lines = [`<strong>${escapeHtml(townships[p.y] ?? '')}</strong>`, escapeHtml(indicators[p.x]?.label ?? '')]
    lines.push(tooltipLine(labels.value, cellText(p)))
    if (p.cell?.percentile !== null && p.cell?.percentile !== undefined) lines.push(tooltipLine(labels.percentile, formatNumber(p.cell.percentile, 0)))
    const township = townships[p.y] ?? ''
    lines.push(...noteTooltipLines(input.notes, n => cellNote(p)(n) || rowNote(township)(n)))
    return lines.join('<br/>')
  }

  return {
    ...baseOption(theme, input.animation),
    title: titleOption(theme, labels.title, labels.subtitle, input.box),
    tooltip: { ...tooltipBase(theme), trigger: 'item', formatter: tooltipFormatter },
    grid: {
      left: theme.fontSize, right: theme.fontSize * 2, top: fromTop(input.box, labels.title || labels.subtitle ? theme.titleFontSize * 3.5 : theme.fontSize * 2),
      bottom: fromBottom(input.box, theme.fontSize * 5), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category', data: indicators.map(i => i.label), position: 'top', splitArea: { show: false },
      axisLabel: { interval: 0, rotate: indicators.length > 6 ? 30 : 0, fontSize: theme.fontSize, color: theme.colors.text },
    },
    yAxis: {
      type: 'category', data: [...townships], inverse: true,
      axisLabel: {
        interval: 0, fontSize: theme.fontSize, color: theme.colors.text,
        ...(input.notes?.some(n => n.indicator === null) ? { formatter: (name: string) => [name, marksOf(input.notes, rowNote(name))].filter(p => p !== '').join(' ') } : {}),
      },
    },
    // ECharts draws a heatmap only through a visualMap, so the grey series gets a hidden one-colour map.
    visualMap: [
      {
        type: 'continuous', min: 0, max: 100, dimension: 2, seriesIndex: 0, calculable: false,
        orient: 'horizontal', left: 'center', bottom: fromBottom(input.box, theme.fontSize * 0.5), itemHeight: theme.fontSize * 12, itemWidth: Math.round(theme.fontSize * 0.9), padding: 0,
        text: [labels.better, labels.worse], textStyle: { fontSize: theme.fontSize, color: theme.colors.text },
        inRange: { color: [...theme.colors.scale] },
      },
      { type: 'continuous', show: false, min: 0, max: 1, dimension: 2, seriesIndex: 1, inRange: { color: [theme.colors.missing, theme.colors.missing] } },
    ],
    // The grey of cells without a percentile, named beside the colour scale (on screen, slides and pictures alike).
    // Laid out as the colour scale is (a bar 0.9 type sizes thick, words centred on it, no padding) from the same bottom, so the two share a line.
    graphic: [{
      type: 'group', id: 'heatmap-grey', left: theme.fontSize, bottom: fromBottom(input.box, theme.fontSize * 0.5), silent: true,
      children: [
        { type: 'rect', shape: { x: 0, y: 0, width: Math.round(theme.fontSize * 1.2), height: Math.round(theme.fontSize * 0.9) }, style: { fill: theme.colors.missing }, silent: true },
        { type: 'text', x: theme.fontSize * 1.6, y: Math.round(theme.fontSize * 0.9) / 2, silent: true, style: { text: labels.grey ?? labels.missing, fontSize: theme.fontSize, fontFamily: theme.fontFamily, fill: theme.colors.text, verticalAlign: 'middle' } },
      ],
    }],
    series,
  }
}
