// The heatmap: townships × the directional indicators of one group (options.group, the core rates by
// default), coloured by percentile, rows in the order of the view's first indicator's ranking. On
// screen every township is a row (a province's 1,500 too): past VISIBLE_ROWS the panel draws a window
// of rows (screenRows, window.of) and pages through the rest, so ECharts gets 40 rows, not 1,500. A
// picture (PNG, SVG, ZIP, slide, PPTX) draws every row up to HEATMAP_MAX_ROWS, else the top and bottom
// ones with a note saying so; the CSV holds every row.
import type { EChartsOption, GridComponentOption, XAXisComponentOption } from 'echarts'
import { HEATMAP_MAX_ROWS, heatmapData, limitRows, rankingOrder, wrapLabel, type HeatmapCell, type HeatmapColumn } from '../../core/analysis'
import type { PlotBox } from '../common'
import { heatmapOption } from '../heatmap'
import type { ChartTheme } from '../theme'
import { chartNotes, withNotes } from './annotations'
import { lines, pickRows, withLazyNotes, type CatalogEnv, type ChartEntry, type EntryOf } from './entry'
import { flagLines } from './notes'

/** The heatmap group of the core rates (not a registry group). */
export const CORE_GROUP = 'core'
/** Rows visible at once on screen before the y axis scrolls. */
export const VISIBLE_ROWS = 40

/**
 * The cells of the given rows, in row order, with their text (indexed once: a window of 40 rows neither
 * filters nor formats 45,000 cells).
 */
function rowCells(cells: readonly HeatmapCell[], withText: (cell: HeatmapCell) => HeatmapCell): (townships: readonly string[]) => HeatmapCell[] {
  let byTownship: Map<string, HeatmapCell[]> | null = null
  return (townships) => {
    if (byTownship === null) {
      byTownship = new Map()
      for (const c of cells) {
        const list = byTownship.get(c.township)
        if (list) list.push(c)
        else byTownship.set(c.township, [c])
      }
    }
    const index = byTownship
    return townships.flatMap(t => (index.get(t) ?? []).map(withText))
  }
}

/** Indicator ids of a heatmap group: the core rates, or a registry group's indicators. */
export function groupIndicators(group: string, env: CatalogEnv): string[] {
  const { indicators } = env.data.registry
  return group === CORE_GROUP ? indicators.filter(i => i.core && i.kind === 'rate').map(i => i.id) : indicators.filter(i => i.group === group).map(i => i.id)
}

/** The group's name in the user's language. */
export const groupName = (group: string, env: CatalogEnv): string => (group === CORE_GROUP ? env.text.t('compare.heatmap.core') : env.text.t(`groups.${group}`))

/** Column labels come wrapped onto short lines (heatmapData), which read better level than rotated. */
function levelLabels(option: EChartsOption): EChartsOption {
  const x = option.xAxis as XAXisComponentOption | undefined
  return x && !Array.isArray(x) ? { ...option, xAxis: { ...x, axisLabel: { ...x.axisLabel, rotate: 0 } } as XAXisComponentOption } : option
}

/**
 * Column labels wrapped to the width of a column of the picture (type that is large for a slide
 * would otherwise run into the next column); as heatmapData wrapped them on screen.
 */
function columnsFor(columns: readonly HeatmapColumn[], theme: ChartTheme, box: PlotBox | undefined, env: CatalogEnv): HeatmapColumn[] {
  if (!box || columns.length === 0) return [...columns]
  // Row labels take about five characters, grid margins three.
  const perColumn = (box.width - theme.fontSize * 8) / columns.length
  const chars = Math.max(2, Math.floor(perColumn / theme.fontSize) - 1)
  return columns.map((c) => {
    const indicator = env.data.registry.byId.get(c.id)
    return indicator ? { ...c, label: wrapLabel(env.text.label(indicator), chars) } : c
  })
}

/** The y axis scrolls through VISIBLE_ROWS rows at a time, with a slider at the right. */
function scrolling(option: EChartsOption, theme: ChartTheme): EChartsOption {
  const fs = theme.fontSize
  return {
    ...option,
    grid: { ...(option.grid as GridComponentOption), right: fs * 4 },
    dataZoom: [
      { type: 'inside', yAxisIndex: 0, startValue: 0, endValue: VISIBLE_ROWS - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true },
      { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: VISIBLE_ROWS - 1, right: fs, width: fs * 1.5, showDetail: false },
    ],
  }
}

export const heatmapEntry: EntryOf = (view, env) => {
  if (view.year === null) return null
  const year = view.year
  const { text } = env
  const { t } = text
  const group = view.options.group ?? CORE_GROUP
  const ids = groupIndicators(group, env)
  const series = ids.flatMap(id => env.series(id, year, view.normalization) ?? [])
  const primary = view.indicators[0] === undefined ? null : env.series(view.indicators[0], year, view.normalization)
  const order = rankingOrder(primary, env.data.townships)
  const d = heatmapData(series, order, { label: text.label, unitOf: text.unitOf, yes: t('compare.heatmap.yes'), no: t('compare.heatmap.no'), status: text.statusLabels(series[0] ?? null), maxRows: Number.POSITIVE_INFINITY })
  const name = groupName(group, env)
  const title = t('compare.heatmap.title', { year, group: name })
  const subtitle = [
    t('compare.heatmap.legend'),
    d.neutralLeftOut > 0 ? t('compare.heatmap.neutralLeftOut', { count: d.neutralLeftOut }) : '',
    d.emptyLeftOut > 0 ? t('compare.heatmap.emptyLeftOut', { count: d.emptyLeftOut }) : '',
  ].filter(p => p !== '').join(' ')
  /** What a picture of more than HEATMAP_MAX_ROWS rows says it shows. */
  const limitedNote = (total: number) => (total > HEATMAP_MAX_ROWS ? t('compare.heatmap.limited', { total, n: Math.floor(HEATMAP_MAX_ROWS / 2) }) : '')
  const labels = { percentile: t('compare.heatmap.percentile'), value: t('compare.value'), missing: t('chart.missing'), noData: t('chart.noData'), worse: t('compare.heatmap.worse'), better: t('compare.heatmap.better'), grey: t('compare.heatmap.grey') }
  // Speaker notes need the year's flags: computed when an export reads them, not on a switch.
  const notes = () => lines(flagLines(env.flags(year), ids, text))
  // Notes of the year on a drawn township (or every township), on a column shown or on every indicator.
  const pinned = chartNotes(env, { years: [year], indicators: d.indicators.map(c => c.id), townships: d.townships })
  const cellsOf = rowCells(d.cells, d.withText)
  const make = (townships: readonly string[]): ChartEntry => withNotes(withLazyNotes({
    kind: 'heatmap',
    chart: 'heatmapOption',
    title,
    subtitle,
    context: {
      title, year, completeness: primary ? text.compactSubtitle(primary) : '', source: text.fileNames([...new Set(series.flatMap(s => s.sources))]),
      note: [t('compare.heatmap.legend'), limitedNote(townships.length)].filter(p => p !== '').join(' '), file: { subject: name, kind: t('present.kind.heatmap') },
    },
    view: { chart: 'heatmap', indicators: [...view.indicators], year, normalization: view.normalization, options: { group } },
    rows: townships.length,
    window: { total: townships.length, of: ranges => make(pickRows(townships, ranges)) },
    // On screen a window of VISIBLE_ROWS rows is drawn at a time (the panel pages through the rest).
    ...(townships.length > VISIBLE_ROWS ? { screenRows: VISIBLE_ROWS } : {}),
    chrome: 10,
    height: theme => Math.min(Math.max(townships.length, 4), VISIBLE_ROWS) * Math.round(Math.max(theme.fontSize * 2, 26)) + theme.fontSize * 12,
    // Not animated: a fade of 1,200 cells says nothing and kept the page busy for a second after each switch.
    build: (theme, box) => {
      const rows = box === undefined ? townships : limitRows(townships, HEATMAP_MAX_ROWS).townships
      const option = levelLabels(heatmapOption({ townships: rows, indicators: columnsFor(d.indicators, theme, box, env), cells: cellsOf(rows), labels, box, notes: pinned.marked, animation: false }, theme))
      return box === undefined && townships.length > VISIBLE_ROWS ? scrolling(option, theme) : option
    },
  }, notes), pinned)
  return make(d.townships)
}
