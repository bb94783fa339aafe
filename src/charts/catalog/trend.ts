// The trend: one indicator over the years — the county median with its interquartile band, and a line
// per highlighted township; notes on the last year's ranking and flags.
import { isNormalizable, rankedRows, trendSeries, trendSources, trendUnit } from '../../core/analysis'
import { unitOf } from '../../core/registry'
import type { ExportContext } from '../exportFrame'
import { trendOption } from '../trend'
import { chartNotes, withNotes } from './annotations'
import { lines, withLazyNotes, type EntryOf } from './entry'
import { chartTarget } from './targets'
import { flagLines, seriesLines } from './notes'

export const trendEntry: EntryOf = (view, env) => {
  const id = view.indicators[0]
  const indicator = id === undefined ? undefined : env.data.registry.byId.get(id)
  if (id === undefined || !indicator) return null
  const { data, text } = env
  const { t } = text
  const s = trendSeries(data.submissions, id, view.townships, { normalization: view.normalization, townships: data.townships, registry: data.registry })
  /** Nobody reported the indicator: the empty state, not bare axes. */
  const nobody = s.median.every(v => v === null)
  const unit = trendUnit({ ...indicator, unit: unitOf(indicator, text.locale.value) }, view.normalization, t)
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
  const last = to === undefined ? null : env.series(id, to, view.normalization)
  const pinned = chartNotes(env, { years: nobody ? [] : s.years, indicators: [id] })
  return withNotes(withLazyNotes({
    kind: 'trend',
    chart: 'trendOption',
    title,
    subtitle: from === undefined || nobody ? '' : t(s.years.length === 1 ? 'trends.subtitleOneYear' : 'trends.subtitle', { from, to, count: s.years.length, files }),
    context,
    view: { chart: 'trend', indicators: [id], normalization: view.normalization, townships: [...view.townships] },
    rows: 0,
    height: () => 480,
    build: (theme, box) => trendOption({
      ...s, box, years: nobody ? [] : s.years, indicator: { label, unit },
      labels: { median: t('trends.median'), band: t('trends.band'), noData: t('chart.noData'), unitSuffix: t('common.paren', { text: '{unit}' }) },
      notes: pinned.marked, target: chartTarget(env, id, !isNormalizable(indicator.kind) || view.normalization === 'raw'),
    }, theme),
  }, () => (last && to !== undefined ? lines(seriesLines(last, rankedRows(last), text), flagLines(env.flags(to), [id], text)) : '')), pinned)
}
