// The township radar: one township's (options.township, else the first highlighted) percentile on each
// directional core rate; notes on its strongest and weakest rates and its 红黄绿 reasons.
import { formatNumber } from '../common'
import { radarIndicators, radarPercentiles, resolveTownship, townshipProfile, wrapAxisLabel } from '../../core/analysis'
import { radarOption } from '../radar'
import { lines, type EntryOf } from './entry'
import { listText, reasonText } from './notes'

export const radarEntry: EntryOf = (view, env) => {
  const name = view.options.township ?? view.townships[0]
  if (name === undefined || view.year === null) return null
  const { data, text } = env
  const resolved = resolveTownship(name, data.townships, data.submissions)
  const p = resolved ? townshipProfile({ ...data, name: resolved.name, year: view.year }) : null
  if (!p) return null
  const { t } = text
  const axes = radarPercentiles(p, radarIndicators(data.registry))
  const usable = axes.some(a => a.percentile !== null) ? axes : []
  const title = t('township.radar.title', { name: p.name })
  const ranked = usable.filter(a => a.percentile !== null).sort((a, b) => (b.percentile ?? 0) - (a.percentile ?? 0))
  const named = (list: typeof ranked) => list.map(a => `${text.label(a.indicator)} ${formatNumber(a.percentile, 0)}`).join(text.t('common.listSeparator'))
  const k = Math.min(3, Math.floor(ranked.length / 2))
  const reasons = (level: 'red' | 'yellow') => (p.flag?.reasons ?? []).filter(r => r.level === level).map(r => reasonText(r, text.locale.value))
  return {
    kind: 'radar',
    chart: 'radarOption',
    title,
    subtitle: t('township.radar.subtitle'),
    context: { title, year: view.year, note: t('township.radar.subtitle'), file: { subject: p.name, kind: t('present.kind.radar') } },
    notes: lines(
      k > 0 ? [t('present.notes.best', { list: named(ranked.slice(0, k)) }), t('present.notes.worst', { list: named(ranked.slice(-k).reverse()) })] : [],
      reasons('red').length > 0 ? [t('present.notes.red', { list: listText(reasons('red'), text) })] : [],
      reasons('yellow').length > 0 ? [t('present.notes.yellow', { list: listText(reasons('yellow'), text) })] : [],
    ),
    view: { chart: 'radar', year: view.year, options: { township: p.name }, townships: [p.name] },
    rows: 0,
    height: theme => (theme.name === 'projector' ? 600 : 460),
    build: (theme, box) => radarOption({
      box,
      indicators: usable.map(a => ({ id: a.indicator.id, label: wrapAxisLabel(text.label(a.indicator)) })),
      percentiles: usable.map(a => a.percentile),
      township: p.name,
      labels: { median: t('township.radar.median'), percentile: t('township.radar.percentile'), missing: t('township.radar.missing'), noData: t(p.submission ? 'township.radar.noData' : 'township.radar.notSubmitted'), paren: t('common.paren', { text: '{text}' }) },
    }, theme),
  }
}
