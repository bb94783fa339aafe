import { describe, expect, it } from 'vitest'
import registryJson from '~data/indicators.json'
import { compareSeries, outcomeRows, rankingOrder, rowsInOrder, type Normalization } from '@/core/analysis'
import { loadRegistry } from '@/core/registry'
import type { Submission, Township } from '@/core/types'

const registry = loadRegistry(registryJson)
const township = (name: string, population: number | null = 10000): Township => ({ code: name, name, kind: '镇', population, area_km2: null, aliases: [] })
const sub = (name: string, values: Record<string, number | null>, file = 'a.csv'): Submission => ({
  township: name, code: name, year: 2024, values, approx: [], derived: [], source: { file, row: 2 },
})
const townships = [township('甲镇'), township('乙镇'), township('丙镇', null)]
const input = (subs: Submission[]) => ({ submissions: subs, townships, registry })
const series = (subs: Submission[], mode: Normalization = 'raw', id = 'penalty_cases') => compareSeries(input(subs), id, 2024, mode)

describe('compareSeries', () => {
  it('orders townships by the ranking, missing last', () => {
    expect(rankingOrder(series([sub('甲镇', { penalty_cases: 3 }), sub('乙镇', { penalty_cases: 9 })]), townships)).toEqual(['乙镇', '甲镇', '丙镇'])
  })

  it('falls back to the county list order without a series', () => {
    expect(rankingOrder(null, townships)).toEqual(['甲镇', '乙镇', '丙镇'])
  })

  it('names the files the figures came from, each once', () => {
    const s = series([sub('甲镇', { penalty_cases: 3 }, 'a.csv'), sub('乙镇', { penalty_cases: 9 }, 'b.csv'), sub('丙镇', { penalty_cases: null }, 'c.csv')])
    expect(s?.sources).toEqual(['a.csv', 'b.csv'])
  })

  it.each([
    ['raw', 'raw', [3, 9, 1]],
    ['per 10,000 residents (null without a population)', 'per10k', [3, 9, null]],
  ] as const)('computes the %s series', (_, mode, values) => {
    const s = series([sub('甲镇', { penalty_cases: 3 }), sub('乙镇', { penalty_cases: 9 }), sub('丙镇', { penalty_cases: 1 })], mode)
    expect(s?.rows.map(r => (r.value === null ? null : Number(r.value.toFixed(9))))).toEqual(values)
    expect(s?.mode).toBe(mode)
  })

  it('returns null for an id the registry does not know', () => {
    expect(series([], 'raw', 'no_such_indicator')).toBeNull()
  })

  it('keeps townships without a submission in the outcome rows, after those with cases', () => {
    const rows = outcomeRows([sub('甲镇', { litigation_won: 1 }), sub('乙镇', { litigation_won: 2, litigation_lost: 1 })], 2024, 'litigation', ['甲镇', '乙镇', '丙镇'])
    expect(rows.map(r => [r.township, r.total])).toEqual([['乙镇', 3], ['甲镇', 1], ['丙镇', null]])
  })

  it('places rows in a given order, those not in it after, as they were', () => {
    const rows = [{ township: '甲' }, { township: '乙' }, { township: '丙' }, { township: '丁' }]
    expect(rowsInOrder(rows, ['丙', '甲', '外']).map(r => r.township)).toEqual(['丙', '甲', '乙', '丁'])
  })
})
