// Peer groups on the Compare page's charts: a view with options.peer draws that group only, with the
// group's own ranks, mean and median, says so in its title, and its slide draws the same.
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import registryJson from '~data/indicators.json'
import { catalogEnv, chartEntry, compareText } from '@/charts/catalog'
import { peerEnv } from '@/charts/catalog/peer'
import { screenTheme } from '@/charts/theme'
import { completeView, readDeckView, type DeckView } from '@/core/deck'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'
import zhCN from '@/locales/zh-CN'
import { part, seriesOf } from '../optionParts'

const registry = loadRegistry(registryJson)
const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const text = compareText({ t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)), locale: i18n.global.locale })
const tw = (name: string, kind: Township['kind']): Township => ({ code: name, name, kind, population: 10000, area_km2: null, aliases: [] })
const townships = [tw('城关街道', '街道'), tw('东城街道', '街道'), tw('甲镇', '镇'), tw('乙镇', '镇'), tw('高坪乡', '乡')]
const rates: Record<string, number> = { 城关街道: 90, 东城街道: 80, 甲镇: 100, 乙镇: 96, 高坪乡: 70 }
const submissions: Submission[] = Object.entries(rates).map(([name, rate]) => ({
  township: name, code: name, year: 2024, values: { enforcement_cert_rate: rate, litigation_won: 1 }, approx: [], derived: [], source: { file: '2024.csv', row: 2 },
}))
const env = catalogEnv({ submissions, townships, registry, issues: [], rules: { version: 1, rules: [] } }, text)
const view = (chart: DeckView['chart'], options: Record<string, string> = {}): DeckView => ({
  chart, page: 'compare', indicators: ['enforcement_cert_rate'], year: 2024, townships: [], normalization: 'raw', options,
})
const yNames = (option: unknown) => (part(option as never, 'yAxis').data as (string | { value: string })[]).map(d => (typeof d === 'string' ? d : d.value))

describe('peer groups on the Compare charts', () => {
  it.each([
    ['all', ['甲镇', '乙镇', '城关街道', '东城街道', '高坪乡'], 90, ''],
    ['街道', ['城关街道', '东城街道'], 85, '（街道）'],
    ['镇', ['甲镇', '乙镇'], 98, '（镇）'],
    ['乡', ['高坪乡'], 70, '（乡）'],
  ])('ranks %s with its own median', (peer, names, median, suffix) => {
    const entry = chartEntry(view('ranking', peer === 'all' ? {} : { peer }), env)!
    expect(yNames(entry.build(screenTheme))).toEqual(names)
    expect(peerEnv(env, peer as never).series('enforcement_cert_rate', 2024, 'raw')!.summary.median).toBe(median)
    expect(entry.title).toBe(`2024 行政执法人员持证率排名（%）${suffix}`)
    expect(entry.context.title.endsWith(suffix)).toBe(true)
  })

  it.each([['ranking'], ['heatmap'], ['outcome'], ['scatter']] as const)('a %s slide keeps the group of its panel', (chart) => {
    const v = view(chart, chart === 'scatter' ? { peer: '街道' } : { peer: '街道', ...(chart === 'outcome' ? { kind: 'litigation' } : {}) })
    const panel = chartEntry(chart === 'scatter' ? { ...v, indicators: ['enforcement_cert_rate', 'litigation_won'] } : v, env)!
    expect(panel.view?.options?.peer).toBe('街道')
    const stored = readDeckView(JSON.parse(JSON.stringify(completeView(panel.view!, v))))!
    const slide = chartEntry(stored, env)!
    expect(slide.title).toBe(panel.title)
    expect(JSON.stringify(slide.build(screenTheme))).toBe(JSON.stringify(panel.build(screenTheme)))
    expect(JSON.stringify(seriesOf(slide.build(screenTheme)))).not.toMatch(/甲镇|高坪乡/)
  })

  it.each([
    ['all', '虚线为全县中位数', '全县中位数：90%'],
    ['街道', '虚线为本组（街道）中位数', '本组（街道）中位数：85%'],
    ['镇', '虚线为本组（镇）中位数', '本组（镇）中位数：98%'],
  ])('a scatter of %s names whose median its dashed lines and notes give', (peer, subtitle, note) => {
    const entry = chartEntry({ ...view('scatter', peer === 'all' ? {} : { peer }), indicators: ['enforcement_cert_rate', 'litigation_won'] }, env)!
    expect(entry.subtitle).toContain(subtitle)
    expect(entry.context.note).toContain(subtitle)
    expect(entry.notes).toContain(note)
    expect(chartEntry(view('ranking', peer === 'all' ? {} : { peer }), env)!.notes).toContain(note)
  })

  it('leaves the radar and the trend to the whole county', () => {
    const radar = chartEntry({ ...view('radar', { peer: '街道', township: '甲镇' }), townships: ['甲镇'] }, env)
    expect(radar?.title).toMatch(/甲镇/)
    expect(radar?.view?.options?.peer).toBeUndefined()
  })

  it('computes a group’s series once', () => {
    expect(peerEnv(env, '镇')).toBe(peerEnv(env, '镇'))
    expect(peerEnv(env, 'all')).toBe(env)
  })
})
