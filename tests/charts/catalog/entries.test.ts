import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import registryJson from '~data/indicators.json'
import { projectorTheme, screenTheme } from '@/charts/theme'
import type { DeckView } from '@/core/deck'
import { readFlagRules } from '@/core/flagRules'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'
import { catalogEnv, chartEntry, compareText, type ChartEntry } from '@/charts/catalog'
import zhCN from '@/locales/zh-CN'
import { part, seriesOf } from '../optionParts'

const registry = loadRegistry(registryJson)
const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const text = compareText({ t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)), locale: i18n.global.locale })
const rules = readFlagRules({
  version: 1,
  rules: [{ id: 'cert', type: 'value', level: 'red', indicator: 'enforcement_cert_rate', op: '<', threshold: 95, message: '持证率低于 95%' }],
}).rules!

const township = (name: string): Township => ({ code: name, name, kind: '镇', population: 10000, area_km2: null, aliases: [] })
const sub = (name: string, year: number, values: Record<string, number | null>): Submission => ({
  township: name, code: name, year, values, approx: [], derived: [], source: { file: `${year}.csv`, row: 2 },
})
const submissions = [
  sub('甲镇', 2024, { enforcement_cert_rate: 99, penalty_cases: 3, litigation_won: 2, litigation_lost: 1 }),
  sub('乙镇', 2024, { enforcement_cert_rate: 80, penalty_cases: 9, litigation_won: 1 }),
  sub('丙镇', 2024, { enforcement_cert_rate: 96, penalty_cases: 5 }),
  sub('甲镇', 2023, { enforcement_cert_rate: 90 }),
]
const env = catalogEnv({ submissions, townships: ['甲镇', '乙镇', '丙镇', '丁镇'].map(township), registry, issues: [], rules }, text)
/** The entry of a view and its option with a theme. */
function buildCatalogChart(v: DeckView, _env: typeof env, theme: typeof screenTheme): (ChartEntry & { option: ReturnType<ChartEntry['build']> }) | null {
  const entry = chartEntry(v, _env)
  return entry ? { ...entry, option: entry.build(theme) } : null
}
const view = (chart: DeckView['chart'], extra: Partial<DeckView> = {}): DeckView => ({
  chart, page: 'compare', indicators: ['enforcement_cert_rate'], year: 2024, townships: [], normalization: 'raw', options: {}, ...extra,
})

describe('chart catalog', () => {
  it('draws a ranking of the view’s indicator and year, best first, the missing township last', () => {
    const chart = buildCatalogChart(view('ranking'), env, screenTheme)!
    expect(chart.chart).toBe('rankingBarOption')
    expect(part(chart.option, 'yAxis').data.map((d: { value: string }) => d.value)).toEqual(['甲镇', '丙镇', '乙镇', '丁镇'])
    expect(chart.title).toMatch(/2024.*行政执法人员持证率排名/)
  })

  it('gives the export context: unit, year, sources, completeness and a file name', () => {
    const { context } = buildCatalogChart(view('ranking'), env, screenTheme)!
    expect(context).toMatchObject({ unit: '%', year: 2024, source: '2024.csv', completeness: '3 / 4 个乡镇已报送', file: { subject: '行政执法人员持证率', kind: '排名' } })
  })

  it.each([
    ['everyone at 100 %', [100, 100, 100], ['全部达标：各乡镇均为 100%'], /表现最好|表现最差/],
    ['everyone tied below 100 %', [90, 90, 90], ['各乡镇全部并列：均为 90%'], /表现最好|表现最差|全部达标/],
    ['two tied first', [100, 100, 80, 70], ['表现最好：甲镇 100%（并列第 1）、乙镇 100%（并列第 1）', '表现最差：丁镇 70%'], /表现最差：[^\n]*(甲镇|乙镇)/],
    ['two tied last, one missing', [100, 70, 70, null], ['表现最好：甲镇 100%', '表现最差：丙镇 70%（并列第 2）、乙镇 70%（并列第 2）'], /表现最差：[^\n]*甲镇/],
  ])('speaker notes in words that stay true with ties: %s', (_, rates, lines, never) => {
    const names = ['甲镇', '乙镇', '丙镇', '丁镇']
    const subs = rates.flatMap((r, i) => (r === null ? [] : [sub(names[i]!, 2024, { enforcement_cert_rate: r })]))
    const { notes } = chartEntry(view('ranking'), catalogEnv({ submissions: subs, townships: names.map(township), registry, issues: [], rules }, text))!
    for (const line of lines) expect(notes).toContain(line)
    expect(notes).not.toMatch(never)
  })

  it('writes speaker notes with the best and worst townships, who did not submit, and the flags', () => {
    const { notes } = buildCatalogChart(view('ranking'), env, screenTheme)!
    expect(notes).toContain('表现最好：甲镇 99%')
    expect(notes).toContain('表现最差：乙镇 80%')
    expect(notes).toContain('未报送：丁镇')
    expect(notes).toContain('红灯：乙镇（持证率低于 95%）')
  })

  it('rebuilds the same chart with the projector theme', () => {
    const chart = buildCatalogChart(view('ranking'), env, screenTheme)!
    expect(part(chart.build(projectorTheme), 'yAxis').axisLabel.fontSize).toBe(projectorTheme.fontSize)
  })

  it.each([
    ['scatter', view('scatter', { indicators: ['enforcement_cert_rate', 'penalty_cases'] }), 'scatterOption', /持证率 与 行政处罚/],
    ['heatmap', view('heatmap', { options: { group: 'core' } }), 'heatmapOption', /热力图：核心比率/],
    ['outcome', view('outcome', { options: { kind: 'litigation', mode: 'percent' } }), 'outcomeBarOption', /2024 行政应诉结果/],
    ['trend', view('trend', { townships: ['甲镇'] }), 'trendOption', /行政执法人员持证率历年趋势（%）/],
    ['radar', view('radar', { options: { township: '乙镇' } }), 'radarOption', /乙镇 核心比率指标百分位/],
  ] as const)('draws a %s view', (_, v, builder, title) => {
    const chart = buildCatalogChart(v, env, screenTheme)!
    expect(chart.chart).toBe(builder)
    expect(chart.title).toMatch(title)
    expect(seriesOf(chart.option).length).toBeGreaterThan(0)
  })

  it('notes a township’s strongest and weakest rates and its flags under its radar', () => {
    const { notes } = buildCatalogChart(view('radar', { options: { township: '乙镇' } }), env, screenTheme)!
    expect(notes).toContain('红灯：持证率低于 95%')
  })

  it('keeps the outcome view’s mode (percent axis to 100)', () => {
    const chart = buildCatalogChart(view('outcome', { options: { kind: 'litigation', mode: 'percent' } }), env, screenTheme)!
    expect(part(chart.option, 'xAxis').max).toBe(100)
  })

  it.each([
    ['an indicator the registry does not know', view('ranking', { indicators: ['no_such_indicator'] })],
    ['no year', view('ranking', { year: null })],
    ['a radar of a township not in the county', view('radar', { options: { township: '外县镇' } })],
    ['a scatter with one indicator', view('scatter')],
  ])('returns null for %s', (_, v) => {
    expect(buildCatalogChart(v, env, screenTheme)).toBeNull()
  })
})
