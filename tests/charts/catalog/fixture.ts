// The county the catalog tests draw: 45 townships (more rows than a heatmap shows at once on screen),
// two years, and the view of every chart kind as the pages ask for it.
import { createI18n } from '@/composables/i18n'
import registryJson from '~data/indicators.json'
import { catalogEnv, compareText } from '@/charts/catalog'
import type { DeckView } from '@/core/deck'
import { readFlagRules } from '@/core/flagRules'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'
import zhCN from '@/locales/zh-CN'

const registry = loadRegistry(registryJson)
const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const text = compareText({ t: (key, named) => (named ? i18n.global.t(key, named) : i18n.global.t(key)), locale: i18n.global.locale })
const rules = readFlagRules({ version: 1, rules: [{ id: 'cert', type: 'value', level: 'red', indicator: 'enforcement_cert_rate', op: '<', threshold: 95, message: '持证率低于 95%' }] }).rules!

/** 45 townships: more rows than a heatmap shows at once on screen. */
const names = Array.from({ length: 45 }, (_, i) => `第${i + 1}镇`)
const townships: Township[] = names.map(name => ({ code: name, name, kind: '镇', population: 10000 + name.length * 1000, area_km2: null, aliases: [] }))
const submissions: Submission[] = names.slice(0, 43).flatMap((name, i) => [2023, 2024].map(year => ({
  township: name, code: name, year, approx: [], derived: [], source: { file: `${year}.csv`, row: i + 2 },
  values: { enforcement_cert_rate: 80 + (i * 7) % 20, penalty_cases: (i * 5) % 13, enforcement_staff: 3 + i % 4, litigation_won: i % 3, litigation_lost: i % 2 },
})))
export const env = () => catalogEnv({ submissions, townships, registry, issues: [], rules }, text)

/** What the Compare, Trends, Township and Overview pages ask the catalog for. */
export const page = { page: 'compare', indicators: ['enforcement_cert_rate'], year: 2024, townships: ['第3镇'], normalization: 'raw' as const }
export const views: [string, DeckView][] = [
  ['ranking', { ...page, chart: 'ranking', options: {} }],
  ['ranking per 10,000 residents', { ...page, chart: 'ranking', indicators: ['penalty_cases'], normalization: 'per10k', options: {} }],
  ['scatter', { ...page, chart: 'scatter', indicators: ['penalty_cases', 'enforcement_staff'], normalization: 'per10k', options: { yMode: 'raw' } }],
  ['heatmap', { ...page, chart: 'heatmap', options: { group: 'core' } }],
  ['heatmap of a registry group', { ...page, chart: 'heatmap', options: { group: 'enforcement' } }],
  ['outcome', { ...page, chart: 'outcome', options: { kind: 'litigation', mode: 'percent' } }],
  ['trend', { ...page, page: 'trends', chart: 'trend', options: {} }],
  ['radar', { ...page, page: 'township', chart: 'radar', indicators: [], options: { township: '第3镇' } }],
]

