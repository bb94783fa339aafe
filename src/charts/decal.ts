// Optional ECharts decal patterns: marks that stay apart without colour (a grey-scale printout, a
// washed-out projector, a reader who does not tell red from green).

import type { EChartsOption } from 'echarts'
import { projectorTheme, screenTheme, type ChartTheme } from './theme'

type Decal = Record<string, unknown>

/** Diagonal stripes: worse than the county median. */
const STRIPES: Decal = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [4, 4], rotation: -Math.PI / 4, color: 'rgba(255, 255, 255, 0.6)' }
/** Dots: a highlighted (chosen) township. */
const DOTS: Decal = { symbol: 'circle', symbolSize: 0.6, dashArrayX: [[8, 8], [0, 8, 8, 0]], dashArrayY: [6, 0], color: 'rgba(0, 0, 0, 0.45)' }
/** No pattern: better than the median, or neutral. */
const NONE = 'none'

type Item = Record<string, unknown> & { itemStyle?: Record<string, unknown> }
type Series = Record<string, unknown> & { type?: string, data?: unknown }

/** The decal of a bar coloured by meaning (rankingBarOption) in one of the themes, or undefined for any other colour. */
function decalOfColor(color: unknown, themes: readonly ChartTheme[]): Decal | typeof NONE | undefined {
  for (const { colors } of themes) {
    if (color === colors.worse) return STRIPES
    if (color === colors.highlight) return DOTS
    if (color === colors.better || color === colors.neutral || color === colors.missing) return NONE
  }
  return undefined
}

/** Per-item decals for bar series whose items carry their own colour; the series is returned unchanged otherwise. */
function decorateSeries(series: Series, themes: readonly ChartTheme[]): Series {
  if (series.type !== 'bar' || !Array.isArray(series.data)) return series
  let coloured = false
  const data = series.data.map((d: unknown) => {
    if (d === null || typeof d !== 'object' || Array.isArray(d)) return d
    const item = d as Item
    const decal = decalOfColor(item.itemStyle?.color, themes)
    if (decal === undefined) return item
    coloured = true
    return { ...item, itemStyle: { ...item.itemStyle, decal } }
  })
  return coloured ? { ...series, data, itemStyle: { ...(series.itemStyle as object | undefined), decal: NONE } } : series
}

/**
 * The option with decal patterns: bars coloured by meaning get stripes (worse) or dots (highlighted);
 * every other series (stacked outcome parts, legends) gets ECharts' own series decals through aria.
 * Colours are matched against `theme`, or both built-in themes when it is not known. Not mutated.
 */
export function withDecal(option: EChartsOption, theme?: ChartTheme): EChartsOption {
  const themes = theme ? [theme] : [screenTheme, projectorTheme]
  const list = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  const aria = (option.aria ?? {}) as Record<string, unknown>
  return {
    ...option,
    aria: { ...aria, enabled: true, decal: { show: true } },
    series: (list as Series[]).map(s => decorateSeries(s, themes)) as EChartsOption['series'],
  }
}
