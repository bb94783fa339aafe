// Text of the township table's cells in the page's language (useProfileText binds them to the page's
// translate function and locale). Plain strings only: they reach the DOM through {{ }}.
import { useI18n } from './i18n'
import { formatNumber, withUnit } from '@/charts/common'
import { decimalsFor } from '@/core/format'
import { unitOf } from '@/core/registry'
import type { SourceRef } from '@/core/types'
import type { YearOverYear } from '@/core/analysis'
import type { ProfileRow } from '@/core/analysis'

/** The i18n translate function, as far as these helpers use it. */
export type Translate = (key: string, named?: Record<string, unknown>) => string

const DASH = '—'

/** The value with its unit, 约 for approximate figures, 是/否 for yes/no indicators, or why there is none. */
export function valueText(row: Pick<ProfileRow, 'value' | 'status' | 'approx' | 'indicator'>, t: Translate, locale = 'zh-CN'): string {
  if (row.value === null) {
    if (row.status === 'not-applicable') return t('common.notApplicable')
    if (row.status === 'missing') return t('township.table.missing')
    if (row.status === 'blank') return t('township.table.blank')
    return DASH
  }
  if (row.indicator.kind === 'flag') return row.value > 0 ? t('township.table.yes') : t('township.table.no')
  const text = withUnit(formatNumber(row.value, decimalsFor(row.indicator.unit)), unitOf(row.indicator, locale))
  return row.approx ? `${t('common.approx')} ${text}` : text
}

/** "3 / 24", or — when the township has no rank. */
export function rankText(row: Pick<ProfileRow, 'rank' | 'ranked'>): string {
  return row.rank === null ? DASH : `${row.rank} / ${row.ranked}`
}

/** Percentile rounded to a whole number, or —. */
export function percentileText(percentile: number | null): string {
  return percentile === null ? DASH : formatNumber(percentile, 0)
}

/** The county median with unit (— for yes/no indicators and when nobody reported). */
export function medianText(row: Pick<ProfileRow, 'countyMedian' | 'indicator'>, locale = 'zh-CN'): string {
  if (row.countyMedian === null || row.indicator.kind === 'flag') return DASH
  return withUnit(formatNumber(row.countyMedian, decimalsFor(row.indicator.unit)), unitOf(row.indicator, locale))
}

const signed = (x: number, decimals = 2): string => `${x > 0 ? '+' : ''}${formatNumber(x, decimals)}`

/** Counts: "+3 件（+12.5%）"; rates: "+1.8 个百分点"; no previous year in the data: a note; a missing side: —. */
export function changeText(change: YearOverYear | null, row: Pick<ProfileRow, 'indicator'>, t: Translate, locale = 'zh-CN'): string {
  if (change === null) return t('township.table.noPrevious')
  if (row.indicator.kind === 'flag') return DASH
  if (change.type === 'points') return change.pp === null ? DASH : t('township.table.points', { value: signed(change.pp) })
  if (change.abs === null) return DASH
  const abs = withUnit(signed(change.abs), unitOf(row.indicator, locale))
  return change.pct === null ? abs : `${abs}${t('common.paren', { text: `${signed(change.pct, 1)}%` })}`
}

/** 'better' or 'worse' in the indicator's direction; null for no change, neutral indicators or no figure. */
export function changeTone(change: YearOverYear | null, row: Pick<ProfileRow, 'indicator'>): 'better' | 'worse' | null {
  if (change === null || row.indicator.direction === 'neutral' || row.indicator.kind === 'flag') return null
  const delta = change.type === 'points' ? change.pp : change.abs
  if (delta === null || delta === 0) return null
  return (delta > 0) === (row.indicator.direction === 'higher_better') ? 'better' : 'worse'
}

/** "2024.csv 第 7 行", the file alone when the figure concerns the whole file, — without a source. */
export function sourceText(source: SourceRef | null, t: Translate): string {
  if (source === null) return DASH
  return source.row === null ? source.file : `${source.file} ${t('common.row', { row: source.row })}`
}

/** The cells' texts bound to the component's translate function and locale. */
export function useProfileText() {
  const { t: translate, locale } = useI18n()
  const t: Translate = (key, named) => (named ? translate(key, named) : translate(key))
  return {
    t,
    valueText: (row: Parameters<typeof valueText>[0]) => valueText(row, t, locale.value),
    medianText: (row: Parameters<typeof medianText>[0]) => medianText(row, locale.value),
    changeText: (change: YearOverYear | null, row: Pick<ProfileRow, 'indicator'>) => changeText(change, row, t, locale.value),
    sourceText: (source: SourceRef | null) => sourceText(source, t),
    rankText, percentileText, changeTone,
  }
}
