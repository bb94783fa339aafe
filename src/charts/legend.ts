// What a chart's colours mean, as data: the chart's entry holds the items (better or worse than the median, meets or
// misses the target, no bar = not reported), the builder draws them as an ECharts legend. One
// definition, so the panel, the slide, the PNG, the SVG, the ZIP and the PowerPoint say the same.
import type { GraphicComponentOption } from 'echarts'

import { estimateTextWidth } from './textLines'
import type { ChartColors, ChartTheme } from './theme'

/** A theme colour of the item's swatch, or a fixed colour (#RRGGBB). */
export type LegendColor = keyof Pick<ChartColors, 'better' | 'worse' | 'neutral' | 'missing' | 'highlight'> | `#${string}`

export interface LegendItem {
  /** What the colour means, e.g. 优于中位数; unique within a legend. */
  label: string
  color: LegendColor
  /** swatch: a bar colour; text: rows drawn without a bar, only their text (未报送); faded: a lighter bar. */
  mark: 'swatch' | 'text' | 'faded'
}

export type ChartLegend = readonly LegendItem[]

/** The colour of an item in a theme. */
export function legendColor(color: LegendColor, theme: ChartTheme): string {
  return color.startsWith('#') ? color : theme.colors[color as keyof ChartColors] as string
}

/** Swatch width and the gaps around an item, in type sizes. */
const SWATCH = 1.2
const SWATCH_GAP = 0.4
const GAP = 1.4

/** An element of a graphic group (ECharts does not export the type). */
type Child = NonNullable<Extract<GraphicComponentOption, { type?: 'group' }>['children']>[number]

/** Width of an item, px. */
const itemWidth = (item: LegendItem, fs: number): number => (item.mark === 'text' ? 0 : fs * (SWATCH + SWATCH_GAP)) + estimateTextWidth(item.label, fs)

/** The items on each line of a legend `width` px wide at the theme's type, in order (a long one alone on its line). */
export function legendRows(items: ChartLegend, theme: ChartTheme, width: number): LegendItem[][] {
  const fs = theme.fontSize
  const room = Math.max(fs * 4, width - fs * 2)
  const rows: LegendItem[][] = []
  let used = 0
  for (const item of items) {
    const w = itemWidth(item, fs)
    const last = rows.at(-1)
    if (last && used + fs * GAP + w <= room) {
      last.push(item)
      used += fs * GAP + w
    }
    else {
      rows.push([item])
      used = w
    }
  }
  return rows
}

/** Lines the legend takes in a picture `width` px wide. */
export const legendLines = (items: ChartLegend, theme: ChartTheme, width: number): number => legendRows(items, theme, width).length

/** Px of one legend line. */
export const legendLineHeight = (theme: ChartTheme): number => Math.round(theme.fontSize * 1.6)

/**
 * The legend as graphic elements (the first screen's modules draw them; a legend component would need
 * series to name): one centred line after another from `top` px, each item a swatch and its words, or
 * for rows without a bar only the words, grey and italic as those rows' texts are. Silent.
 */
export function legendGraphic(items: ChartLegend, theme: ChartTheme, top: number, width: number): GraphicComponentOption[] {
  const fs = theme.fontSize
  const lineHeight = legendLineHeight(theme)
  const swatch = { width: Math.round(fs * SWATCH), height: Math.round(fs * 0.8) }
  return legendRows(items, theme, width).map((row, line): GraphicComponentOption => {
    let x = 0
    const children: Child[] = []
    for (const item of row) {
      if (item.mark !== 'text') {
        children.push({ type: 'rect', shape: { x, y: (lineHeight - swatch.height) / 2, ...swatch }, style: { fill: legendColor(item.color, theme), opacity: item.mark === 'faded' ? 0.55 : 1 }, silent: true })
        x += fs * (SWATCH + SWATCH_GAP)
      }
      children.push({
        type: 'text', x, y: lineHeight / 2, silent: true,
        style: {
          text: item.label, fontSize: fs, fontFamily: theme.fontFamily, verticalAlign: 'middle',
          fill: item.mark === 'text' ? theme.colors.mutedText : theme.colors.text, fontStyle: item.mark === 'text' ? 'italic' : 'normal',
        },
      })
      x += estimateTextWidth(item.label, fs) + fs * GAP
    }
    return { type: 'group', id: `legend-${line}`, left: 'center', top: top + line * lineHeight, silent: true, children }
  })
}
