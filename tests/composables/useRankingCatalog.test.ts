// The first screen's ranking-only catalog gives the entry the full catalog gives the same overview view.
// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { computed, defineComponent, h } from 'vue'
import { createI18n } from '@/composables/i18n'
import registryJson from '~data/indicators.json'
import type { ChartEntry } from '@/charts/catalog'
import { projectorTheme, screenTheme } from '@/charts/theme'
import { useChartCatalog } from '@/composables/useChartCatalog'
import { useRankingCatalog, type AllTownshipsRanking } from '@/composables/useRankingCatalog'
import { readFlagRules } from '@/core/flagRules'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'
import zhCN from '@/locales/zh-CN'

const registry = loadRegistry(registryJson)
const rules = readFlagRules({
  version: 1,
  rules: [{ id: 'cert', type: 'value', level: 'red', indicator: 'enforcement_cert_rate', op: '<', threshold: 95, message: '持证率低于 95%' }],
}).rules!
const township = (name: string): Township => ({ code: name, name, kind: '镇', population: 10000, area_km2: null, aliases: [] })
const sub = (name: string, year: number, values: Record<string, number | null>): Submission => ({
  township: name, code: name, year, values, approx: [], derived: [], source: { file: `${year}.csv`, row: 2 },
})
const data = {
  submissions: [
    sub('甲镇', 2024, { enforcement_cert_rate: 99, penalty_cases: 3 }),
    sub('乙镇', 2024, { enforcement_cert_rate: 80, penalty_cases: 9 }),
    sub('丙镇', 2024, { enforcement_cert_rate: 96 }),
    sub('甲镇', 2023, { enforcement_cert_rate: 90 }),
  ],
  townships: ['甲镇', '乙镇', '丙镇', '丁镇'].map(township), registry, issues: [], rules, annotations: [],
}
const view = (extra: Partial<AllTownshipsRanking>): AllTownshipsRanking => ({
  chart: 'ranking', page: 'overview', indicators: ['enforcement_cert_rate'], year: 2024, townships: [], normalization: 'raw', options: {}, ...extra,
})

/** The entries of both catalogs for `v`, made inside a component (the catalogs use the component's i18n). */
function entries(v: AllTownshipsRanking): [ChartEntry | null, ChartEntry | null] {
  let out: [ChartEntry | null, ChartEntry | null] = [null, null]
  const Probe = defineComponent(() => {
    const input = computed(() => data)
    out = [useChartCatalog(input).entry(v), useRankingCatalog(input).entry(v)]
    return () => h('div')
  })
  mount(Probe, { global: { plugins: [createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })] } })
  return out
}

describe('useRankingCatalog', () => {
  it.each([
    ['the latest year', view({})],
    ['an earlier year', view({ year: 2023 })],
    ['highlighted townships', view({ townships: ['乙镇'] })],
    ['a count', view({ indicators: ['penalty_cases'] })],
    ['a year without data', view({ year: 2020 })],
    ['an unknown indicator', view({ indicators: ['no_such_indicator'] })],
  ])('gives the full catalog\'s entry for %s', (_, v) => {
    const [full, ranking] = entries(v)
    if (full === null) { expect(ranking).toBeNull(); return }
    expect(ranking).not.toBeNull()
    const { build: fullBuild, height: fullHeight, ...fullRest } = full
    const { build, height, ...rest } = ranking!
    expect(JSON.stringify(rest)).toBe(JSON.stringify(fullRest))
    for (const theme of [screenTheme, projectorTheme]) {
      expect(height(theme)).toBe(fullHeight(theme))
      expect(JSON.stringify(build(theme))).toBe(JSON.stringify(fullBuild(theme)))
    }
  })
  it('draws a ranking for the latest year', () => {
    const [, ranking] = entries(view({}))
    expect(ranking?.kind).toBe('ranking')
    expect(ranking?.rows).toBe(4)
  })
})
