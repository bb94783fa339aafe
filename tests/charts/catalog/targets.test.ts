// Rate targets on the catalog's rankings: the county target of the flag rules, else the scheme's
// full-points line, drawn as a labelled line; none for an indicator without a target.
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import registryJson from '~data/indicators.json'
import { catalogEnv, chartEntry, compareText } from '@/charts/catalog'
import { screenTheme } from '@/charts/theme'
import type { Scheme } from '@/core/assessment'
import type { DeckView } from '@/core/deck'
import { DEFAULT_FLAG_RULES, type FlagRules } from '@/core/flagRules'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'
import zhCN from '@/locales/zh-CN'
import { seriesOf } from '../optionParts'

const registry = loadRegistry(registryJson)
const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const text = compareText({ t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)), locale: i18n.global.locale })
const townships: Township[] = ['甲镇', '乙镇'].map(name => ({ code: name, name, kind: '镇', population: 10000, area_km2: null, aliases: [] }))
const submissions: Submission[] = [['甲镇', 90], ['乙镇', 99]].map(([name, rate]) => ({
  township: name as string, code: name as string, year: 2024, values: { enforcement_cert_rate: rate as number, case_file_pass_rate: rate as number, penalty_cases: 3 }, approx: [], derived: [], source: { file: 'a.csv', row: 2 },
}))
const scheme: Scheme = {
  name: 's', year: 2024, scale: 100, groups: [{ id: 'g', label: 'g' }], grades: [{ label: '合格', atLeast: 0 }],
  items: [{ id: 'c', group: 'g', label: '案卷', max: 8, rule: { type: 'linear', indicator: 'case_file_pass_rate', from: 80, to: 100 } }],
}
const view = (id: string): DeckView => ({ chart: 'ranking', page: 'compare', indicators: [id], year: 2024, townships: [], normalization: 'raw', options: {} })
const targetLine = (id: string, rules: FlagRules, s: Scheme | null) => {
  const entry = chartEntry(view(id), catalogEnv({ submissions, townships, registry, issues: [], rules, scheme: s }, text))!
  return (seriesOf(entry.build(screenTheme))[0].markLine.data as { label: { formatter: string } }[]).map(d => d.label.formatter).find(f => /目标|满分/.test(f)) ?? null
}

describe('targets on rankings', () => {
  it.each([
    ['the county target of the flag rules', 'enforcement_cert_rate', DEFAULT_FLAG_RULES, scheme, '县定目标 95'],
    ['the scheme’s full-points line', 'case_file_pass_rate', DEFAULT_FLAG_RULES, scheme, '满分线 100'],
    ['nothing without a scheme or rule', 'case_file_pass_rate', DEFAULT_FLAG_RULES, null, null],
    ['nothing on a count', 'penalty_cases', DEFAULT_FLAG_RULES, scheme, null],
  ] as const)('draws %s', (_name, id, rules, s, want) => {
    expect(targetLine(id, rules, s)).toBe(want)
  })
})
