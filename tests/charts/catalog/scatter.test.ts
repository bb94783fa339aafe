// The catalog's scatter: the rate counts and the hidden-label words reach the option, in both languages.
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import registryJson from '~data/indicators.json'
import { catalogEnv, chartEntry, compareText } from '@/charts/catalog'
import type { Rect } from '@/charts/scatter'
import { screenTheme } from '@/charts/theme'
import type { DeckView } from '@/core/deck'
import { readFlagRules } from '@/core/flagRules'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'
import { seriesOf, tooltipFormatter } from '../optionParts'

const registry = loadRegistry(registryJson)
const rules = readFlagRules({ version: 1, rules: [] }).rules!
const township = (name: string): Township => ({ code: name, name, kind: '镇', population: 10000, area_km2: null, aliases: [] })
const sub = (name: string, values: Record<string, number | null>): Submission => ({
  township: name, code: name, year: 2024, values, approx: [], derived: [], source: { file: '2024.csv', row: 2 },
})
const submissions = [
  sub('甲镇', { litigation_win_rate: 83.33, litigation_won: 5, litigation_concluded: 6, enforcement_cert_rate: 90, enforcement_certified: 9, enforcement_staff: 10 }),
  // A rate typed in that its counts contradict: no counts are shown for it.
  sub('乙镇', { litigation_win_rate: 90, litigation_won: 1, litigation_concluded: 2, enforcement_cert_rate: 95 }),
]
const view: DeckView = {
  chart: 'scatter', page: 'compare', indicators: ['enforcement_cert_rate', 'litigation_win_rate'], year: 2024, townships: [], normalization: 'raw', options: {},
}

function entryIn(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
  const text = compareText({ t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)), locale: i18n.global.locale })
  return chartEntry(view, catalogEnv({ submissions, townships: ['甲镇', '乙镇'].map(township), registry, issues: [], rules }, text))!
}

describe('catalog scatter', () => {
  it.each([
    ['zh-CN', 0, ['行政诉讼胜诉率：83.3%（5 / 6 件）', '行政执法人员持证率：90%（9 / 10 人）']],
    ['zh-CN', 1, ['行政诉讼胜诉率：90%', '行政执法人员持证率：95%']],
    ['en', 0, ['Litigation win rate：83.3% (5 / 6 cases)', 'Enforcement certification rate：90% (9 / 10 people)']],
  ] as const)('tooltip in %s of point %i gives the counts behind each rate where they agree', (locale, index, expected) => {
    const html = tooltipFormatter(entryIn(locale).build(screenTheme))({ seriesIndex: 0, dataIndex: index })
    for (const line of expected) expect(html).toContain(line)
    if (index === 1) expect(html).not.toContain(' / ')
  })

  it.each([
    ['zh-CN', '名称重叠未标注：乙镇', '名称与甲镇重叠，图上未标注'],
    ['en', 'Names not shown (overlapping): 乙镇', 'Name not shown: it overlaps 甲镇'],
  ] as const)('names the labels hidden by overlap in %s', (locale, here, under) => {
    const option = entryIn(locale).build(screenTheme)
    const layout = seriesOf(option)[0].labelLayout as (p: { dataIndex: number, labelRect: Rect }) => unknown
    layout({ dataIndex: 0, labelRect: { x: 0, y: 0, width: 40, height: 14 } })
    layout({ dataIndex: 1, labelRect: { x: 10, y: 2, width: 40, height: 14 } })
    const html = tooltipFormatter(option)
    expect(html({ seriesIndex: 0, dataIndex: 0 })).toContain(here)
    expect(html({ seriesIndex: 0, dataIndex: 1 })).toContain(under)
  })
})
