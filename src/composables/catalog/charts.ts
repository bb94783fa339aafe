// The catalog's charts: for a stored view, the same builders the pages use, with the same words,
// computed from the current data. Each entry returns null when the view cannot be drawn (unknown
// indicator, no year); `rebuild(theme)` draws it for any theme and size.
import type { EChartsOption, XAXisComponentOption } from 'echarts'
import type { ExportContext } from '@/charts/exportFrame'
import { heatmapOption } from '@/charts/heatmap'
import { outcomeBarOption } from '@/charts/outcomeBar'
import { rankingBarOption } from '@/charts/rankingBar'
import { scatterOption } from '@/charts/scatter'
import type { ChartTheme } from '@/charts/theme'
import { isNormalizable, OUTCOME_PARTS, rankTownships, type OutcomeKind } from '@/core/analysis'
import type { DeckView } from '@/core/deck'
import { heatmapData } from '@/components/compare/heatmapData'
import { compareSeries, outcomeRows, rankingOrder, type CompareInput } from '@/composables/useCompareData'
import type { CompareText } from '@/composables/useCompareText'
import { flagLines, listText, seriesLines, yearFlags, type FlagInput } from './notes'

/** Townships an outcome chart draws at most (those with most cases), as on the Compare page. */
const OUTCOME_MAX_ROWS = 50

/** The heatmap group of the core rates (not a registry group). */
export const CORE_GROUP = 'core'

export interface CatalogEnv {
  data: CompareInput & FlagInput
  text: CompareText
}

export interface CatalogEntryResult {
  /** Builder name (data-chart). */
  chart: string
  title: string
  subtitle: string
  rebuild: (theme: ChartTheme) => EChartsOption
  context: ExportContext
  /** Speaker notes. */
  notes: string
}

export type CatalogEntry = (view: DeckView, env: CatalogEnv) => CatalogEntryResult | null

const lines = (...groups: string[][]): string => groups.flat().filter(l => l !== '').join('\n')

export const rankingEntry: CatalogEntry = (view, { data, text }) => {
  const id = view.indicators[0]
  if (id === undefined || view.year === null) return null
  const s = compareSeries(data, id, view.year, view.normalization)
  if (!s) return null
  const { t } = text
  const ranked = rankTownships(s.rows, s.indicator.direction)
  const labels = { mean: t('chart.mean'), median: t('chart.median'), rank: t('compare.rank'), value: t('compare.value'), noData: t('chart.noData'), approx: t('common.approx'), status: text.statusLabels(s) }
  const title = text.rankingTitle(s)
  return {
    chart: 'rankingBarOption',
    title,
    subtitle: text.subtitle(s),
    rebuild: theme => rankingBarOption({
      rows: ranked, indicator: s.indicator, unit: text.unitOf(s), mean: s.summary.mean, median: s.summary.median,
      highlight: view.townships, missingLabel: t('chart.missing'), labels, decimals: text.decimalsOf(s),
    }, theme),
    context: text.seriesContext(s, title, t('present.kind.ranking')),
    notes: lines(seriesLines(s, ranked, text), flagLines(yearFlags(data, view.year), [id], text)),
  }
}

export const scatterEntry: CatalogEntry = (view, { data, text }) => {
  const [xId, yId] = view.indicators
  if (xId === undefined || yId === undefined || view.year === null) return null
  const yMode = (['raw', 'per10k', 'perOfficer'] as const).find(m => m === view.options.yMode) ?? view.normalization
  const x = compareSeries(data, xId, view.year, view.normalization)
  const y = compareSeries(data, yId, view.year, yMode)
  if (!x || !y) return null
  const { t } = text
  const yByName = new Map(y.rows.map(r => [r.township, r.value]))
  const points = x.rows.map(r => ({ township: r.township, x: r.value, y: yByName.get(r.township) ?? null }))
  const title = t('compare.scatter.title', { year: x.year, x: text.label(x.indicator), y: text.label(y.indicator) })
  const context: ExportContext = {
    title, year: x.year, unit: [text.unitOf(x), text.unitOf(y)].filter(u => u !== '').join(' / '),
    source: text.fileNames([...new Set([...x.sources, ...y.sources])]), completeness: text.compactSubtitle(x),
    note: t('compare.scatter.subtitle'), file: { subject: `${text.label(x.indicator)}-${text.label(y.indicator)}`, kind: t('present.kind.scatter') },
  }
  if (isNormalizable(x.indicator.kind)) context.normalization = t(`normalization.${x.mode}`)
  return {
    chart: 'scatterOption',
    title,
    subtitle: t('compare.scatter.subtitle'),
    rebuild: theme => scatterOption({
      points,
      xIndicator: { label: text.label(x.indicator), unit: text.unitOf(x), median: x.summary.median },
      yIndicator: { label: text.label(y.indicator), unit: text.unitOf(y), median: y.summary.median },
      highlight: view.townships,
      labels: { median: t('chart.median'), noData: t('chart.noData'), missing: t('chart.missing') },
    }, theme),
    context,
    notes: lines(seriesLines(x, rankTownships(x.rows, x.indicator.direction), text), seriesLines(y, rankTownships(y.rows, y.indicator.direction), text), flagLines(yearFlags(data, view.year), [xId, yId], text)),
  }
}

export const heatmapEntry: CatalogEntry = (view, { data, text }) => {
  if (view.year === null) return null
  const year = view.year
  const { t } = text
  const group = view.options.group ?? CORE_GROUP
  const ids = group === CORE_GROUP
    ? data.registry.indicators.filter(i => i.core && i.kind === 'rate').map(i => i.id)
    : data.registry.indicators.filter(i => i.group === group).map(i => i.id)
  const series = ids.flatMap(id => compareSeries(data, id, year, view.normalization) ?? [])
  const primary = view.indicators[0] === undefined ? null : compareSeries(data, view.indicators[0], year, view.normalization)
  const order = rankingOrder(primary, data.townships)
  const d = heatmapData(series, order, { label: text.label, unitOf: text.unitOf, yes: t('compare.heatmap.yes'), no: t('compare.heatmap.no'), status: text.statusLabels(series[0] ?? null) })
  const groupName = group === CORE_GROUP ? t('compare.heatmap.core') : t(`groups.${group}`)
  const title = t('compare.heatmap.title', { year, group: groupName })
  const completeness = primary ? text.compactSubtitle(primary) : ''
  return {
    chart: 'heatmapOption',
    title,
    subtitle: t('compare.heatmap.legend'),
    rebuild: (theme) => {
      const base = heatmapOption({
        townships: d.townships, indicators: d.indicators, cells: d.cells,
        labels: { percentile: t('compare.heatmap.percentile'), value: t('compare.value'), missing: t('chart.missing'), noData: t('chart.noData'), worse: t('compare.heatmap.worse'), better: t('compare.heatmap.better') },
      }, theme)
      // Column labels come wrapped onto short lines, which read better level than rotated (as on the page).
      const x = base.xAxis as XAXisComponentOption | undefined
      return x && !Array.isArray(x) ? { ...base, xAxis: { ...x, axisLabel: { ...x.axisLabel, rotate: 0 } } as XAXisComponentOption } : base
    },
    context: {
      title, year, completeness, source: text.fileNames([...new Set(series.flatMap(s => s.sources))]), note: t('compare.heatmap.legend'),
      file: { subject: groupName, kind: t('present.kind.heatmap') },
    },
    notes: lines(flagLines(yearFlags(data, year), ids, text)),
  }
}

export const outcomeEntry: CatalogEntry = (view, { data, text }) => {
  if (view.year === null) return null
  const year = view.year
  const { t } = text
  const kind: OutcomeKind = view.options.kind === 'litigation' ? 'litigation' : 'reconsideration'
  const mode = view.options.mode === 'percent' ? 'percent' : 'absolute'
  const primary = view.indicators[0] === undefined ? null : compareSeries(data, view.indicators[0], year, 'raw')
  const rows = outcomeRows(data.submissions.filter(s => s.year === year), year, kind, rankingOrder(primary, data.townships))
  const reported = rows.filter(r => r.total !== null).length
  const title = t(`compare.outcome.title.${kind}`, { year })
  const subtitle = t('compare.outcome.subtitle', { reported, expected: rows.length })
  const most = rows.filter(r => (r.total ?? 0) > 0).slice(0, 3).map(r => `${r.township} ${r.total} ${t('compare.outcome.unit')}`)
  const missing = rows.filter(r => r.total === null).map(r => r.township)
  return {
    chart: 'outcomeBarOption',
    title,
    subtitle,
    rebuild: theme => outcomeBarOption({
      rows: rows.slice(0, OUTCOME_MAX_ROWS),
      parts: OUTCOME_PARTS[kind].map(p => ({ key: p.key, label: t(`compare.outcome.parts.${kind}.${p.key}`), tone: p.tone })),
      mode,
      labels: { missing: t('chart.missing'), noData: t('chart.noData'), total: t('compare.outcome.total'), unit: t('compare.outcome.unit'), percentAxis: t('compare.outcome.percentAxis') },
    }, theme),
    context: { title, year, unit: mode === 'percent' ? '%' : t('compare.outcome.unit'), completeness: subtitle, file: { subject: t(`groups.${kind}`), kind: t('present.kind.outcome') } },
    notes: lines(
      most.length > 0 ? [t('present.notes.cases', { list: most.join('、') })] : [],
      missing.length > 0 ? [t('present.notes.missing', { list: listText(missing, text) })] : [],
      flagLines(yearFlags(data, year), OUTCOME_PARTS[kind].map(p => p.indicator), text),
    ),
  }
}
