// Shared pieces of the option builders: base option, empty state, number text, tooltip rows.

import type { EChartsOption, ScatterSeriesOption, TooltipComponentFormatterCallbackParams } from 'echarts'
import { escapeHtml } from './escapeHtml'
import type { ChartTheme } from './theme'

/** The parts of ECharts' formatter params the builders read. */
export type FormatterParams = TooltipComponentFormatterCallbackParams
type OneParam = Exclude<FormatterParams, unknown[]>

/**
 * Where a chart draws in its container: a picture's band between the header and footer of its frame
 * (px kept free at the top and bottom); the whole container when a builder gets none.
 */
export interface PlotBox { width: number, height: number, top: number, bottom: number }

/** Px from the container's top for px from the box's top. */
export const fromTop = (box: PlotBox | undefined, px: number): number => (box?.top ?? 0) + px
/** Px from the container's bottom for px from the box's bottom. */
export const fromBottom = (box: PlotBox | undefined, px: number): number => (box?.bottom ?? 0) + px

/** The first (or only) param of a tooltip formatter call. */
export function firstParam(params: FormatterParams): OneParam | undefined {
  return Array.isArray(params) ? params[0] : params
}

const formats = new Map<number, Intl.NumberFormat>()

/** A figure as text: grouped (7,610), at most `decimals` decimals (default 2); '' for null. */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  let format = formats.get(decimals)
  if (!format) {
    format = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: decimals })
    formats.set(decimals, format)
  }
  return format.format(value)
}

/** Number and unit, without a space before % (95% vs 12 件). */
export function withUnit(text: string, unit: string): string {
  if (text === '' || unit === '') return text
  return unit === '%' ? `${text}%` : `${text} ${unit}`
}

/** One tooltip line "label：value" with both parts escaped. */
export function tooltipLine(label: string, value: string): string {
  return `${escapeHtml(label)}：${escapeHtml(value)}`
}

/** Options every chart shares: background, type, aria (screen readers), animation. */
export function baseOption(theme: ChartTheme, animation?: boolean): EChartsOption {
  return {
    backgroundColor: theme.background,
    color: theme.palette,
    textStyle: { fontFamily: theme.fontFamily, fontSize: theme.fontSize, color: theme.colors.text },
    aria: { enabled: true },
    animation: animation ?? theme.animation,
  }
}

/** An option with no series, only a centred text (e.g. 暂无数据). */
export function emptyOption(text: string, theme: ChartTheme): EChartsOption {
  return {
    ...baseOption(theme, false),
    title: { text, left: 'center', top: 'middle', textStyle: { fontSize: theme.titleFontSize, color: theme.colors.mutedText, fontWeight: 'normal' } },
    series: [],
  }
}

/** Title block shared by the builders (omitted when there is no title); in a picture, below the frame's header band. */
export function titleOption(theme: ChartTheme, text?: string, subtext?: string, box?: PlotBox): EChartsOption['title'] {
  if (!text && !subtext) return undefined
  return {
    text: text ?? '', subtext: subtext ?? '', left: 'center', top: fromTop(box, 4),
    textStyle: { fontSize: theme.titleFontSize, color: theme.colors.text },
    subtextStyle: { fontSize: Math.round(theme.fontSize * 0.9), color: theme.colors.mutedText },
  }
}

/** Tooltip settings shared by the builders; the formatter is each builder's own. */
export function tooltipBase(theme: ChartTheme): { confine: boolean, textStyle: { fontSize: number }, backgroundColor: string, borderColor: string } {
  return { confine: true, textStyle: { fontSize: theme.fontSize }, backgroundColor: '#FFFFFF', borderColor: theme.colors.axis }
}

/**
 * An invisible, silent scatter series that writes `text` beside the category axis of a horizontal
 * bar chart (x = 0): how a township without a value is labelled (未报送) without drawing a bar.
 */
export function missingTextSeries(items: readonly { category: string, text: string }[], theme: ChartTheme, name: string): ScatterSeriesOption {
  return {
    type: 'scatter',
    name,
    silent: true,
    tooltip: { show: false },
    symbolSize: 1,
    // Transparent colour, not opacity 0: the label inherits the item's opacity.
    itemStyle: { color: 'transparent' },
    label: { show: true, position: 'right', color: theme.colors.mutedText, fontSize: theme.fontSize, fontStyle: 'italic' },
    data: items.map(item => ({ value: [0, item.category], label: { formatter: item.text } })),
    z: 3,
  }
}

/** A note a chart marks (core/annotations' MarkedNote as the builders need it): its marker ① and its text. */
/** A target the flags depend on (县定目标 95 %), drawn as a dotted line in the 'worse' colour on every chart of its indicator. */
export interface ChartTarget {
  value: number
  /** Whose target, e.g. 县定目标 or 满分线. */
  label: string
  /** atLeast (default): met at or above the value; atMost: at or below. */
  bound?: 'atLeast' | 'atMost'
}

/** The target's words on its line: 县定目标 95.0%; an at-most target says ≤. */
export const targetText = (target: ChartTarget, decimals: number, unit = ''): string =>
  `${target.label} ${target.bound === 'atMost' ? '≤ ' : ''}${withUnit(formatNumber(target.value, decimals), unit)}`

export interface ChartNote {
  mark: string
  text: string
  township: string | null
  year: number | null
  indicator: string | null
}

/** The markers of the notes that pass `keep`, joined ('①②'); '' when none. */
export function marksOf(notes: readonly ChartNote[] | undefined, keep: (n: ChartNote) => boolean): string {
  return (notes ?? []).filter(keep).map(n => n.mark).join('')
}

/** Tooltip lines of the notes that pass `keep`: ① 收回执法事项 (escaped). */
export function noteTooltipLines(notes: readonly ChartNote[] | undefined, keep: (n: ChartNote) => boolean): string[] {
  return (notes ?? []).filter(keep).map(n => `${escapeHtml(n.mark)} ${escapeHtml(n.text)}`)
}

