// The catalog's charts of the Trends and Township pages: one indicator over the years, and one
// township's percentiles on the core rates (radar), with the words those pages use.
import { formatNumber } from '@/charts/common'
import type { ExportContext } from '@/charts/exportFrame'
import { radarOption } from '@/charts/radar'
import { trendOption } from '@/charts/trend'
import { isNormalizable, rankTownships, trendSeries } from '@/core/analysis'
import { radarIndicators, radarPercentiles, wrapAxisLabel } from '@/components/township/radarAxes'
import { resolveTownship, townshipProfile } from '@/components/township/townshipProfile'
import { trendSources, trendUnit } from '@/components/trends/trendView'
import { compareSeries } from '@/composables/useCompareData'
import type { CatalogEntry } from './charts'
import { flagLines, listText, seriesLines, yearFlags } from './notes'

const lines = (...groups: string[][]): string => groups.flat().filter(l => l !== '').join('\n')

export const trendEntry: CatalogEntry = (view, { data, text }) => {
  const id = view.indicators[0]
  const indicator = id === undefined ? undefined : data.registry.byId.get(id)
  if (id === undefined || !indicator) return null
  const { t } = text
  const s = trendSeries(data.submissions, id, view.townships, { normalization: view.normalization, townships: data.townships, registry: data.registry })
  const nobody = s.median.every(v => v === null)
  const unit = trendUnit(indicator, view.normalization, t)
  const label = text.label(indicator)
  const title = t(unit ? 'trends.title' : 'trends.titleNoUnit', { indicator: label, unit })
  const from = s.years[0]
  const to = s.years.at(-1)
  const files = trendSources(data.submissions, id)
  const context: ExportContext = {
    title, unit, year: from === undefined ? null : from === to ? from : `${from}–${to}`, source: files,
    file: { subject: label, kind: t('present.kind.trend') },
  }
  if (isNormalizable(indicator.kind)) context.normalization = t(`normalization.${view.normalization}`)
  const last = to === undefined ? null : compareSeries(data, id, to, view.normalization)
  return {
    chart: 'trendOption',
    title,
    subtitle: from === undefined || nobody ? '' : t(s.years.length === 1 ? 'trends.subtitleOneYear' : 'trends.subtitle', { from, to, count: s.years.length, files }),
    rebuild: theme => trendOption({
      ...s, years: nobody ? [] : s.years, indicator: { label, unit },
      labels: { median: t('trends.median'), band: t('trends.band'), noData: t('chart.noData') },
    }, theme),
    context,
    notes: last && to !== undefined ? lines(seriesLines(last, rankTownships(last.rows, last.indicator.direction), text), flagLines(yearFlags(data, to), [id], text)) : '',
  }
}

export const radarEntry: CatalogEntry = (view, { data, text }) => {
  const name = view.options.township ?? view.townships[0]
  if (name === undefined || view.year === null) return null
  const resolved = resolveTownship(name, data.townships, data.submissions)
  const p = resolved ? townshipProfile({ ...data, name: resolved.name, year: view.year }) : null
  if (!p) return null
  const { t } = text
  const axes = radarPercentiles(p, radarIndicators(data.registry))
  const usable = axes.some(a => a.percentile !== null) ? axes : []
  const title = t('township.radar.title', { name: p.name })
  const ranked = usable.filter(a => a.percentile !== null).sort((a, b) => (b.percentile ?? 0) - (a.percentile ?? 0))
  const named = (list: typeof ranked) => list.map(a => `${text.label(a.indicator)} ${formatNumber(a.percentile, 0)}`).join('、')
  const k = Math.min(3, Math.floor(ranked.length / 2))
  const reasons = (level: 'red' | 'yellow') => (p.flag?.reasons ?? []).filter(r => r.level === level).map(r => r.message)
  return {
    chart: 'radarOption',
    title,
    subtitle: t('township.radar.subtitle'),
    rebuild: theme => radarOption({
      indicators: usable.map(a => ({ id: a.indicator.id, label: wrapAxisLabel(text.label(a.indicator)) })),
      percentiles: usable.map(a => a.percentile),
      township: p.name,
      labels: { median: t('township.radar.median'), percentile: t('township.radar.percentile'), missing: t('township.radar.missing'), noData: t(p.submission ? 'township.radar.noData' : 'township.radar.notSubmitted') },
    }, theme),
    context: { title, year: view.year, note: t('township.radar.subtitle'), file: { subject: p.name, kind: t('present.kind.radar') } },
    notes: lines(
      k > 0 ? [t('present.notes.best', { list: named(ranked.slice(0, k)) }), t('present.notes.worst', { list: named(ranked.slice(-k).reverse()) })] : [],
      reasons('red').length > 0 ? [t('present.notes.red', { list: listText(reasons('red'), text) })] : [],
      reasons('yellow').length > 0 ? [t('present.notes.yellow', { list: listText(reasons('yellow'), text) })] : [],
    ),
  }
}
