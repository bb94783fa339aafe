import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import registryJson from '~data/indicators.json'
import { useCompareData } from '@/composables/useCompareData'
import type { Normalization } from '@/core/analysis'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'

const registry = loadRegistry(registryJson)
const township = (name: string, population: number | null = 10000): Township => ({ code: name, name, kind: '镇', population, area_km2: null, aliases: [] })
const sub = (name: string, values: Record<string, number | null>, file = 'a.csv'): Submission => ({
  township: name, code: name, year: 2024, values, approx: [], derived: [], source: { file, row: 2 },
})

function setup(subs: Submission[], opts: { year?: number | null, normalization?: Normalization, primary?: string } = {}) {
  return useCompareData({
    submissions: ref(subs), townships: ref([township('甲镇'), township('乙镇'), township('丙镇', null)]), registry: ref(registry),
    year: ref(opts.year === undefined ? 2024 : opts.year), normalization: ref(opts.normalization ?? 'raw'), primary: ref(opts.primary ?? 'penalty_cases'),
  })
}

describe('useCompareData', () => {
  it('orders townships by the primary ranking, missing last', () => {
    const data = setup([sub('甲镇', { penalty_cases: 3 }), sub('乙镇', { penalty_cases: 9 })])
    expect(data.order.value).toEqual(['乙镇', '甲镇', '丙镇'])
  })

  it('falls back to the county list order without a year', () => {
    expect(setup([], { year: null }).order.value).toEqual(['甲镇', '乙镇', '丙镇'])
  })

  it('names the files the figures came from, each once', () => {
    const data = setup([sub('甲镇', { penalty_cases: 3 }, 'a.csv'), sub('乙镇', { penalty_cases: 9 }, 'b.csv'), sub('丙镇', { penalty_cases: null }, 'c.csv')])
    expect(data.primarySeries.value?.sources).toEqual(['a.csv', 'b.csv'])
  })

  it.each([
    ['raw', 'raw', [3, 9, 1]],
    ['per 10,000 residents (null without a population)', 'per10k', [3, 9, null]],
  ] as const)('computes the %s series on demand', (_, mode, values) => {
    const data = setup([sub('甲镇', { penalty_cases: 3 }), sub('乙镇', { penalty_cases: 9 }), sub('丙镇', { penalty_cases: 1 })])
    const s = data.seriesOf('penalty_cases', mode)
    expect(s?.rows.map(r => (r.value === null ? null : Number(r.value.toFixed(9))))).toEqual(values)
    expect(s?.mode).toBe(mode)
  })

  it('returns null for an id the registry does not know', () => {
    expect(setup([]).seriesOf('no_such_indicator')).toBeNull()
  })

  it('keeps townships without a submission in the outcome rows, after those with cases', () => {
    const data = setup([sub('甲镇', { litigation_won: 1 }), sub('乙镇', { litigation_won: 2, litigation_lost: 1 })])
    expect(data.outcomes.value.litigation.map(r => [r.township, r.total])).toEqual([['乙镇', 3], ['甲镇', 1], ['丙镇', null]])
  })
})
