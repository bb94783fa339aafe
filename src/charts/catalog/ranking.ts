// The ranking: one indicator as ranked bars, best first, missing last, with the county mean and
// median. A compact view (options.compact) is a small multiple: shorter words, smaller type and bars,
// rows in the order of another indicator's ranking (options.orderBy) — its deck view is the full ranking.
// Past RANKING_VISIBLE_ROWS rows (a province's 1,500) the panel draws a window of rows (screenRows,
// window.of) on the axis of all rows and pages through the rest, brought to the highlighted township
// (window.focus); pictures, slides and the CSV take the whole entry.
import type { EChartsOption, XAXisComponentOption } from 'echarts'
import { rankedRows, rankingOrder, rowsInOrder, type Ranked, type SeriesRow } from '../../core/analysis'
import { legendLineHeight, legendLines } from '../legend'
import { missingTexts, RANKING_VISIBLE_ROWS, rankingBarHeight, rankingBarOption, rankingLegend, type RankingLegendWords, type RankingTarget } from '../rankingBar'
import { slideTheme, type ChartTheme } from '../theme'
import { chartNotes, withNotes } from './annotations'
import { chartTarget } from './targets'
import { valueExtent } from '../rowWindow'
import { lines, withLazyNotes, pickRows, type ChartEntry, type EntryOf } from './entry'
import { flagLines, seriesLines } from './notes'

/** The theme of a small multiple: type a tenth smaller, bars 70 % as thick. */
export function compactTheme(theme: ChartTheme): ChartTheme {
  return { ...theme, fontSize: Math.round(theme.fontSize * 0.9), titleFontSize: theme.fontSize, barWidth: Math.round(theme.barWidth * 0.7) }
}

/** Value ticks of a small multiple. */
const COMPACT_TICKS = 3

/** Narrow panels: fewer value ticks, and none drawn over another. */
function compactAxis(option: EChartsOption): EChartsOption {
  const x = option.xAxis as XAXisComponentOption | undefined
  if (!x || Array.isArray(x)) return option
  return { ...option, xAxis: { ...x, splitNumber: COMPACT_TICKS, axisLabel: { ...x.axisLabel, hideOverlap: true } } as XAXisComponentOption }
}

export const rankingEntry: EntryOf = (view, env) => {
  const id = view.indicators[0]
  if (id === undefined || view.year === null) return null
  const s = env.series(id, view.year, view.normalization)
  if (!s) return null
  const { text } = env
  const { t } = text
  const compact = view.options.compact === 'true'
  const ranked = rankedRows(s)
  const orderBy = view.options.orderBy === undefined ? null : env.series(view.options.orderBy, view.year, view.normalization)
  const rows = orderBy ? rowsInOrder(ranked, rankingOrder(orderBy, env.data.townships)) : ranked
  const themeOf = (theme: ChartTheme) => (compact ? compactTheme(theme) : theme)
  const labels = { mean: t('chart.mean'), median: t('chart.median'), rank: t('compare.rank'), value: t('compare.value'), noData: t('chart.noData'), approx: t('common.approx'), status: text.statusLabels(s) }
  const title = text.rankingTitle(s)
  const target: RankingTarget | null = chartTarget(env, id, s.mode === 'raw' || !s.normalized)
  const unit = text.unitOf(s)
  const decimals = text.decimalsOf(s)
  const targetText = target?.label ?? ''
  const words: RankingLegendWords = {
    meets: t('chart.legend.meets', { target: targetText }), misses: t('chart.legend.misses', { target: targetText }),
    better: t('chart.legend.better'), worse: t('chart.legend.worse'), equal: t('chart.legend.equal'), neutral: t('chart.legend.neutral'),
    highlight: t('chart.legend.highlight'), noBar: t('chart.legend.noBar', { list: '{list}' }), listSeparator: t('common.listSeparator'),
  }
  // One legend for the whole chart, also on each slide of a split one.
  const legend = rankingLegend({ rows, indicator: s.indicator, median: s.summary.median, target, highlight: view.townships, missingTexts: missingTexts(rows, labels, t('chart.missing')) }, words)
  // A slide keeps room for the legend's lines at the narrowest slide (1024×768).
  const legendChrome = legendLines(legend, slideTheme({ width: 1024, height: 768 }), 1024) * 1.6
  // Speaker notes need the year's flags: computed when an export reads them, not on a switch.
  const notes = () => lines(seriesLines(s, ranked, text, env.peer), flagLines(env.flags(s.year), [id], text))
  const pinned = chartNotes(env, { years: [s.year], indicators: [id], townships: rows.map(r => r.township) })
  // A window of a long ranking on screen keeps the axis of all rows (bars keep their length when paging,
  // the mean, median and target lines stay on it) and the panel's height; pictures and slides draw as before.
  const axis = valueExtent([...rows.map(r => r.value), s.summary.mean, s.summary.median, target?.value ?? null], compact ? COMPACT_TICKS : undefined)
  const focus = rows.findIndex(r => view.townships.includes(r.township))
  const make = (shown: readonly Ranked<SeriesRow>[], whole?: ChartEntry): ChartEntry => withNotes(withLazyNotes({
    kind: 'ranking',
    chart: 'rankingBarOption',
    title: compact ? text.compactTitle(s) : title,
    subtitle: compact ? text.compactSubtitle(s) : text.subtitle(s),
    legend,
    context: text.seriesContext(s, title, t('present.kind.ranking')),
    view: { chart: 'ranking', indicators: [id], year: s.year, normalization: s.mode, townships: [...view.townships] },
    rows: Math.min(shown.length, RANKING_VISIBLE_ROWS),
    window: { total: shown.length, of: ranges => make(pickRows(shown, ranges), whole ?? entry), ...(whole === undefined && focus >= 0 ? { focus } : {}) },
    // On screen a window of RANKING_VISIBLE_ROWS rows is drawn at a time (the panel pages through the rest).
    ...(whole === undefined && shown.length > RANKING_VISIBLE_ROWS ? { screenRows: RANKING_VISIBLE_ROWS } : {}),
    chrome: 6.5 + legendChrome,
    // The panel grows by the legend's band and the target's label, so a few rows (3 counties) keep their bars.
    height: whole ? whole.height : (theme) => {
      const th = themeOf(theme)
      if (shown.length === 0) return 240
      // A long ranking (a province: its panel at full height) keeps room for two legend lines and the target's label
      // whatever the indicator, so a switch does not resize it and the scatter beside it (ECharts lays out 1,500 rows again).
      const long = shown.length > RANKING_VISIBLE_ROWS
      const legendRows = Math.max(legendLines(legend, th, compact ? th.fontSize * 26 : th.fontSize * 48), long ? 2 : 0)
      const band = legendRows * legendLineHeight(th) + (target || long ? th.fontSize * 1.3 : 0)
      return Math.round(rankingBarHeight(shown.length, th) + band)
    },
    build: (theme, box) => {
      const option = rankingBarOption({
        rows: shown, indicator: s.indicator, unit, mean: s.summary.mean, median: s.summary.median, target, legend,
        // A small multiple's panel is narrow: its legend wraps to 26 type sizes.
        legendWidth: compact ? themeOf(theme).fontSize * 26 : undefined,
        highlight: view.townships, missingLabel: t('chart.missing'), labels, decimals, box, notes: pinned.marked,
        valueRange: whole && box === undefined ? axis : null,
      }, themeOf(theme))
      return compact ? compactAxis(option) : option
    },
  }, notes), pinned)
  const entry = make(rows)
  return entry
}
