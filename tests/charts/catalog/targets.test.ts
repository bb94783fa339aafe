// Rate targets on the catalog's rankings, trends and scatters: the county target of the flag rules, else the scheme's
// full-points line, drawn as a labelled line; none for an indicator without a target.
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
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
const view = (id: string, chart: DeckView['chart'] = 'ranking', indicators = [id]): DeckView => ({ chart, page: 'compare', indicators, year: 2024, townships: ['甲镇'], normalization: 'raw', options: {} })
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

/** The target's line on a trend (a flat series named in the legend) or a scatter (a dotted markLine per axis). */
const trendTarget = (id: string, s: Scheme | null) => {
  const entry = chartEntry(view(id, 'trend'), catalogEnv({ submissions, townships, registry, issues: [], rules: DEFAULT_FLAG_RULES, scheme: s }, text))!
  const option = entry.build(screenTheme)
  const line = seriesOf(option).find(x => /目标|满分/.test(x.name ?? ''))
  const legend = (option.legend as { data: string[] }).data
  return line ? { name: line.name, data: line.data, dotted: line.lineStyle.type, inLegend: legend.includes(line.name) } : null
}
const scatterTargets = (x: string, y: string) => {
  const entry = chartEntry(view(x, 'scatter', [x, y]), catalogEnv({ submissions, townships, registry, issues: [], rules: DEFAULT_FLAG_RULES, scheme }, text))!
  const option = entry.build(screenTheme)
  const marks = seriesOf(option)[0].markLine.data as { xAxis?: number, yAxis?: number, label: { formatter: string } }[]
  const reach = seriesOf(option)[1]?.data ?? []
  return { lines: marks.filter(m => /目标|满分/.test(m.label.formatter)).map(m => [m.xAxis === undefined ? 'y' : 'x', m.label.formatter]), reach }
}

describe('targets on trends and scatters', () => {
  it.each([
    ['the county target as a dotted line named in the legend', 'enforcement_cert_rate', scheme, { name: '县定目标 95%', data: [95], dotted: 'dotted', inLegend: true }],
    ['the scheme’s line where the rules set none', 'case_file_pass_rate', scheme, { name: '满分线 100%', data: [100], dotted: 'dotted', inLegend: true }],
    ['nothing without a target', 'case_file_pass_rate', null, null],
    ['nothing on a count', 'penalty_cases', scheme, null],
  ] as const)('a trend draws %s', (_name, id, s, want) => {
    expect(trendTarget(id, s)).toEqual(want)
  })

  it('a scatter draws each axis’s target and reaches it', () => {
    const { lines, reach } = scatterTargets('enforcement_cert_rate', 'case_file_pass_rate')
    expect(lines).toEqual([['x', '县定目标 95%'], ['y', '满分线 100%']])
    // Invisible points at the targets keep both lines inside the axes.
    expect(reach).toEqual([[95, expect.any(Number)], [expect.any(Number), 100]])
  })

  it('a scatter of counts draws no target line', () => {
    expect(scatterTargets('penalty_cases', 'penalty_cases').lines).toEqual([])
  })
})
