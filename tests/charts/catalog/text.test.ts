import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import { compareText } from '@/charts/catalog'
import type { CompareSeries } from '@/core/analysis'
import type { Indicator } from '@/core/types'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'

const rate = { id: 'r', label_zh: '持证率', label_en: 'Certification rate', unit: '%', kind: 'rate' } as Indicator
const count = { id: 'c', label_zh: '检查次数', label_en: 'Inspections', unit: '次', unit_en: 'inspections', kind: 'count' } as Indicator
const series = (indicator: Indicator) => ({ indicator, normalized: false, mode: 'raw', year: 2024 }) as unknown as CompareSeries

function textIn(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
  return compareText({ t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)), locale: i18n.global.locale })
}

describe('compareText units and lists', () => {
  it.each([
    ['zh-CN', rate, '持证率（%）'],
    ['en', rate, 'Certification rate (%)'],
    ['zh-CN', count, '检查次数（次）'],
    ['en', count, 'Inspections (inspections)'],
  ] as const)('in %s titles %s with its unit', (locale, indicator, title) => {
    expect(textIn(locale).compactTitle(series(indicator))).toBe(title)
  })
  it.each([['zh-CN', 'a.csv、b.csv'], ['en', 'a.csv, b.csv']] as const)('in %s lists files', (locale, out) => {
    expect(textIn(locale).fileNames(['a.csv', 'b.csv'])).toBe(out)
  })
})
