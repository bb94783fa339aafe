// The 考核 charts of the catalog: the ranking and the group scores for a peer group, the page's panel
// and the deck slide of the same view drawing the same option.
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import registryJson from '~data/indicators.json'
import { catalogEnv, chartEntry, compareText, peerRows, scoreCharts } from '@/charts/catalog'
import { projectorTheme, screenTheme } from '@/charts/theme'
import { assess, buildNotice, type Scheme, type YearAssessment } from '@/core/assessment'
import { completeView, readDeckView, type DeckView } from '@/core/deck'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'
import zhCN from '@/locales/zh-CN'
import { part, seriesOf } from '../optionParts'

const registry = loadRegistry(registryJson)
const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const text = compareText({ t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)), locale: i18n.global.locale })
const scheme: Scheme = {
  name: '测试方案', year: 2024, scale: 100,
  groups: [{ id: 'e', label: '执法' }, { id: 'l', label: '诉讼' }],
  items: [
    { id: 'cert', group: 'e', label: '持证率', max: 10, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }, { atLeast: 90, points: 5 }] } },
    { id: 'lost', group: 'l', label: '败诉', max: 10, rule: { type: 'per-occurrence', indicator: 'litigation_lost', deduct: 5, cap: 10 } },
  ],
  grades: [{ label: '优秀', atLeast: 90 }, { label: '合格', atLeast: 60 }, { label: '不合格', atLeast: 0 }],
}
const tw = (name: string, kind: Township['kind']): Township => ({ code: name, name, kind, population: null, area_km2: null, aliases: [] })
const townships = [tw('城关街道', '街道'), tw('东城街道', '街道'), tw('甲镇', '镇'), tw('高坪乡', '乡')]
const sub = (name: string, values: Record<string, number>): Submission => ({ township: name, code: name, year: 2024, values, approx: [], derived: [], source: { file: '2024.csv', row: 2 } })
const submissions = [
  sub('城关街道', { enforcement_cert_rate: 100, litigation_lost: 0 }),
  sub('东城街道', { enforcement_cert_rate: 92, litigation_lost: 1 }),
  sub('甲镇', { enforcement_cert_rate: 100, litigation_lost: 2 }),
]
const result = assess({ scheme, registry, townships, submissions, manual: [] }, 2024)
const year: YearAssessment = { scheme, year: 2024, result, previous: null, notice: buildNotice({ result, scheme, county: '示例县', late: [], previous: null }) }
const data = { submissions, townships, registry, issues: [], rules: { version: 1 as const, rules: [] }, assessment: (y: number) => (y === 2024 ? year : null) }
const env = () => catalogEnv(data, text)
const view = (chart: DeckView['chart'], options: Record<string, string> = {}, y: number | null = 2024): DeckView => ({ chart, page: 'assessment', indicators: [], year: y, townships: [], normalization: 'raw', options })
const names = (option: unknown) => (part(option as never, 'yAxis').data as (string | { value: string })[]).map(d => (typeof d === 'string' ? d : d.value))

describe('the 考核 charts', () => {
  it.each([
    ['all', ['城关街道', '东城街道', '甲镇', '高坪乡']],
    ['街道', ['城关街道', '东城街道']],
    ['乡', ['高坪乡']],
  ] as const)('ranks the %s peer group by its own rank', (peer, want) => {
    expect(peerRows(result.townships, peer).map(r => r.township)).toEqual(want)
  })

  it('titles the heatmap with the year and the peer group, and notes the weakest group', () => {
    expect(scoreCharts(text.t, year, '街道').groups.title).toBe('2024 年度考核分组得分（街道）')
    expect(scoreCharts(text.t, year, '街道').groups.notes).toBe('各组平均得分率（由低到高）：执法 75%、诉讼 75%')
    expect(scoreCharts(text.t, year, 'all').groups.notes).toMatch(/全县最弱的一组是“诉讼”，平均得分率 50%/)
  })

  it.each([
    ['score', 'scoreRankingOption', '2024 年度法治建设考核总分排名', /根据《测试方案》/],
    ['scoreGroups', 'scoreGroupsOption', '2024 年度考核分组得分', /最弱的一组是“诉讼”/],
  ] as const)('draws a %s slide from a deck view', (chart, builder, title, note) => {
    const c = chartEntry(view(chart), env())!
    expect([c.kind, c.chart, c.title]).toEqual([chart, builder, title])
    expect(names(c.build(screenTheme))).toEqual(['城关街道', '东城街道', '甲镇', '高坪乡'])
    expect(c.notes).toMatch(note)
  })

  it.each([['all'], ['街道'], ['镇']] as const)('the page’s panel and its slide agree for %s', (peer) => {
    const panels = scoreCharts(text.t, year, peer)
    for (const panel of [panels.ranking, panels.groups]) {
      const stored = readDeckView(JSON.parse(JSON.stringify(completeView(panel.view!, view('score')))))!
      const slide = chartEntry(stored, env())!
      expect([slide.kind, slide.title, slide.notes, slide.context]).toEqual([panel.kind, panel.title, panel.notes, panel.context])
      expect(JSON.stringify(slide.build(projectorTheme))).toBe(JSON.stringify(panel.build(projectorTheme)))
    }
  })

  it('keeps the peer group a slide was added with', () => {
    const c = chartEntry(view('scoreGroups', { peer: '街道' }), env())!
    expect(names(c.build(screenTheme))).toEqual(['城关街道', '东城街道'])
    expect(seriesOf(c.build(screenTheme))[0].data[0].label.formatter).toBe('10/10')
  })

  it.each([['no year', view('score', {}, null)], ['a year without an assessment', view('score', {}, 2020)], ['an unknown peer group (all)', view('score', { peer: '村' }, 2020)]])('returns null for %s', (_, v) => {
    expect(chartEntry(v, env())).toBeNull()
    expect(chartEntry(v, catalogEnv({ ...data, assessment: undefined }, text))).toBeNull()
  })
})
