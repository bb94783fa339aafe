// What the trends page says around its chart: unit, sources, years and the hints for odd data.
import { sourceOf } from '../datasetShape'
import type { Indicator, Submission } from '../types'
import { isNormalizable, type Normalization } from './perCapita'
import { isPresent } from './ranking'
import type { TrendSeries } from './series'

/** The i18n translate function, as far as these helpers use it. */
export type Translate = (key: string, named?: Record<string, unknown>) => string

export interface TrendTableRow {
  name: string
  values: readonly (number | null)[]
  /** The county median row is set apart. */
  reference?: boolean
}

/** The unit of the compared figures: the registry unit, or per 10,000 residents / per officer for normalized counts. */
export function trendUnit(indicator: Indicator, normalization: Normalization, t: Translate): string {
  if (normalization === 'raw' || !isNormalizable(indicator.kind)) return indicator.unit
  return t(normalization === 'per10k' ? 'trends.per10kUnit' : 'trends.perOfficerUnit', { unit: indicator.unit })
}

/** Whether any submission, of any year, has a figure for the indicator. */
export function anyFigure(subs: readonly Submission[], indicatorId: string): boolean {
  return subs.some(s => isPresent(s.values[indicatorId]))
}

/** Files that hold a figure of the indicator, sorted; at most `max` names, then "…". */
export function trendSources(subs: readonly Submission[], indicatorId: string, max = 4): string {
  const files = [...new Set(subs.filter(s => isPresent(s.values[indicatorId])).map(s => sourceOf(s, indicatorId).file))].sort()
  return files.length > max ? `${files.slice(0, max).join('、')}…` : files.join('、')
}

/** The hints shown above the chart, in order: no data, nobody reported (`reported`: some submission has a figure), no figure after normalization, a single year, townships without any figure, none chosen. */
export function trendHints(series: TrendSeries, opts: { hasData: boolean, reported: boolean, indicatorLabel: string, chosen: readonly string[] }, t: Translate): string[] {
  if (!opts.hasData) return [t('trends.noData')]
  const indicator = opts.indicatorLabel
  if (!opts.reported) return [t('trends.nobody', { indicator })]
  if (series.median.every(v => v === null)) return [t('trends.noDivisor', { indicator })]
  const hints: string[] = []
  if (series.years.length === 1) hints.push(t('trends.singleYear', { year: series.years[0] }))
  for (const line of series.lines) if (line.values.every(v => v === null)) hints.push(t('trends.townshipEmpty', { name: line.township, indicator }))
  if (opts.chosen.length === 0) hints.push(t('trends.chooseHint'))
  return hints
}
