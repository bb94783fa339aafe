import { describe, expect, it } from 'vitest'
import { indicatorSeries, rankTownships, trendSeries } from '@/core/analysis'
import { registry, sub, township } from './testData'

const townships = [township('甲镇', 20000), township('乙镇', 50000), township('丙镇', null)]
const opts = { normalization: 'raw' as const, townships, registry }

describe('indicatorSeries', () => {
  it('has a row for every listed township, null and missing when it did not report the year', () => {
    const series = indicatorSeries([sub('甲镇', 2024, { penalty_cases: 10 }), sub('乙镇', 2023, { penalty_cases: 4 })], 'penalty_cases', 2024, opts)
    expect(series.rows.map(r => [r.township, r.value, r.status])).toEqual([['甲镇', 10, 'reported'], ['乙镇', null, 'missing'], ['丙镇', null, 'missing']])
    expect(series.completeness).toEqual({ reported: 1, withValue: 1, expected: 3 })
  })

  it('tells a blank figure from a rate that is not applicable (zero denominator)', () => {
    const subs = [
      sub('甲镇', 2024, { enforcement_staff: 0, enforcement_certified: 0 }),
      sub('乙镇', 2024, { enforcement_staff: 5 }),
      sub('丙镇', 2024, {}, { notApplicable: ['enforcement_cert_rate'] }),
    ]
    expect(indicatorSeries(subs, 'enforcement_cert_rate', 2024, opts).rows.map(r => r.status)).toEqual(['not-applicable', 'blank', 'not-applicable'])
  })

  it.each([
    ['per10k', [5, 2, null], ['reported', 'reported', 'no-divisor']],
    ['perOfficer', [2.5, null, 1], ['reported', 'no-divisor', 'reported']],
  ] as const)('normalizes counts %s with population from the list and staff from the submission', (normalization, values, statuses) => {
    const subs = [
      sub('甲镇', 2024, { penalty_cases: 10, enforcement_staff: 4 }),
      sub('乙镇', 2024, { penalty_cases: 10, enforcement_staff: 0 }),
      sub('丙镇', 2024, { penalty_cases: 3, enforcement_staff: 3 }),
    ]
    const series = indicatorSeries(subs, 'penalty_cases', 2024, { ...opts, normalization })
    expect(series.rows.map(r => r.value)).toEqual(values)
    expect(series.rows.map(r => r.status)).toEqual(statuses)
    expect(series.rows.map(r => r.raw)).toEqual([10, 10, 3])
    expect(series.normalized).toBe(true)
  })

  it('leaves rates unnormalized', () => {
    const series = indicatorSeries([sub('甲镇', 2024, { enforcement_cert_rate: 90 })], 'enforcement_cert_rate', 2024, { ...opts, normalization: 'per10k' })
    expect(series.rows[0]?.value).toBe(90)
    expect(series.normalized).toBe(false)
  })

  it('summarizes the compared values and keeps submissions from unlisted townships', () => {
    const subs = [sub('甲镇', 2024, { penalty_cases: 2 }), sub('乙镇', 2024, { penalty_cases: 6 }), sub('外镇', 2024, { penalty_cases: 4 })]
    const series = indicatorSeries(subs, 'penalty_cases', 2024, opts)
    expect(series.rows.at(-1)).toMatchObject({ township: '外镇', value: 4, listed: false })
    expect(series.summary).toMatchObject({ mean: 4, median: 4, n: 3, missing: 1 })
  })

  it('matches submissions by code before name and marks approximate figures', () => {
    const subs = [sub('甲', 2024, { penalty_cases: 5000 }, { code: '甲镇', approx: ['penalty_cases'] })]
    expect(indicatorSeries(subs, 'penalty_cases', 2024, opts).rows[0]).toMatchObject({ township: '甲镇', value: 5000, approx: true })
  })

  it('ranks by composing with rankTownships, missing last', () => {
    const series = indicatorSeries([sub('甲镇', 2024, { penalty_cases: 1 }), sub('丙镇', 2024, { penalty_cases: 3 })], 'penalty_cases', 2024, opts)
    expect(rankTownships(series.rows, 'neutral').map(r => [r.township, r.rank])).toEqual([['丙镇', 1], ['甲镇', 2], ['乙镇', null]])
  })

  it('throws on an indicator id that is not in the registry (a programmer error)', () => {
    expect(() => indicatorSeries([], 'no_such_id', 2024, opts)).toThrow(/no_such_id/)
  })
})

describe('trendSeries', () => {
  const subs = [
    sub('甲镇', 2024, { penalty_cases: 4 }), sub('乙镇', 2024, { penalty_cases: 8 }), sub('丙镇', 2024, { penalty_cases: 6 }),
    sub('甲镇', 2022, { penalty_cases: 1 }), sub('乙镇', 2022, { penalty_cases: 3 }),
    sub('乙镇', 2023, { penalty_cases: null }),
  ]

  it('sorts the years and aligns each township line with them', () => {
    const trend = trendSeries(subs, 'penalty_cases', ['甲镇', '乙镇'])
    expect(trend.years).toEqual([2022, 2023, 2024])
    expect(trend.lines).toEqual([{ township: '甲镇', values: [1, null, 4] }, { township: '乙镇', values: [3, null, 8] }])
  })

  it('gives the county median and quartiles per year', () => {
    const trend = trendSeries(subs, 'penalty_cases', [])
    expect(trend.median).toEqual([2, null, 6])
    expect(trend.q1).toEqual([1.5, null, 5])
    expect(trend.q3).toEqual([2.5, null, 7])
  })

  it('normalizes when given options', () => {
    const trend = trendSeries(subs, 'penalty_cases', ['乙镇'], { ...opts, normalization: 'per10k' })
    expect(trend.lines[0]?.values).toEqual([0.6, null, 1.6])
  })
})
