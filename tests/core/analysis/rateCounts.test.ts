import { describe, expect, it } from 'vitest'
import { rateCounts } from '@/core/analysis'
import { registry, sub, township } from './testData'

const rate = registry.byId.get('enforcement_cert_rate')!
const towns = [township('甲镇', 1000), township('乙镇', 1000)]

describe('rateCounts', () => {
  it.each([
    ['counts that give the rate', { enforcement_cert_rate: 83.33, enforcement_certified: 5, enforcement_staff: 6 }, { num: 5, den: 6, unit: '人' }],
    ['a rate typed in whose counts agree to 0.05', { enforcement_cert_rate: 83.3, enforcement_certified: 5, enforcement_staff: 6 }, { num: 5, den: 6, unit: '人' }],
    ['a rate typed in whose counts say otherwise', { enforcement_cert_rate: 90, enforcement_certified: 5, enforcement_staff: 6 }, undefined],
    ['a missing numerator', { enforcement_cert_rate: 90, enforcement_certified: null, enforcement_staff: 6 }, undefined],
    ['a zero denominator', { enforcement_cert_rate: null, enforcement_certified: 0, enforcement_staff: 0 }, undefined],
    ['no rate', { enforcement_certified: 5, enforcement_staff: 6 }, undefined],
  ])('%s', (_, values, expected) => {
    expect(rateCounts([sub('甲镇', 2024, values)], rate, 2024, towns, registry).get('甲镇')).toEqual(expected)
  })

  it('reads the year asked for and the last submission of a township', () => {
    const subs = [
      sub('甲镇', 2023, { enforcement_cert_rate: 50, enforcement_certified: 1, enforcement_staff: 2 }),
      sub('甲镇', 2024, { enforcement_cert_rate: 50, enforcement_certified: 2, enforcement_staff: 4 }),
      sub('甲镇', 2024, { enforcement_cert_rate: 75, enforcement_certified: 3, enforcement_staff: 4 }),
    ]
    expect(rateCounts(subs, rate, 2024, towns, registry).get('甲镇')).toEqual({ num: 3, den: 4, unit: '人' })
    expect(rateCounts(subs, rate, 2023, towns, registry).get('甲镇')).toEqual({ num: 1, den: 2, unit: '人' })
  })

  it.each([
    ['a count', 'penalty_cases'],
    ['a rate without a formula', 'reconsideration_correction_rate'],
  ])('gives none for %s', (_, id) => {
    expect(rateCounts([sub('甲镇', 2024, { [id]: 10 })], registry.byId.get(id)!, 2024, towns, registry).size).toBe(0)
  })
})
