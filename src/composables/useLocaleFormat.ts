// How the components write figures, units, names and dates, in the page's language: the core's
// formatters bound to the page's current locale, so that a presentational component needs no core value.
import { useI18n } from './i18n'
import { completenessText, labelIn, num } from '@/core/assessment'
import { decimalsFor, formatNumber } from '@/core/format'
import { localDate } from '@/core/localDate'
import { unitOf } from '@/core/registry'
import type { Indicator } from '@/core/types'

export function useLocaleFormat() {
  const { locale } = useI18n()
  return {
    /** An indicator's unit in the page's language (件 / cases; the Chinese unit where there is no English one). */
    unit: (indicator: Pick<Indicator, 'unit' | 'unit_en'>): string => unitOf(indicator, locale.value),
    /** A figure at its unit's one precision (decimalsFor: rates 1 decimal, others at most 2), grouped in the page's language. */
    figure: (value: number, indicator: Pick<Indicator, 'unit'>): string => formatNumber(value, locale.value, decimalsFor(indicator.unit)),
    /** A scheme's group, item or grade name in the page's language (`label_en` in English where given). */
    label: (x: { label: string, label_en?: string }): string => labelIn(x, locale.value),
    /** A share 0–1 as a whole percentage: 100%, 50%. */
    percent: completenessText,
    /** Points as the 考核 reasons write them: at most 2 decimals, no trailing zeros. */
    points: num,
    /** `2025-01-20`: the calendar day of an instant in the county's time zone. */
    day: (ms: number): string => localDate(ms),
  }
}
