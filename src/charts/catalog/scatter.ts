// The scatter: two indicators against each other (view.indicators x then y; the y normalization in
// options.yMode), one labelled point per township; past LABEL_ALL_MAX points only highlighted ones keep a name.
import type { EChartsOption, ScatterSeriesOption } from 'echarts'
import { isNormalizable, rankedRows, rateCounts, type CompareSeries, type Normalization } from '../../core/analysis'
import { unitOf as registryUnit } from '../../core/registry'
import type { ExportContext } from '../exportFrame'
import { scatterOption } from '../scatter'
import { lines, withLazyNotes, type EntryOf } from './entry'
import { chartTarget } from './targets'
import { flagLines, medianLine, seriesLines } from './notes'

/** Above this many points only highlighted townships keep their name beside the point (all in the tooltip). */
const LABEL_ALL_MAX = 60
const MODES: readonly Normalization[] = ['raw', 'per10k', 'perOfficer']

/** Hides point labels except those of highlighted townships: hundreds of names would cover the plot. */
function labelHighlightedOnly(option: EChartsOption, highlight: ReadonlySet<string>): EChartsOption {
  const series = Array.isArray(option.series) ? option.series : []
  const [points, ...rest] = series as ScatterSeriesOption[]
  if (!points || !Array.isArray(points.data)) return option
  const data = (points.data as { name?: string, label?: object }[]).map(d => (d.name !== undefined && highlight.has(d.name) ? { ...d, label: { ...d.label, show: true } } : d))
  return { ...option, series: [{ ...points, label: { ...points.label, show: false }, data } as ScatterSeriesOption, ...rest] }
}

export const scatterEntry: EntryOf = (view, env) => {
  const [xId, yId] = view.indicators
  if (xId === undefined || yId === undefined || view.year === null) return null
  const yMode = MODES.find(m => m === view.options.yMode) ?? view.normalization
  const x = env.series(xId, view.year, view.normalization)
  const y = env.series(yId, view.year, yMode)
  if (!x || !y) return null
  const { text } = env
  const { t } = text
  const yByName = new Map(y.rows.map(r => [r.township, r.value]))
  // The counts behind a rate (5 / 6 件), beside it in the tooltip.
  const countsOf = (s: CompareSeries) => {
    const counts = rateCounts(env.data.submissions, s.indicator, s.year, env.data.townships, env.data.registry)
    return (township: string) => {
      const c = counts.get(township)
      return c ? { num: c.num, den: c.den, unit: registryUnit(c, text.locale.value) } : null
    }
  }
  const xCount = countsOf(x)
  const yCount = countsOf(y)
  const points = x.rows.map(r => ({ township: r.township, x: r.value, y: yByName.get(r.township) ?? null, xCount: xCount(r.township), yCount: yCount(r.township) }))
  const subtitle = medianLine('compare.scatter.subtitle', env.peer, text)
  const title = t('compare.scatter.title', { year: x.year, x: text.label(x.indicator), y: text.label(y.indicator) })
  const context: ExportContext = {
    title, year: x.year, unit: [text.unitOf(x), text.unitOf(y)].filter(u => u !== '').join(' / '),
    source: text.fileNames([...new Set([...x.sources, ...y.sources])]), completeness: text.compactSubtitle(x),
    note: subtitle, file: { subject: `${text.label(x.indicator)}-${text.label(y.indicator)}`, kind: t('present.kind.scatter') },
  }
  if (isNormalizable(x.indicator.kind)) context.normalization = t(`normalization.${x.mode}`)
  return withLazyNotes({
    kind: 'scatter',
    chart: 'scatterOption',
    title,
    subtitle,
    context,
    view: { chart: 'scatter', indicators: [xId, yId], year: x.year, normalization: x.mode, townships: [...view.townships], options: { yMode: y.mode } },
    rows: 0,
    height: () => 520,
    build: (theme, box) => {
      const option = scatterOption({
        points, box,
        xIndicator: { label: text.label(x.indicator), unit: text.unitOf(x), median: x.summary.median, target: chartTarget(env, xId, x.mode === 'raw' || !x.normalized) },
        yIndicator: { label: text.label(y.indicator), unit: text.unitOf(y), median: y.summary.median, target: chartTarget(env, yId, y.mode === 'raw' || !y.normalized) },
        highlight: view.townships,
        labels: { median: t('chart.median'), noData: t('chart.noData'), missing: t('chart.missing'), unitSuffix: t('common.paren', { text: '{unit}' }), separator: t('common.listSeparator'), colon: t('common.colon'),
          counts: t('common.paren', { text: '{text}' }), hiddenHere: t('compare.scatter.hiddenHere', { list: '{list}' }), hiddenUnder: t('compare.scatter.hiddenUnder', { name: '{name}' }),
        },
      }, theme)
      return points.length > LABEL_ALL_MAX ? labelHighlightedOnly(option, new Set(view.townships)) : option
    },
  }, () => lines(seriesLines(x, rankedRows(x), text, env.peer), seriesLines(y, rankedRows(y), text, env.peer), flagLines(env.flags(x.year), [xId, yId], text)))
}
