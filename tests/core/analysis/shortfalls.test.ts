import { describe, expect, it } from 'vitest'
import { rateTargets, shortfalls, townshipProfile, zeroEnforcement } from '@/core/analysis'
import { DEFAULT_FLAG_RULES } from '@/core/flagRules'
import { registry, registryOf, sub, township } from './testData'

const reg = registryOf([
  { id: 'enforcement_staff', kind: 'count', unit: '人' },
  { id: 'inspections', kind: 'count' },
  { id: 'penalty_cases', kind: 'count' },
  { id: 'enforcement_cert_rate', kind: 'rate', direction: 'higher_better' },
  { id: 'case_file_pass_rate', kind: 'rate', direction: 'higher_better' },
  { id: 'correction_rate', kind: 'rate', direction: 'lower_better' },
  { id: 'neutral_rate', kind: 'rate', direction: 'neutral' },
])
const towns = ['甲镇', '乙镇', '丙镇'].map(n => township(n, 10000))
const rules = { version: 1 as const, rules: [{ id: 't', type: 'value' as const, level: 'red' as const, indicator: 'enforcement_cert_rate', op: '<' as const, threshold: 95, message: '' }] }
const targets = rateTargets(reg, rules, null)

function weakOf(values: Record<string, number | null>, others: Record<string, number | null>[] = [{ enforcement_cert_rate: 98, case_file_pass_rate: 90, correction_rate: 10, neutral_rate: 50 }, { enforcement_cert_rate: 96, case_file_pass_rate: 80, correction_rate: 20, neutral_rate: 50 }]) {
  const subs = [sub('甲镇', 2024, values), sub('乙镇', 2024, others[0]!), sub('丙镇', 2024, others[1]!)]
  const profile = townshipProfile({ submissions: subs, townships: towns, registry: reg, rules, issues: [], name: '甲镇', year: 2024 })!
  return shortfalls(profile, targets)
}

describe('短板', () => {
  it.each([
    ['below the target and the median', { enforcement_cert_rate: 90 }, [{ indicator: 'enforcement_cert_rate', below: 'both', gap: 6 }]],
    ['just below the target and the median', { enforcement_cert_rate: 94 }, [{ indicator: 'enforcement_cert_rate', below: 'both', gap: 2 }]],
    ['worse than the median on a rate without target', { case_file_pass_rate: 70 }, [{ indicator: 'case_file_pass_rate', below: 'median', gap: 10, target: null }]],
    ['above the median of a lower-is-better rate', { correction_rate: 30 }, [{ indicator: 'correction_rate', below: 'median', gap: 10 }]],
    ['on target and at the median: none', { enforcement_cert_rate: 96, case_file_pass_rate: 80, correction_rate: 20 }, []],
    ['a neutral rate: never', { neutral_rate: 0 }, []],
    ['missing figures: never', { enforcement_cert_rate: null }, []],
  ])('%s', (_name, values, want) => {
    const got = weakOf(values)
    expect(got).toHaveLength(want.length)
    want.forEach((w, i) => expect(got[i]).toMatchObject(w))
  })

  it('is below the target alone when the county median is lower', () => {
    const [s] = weakOf({ enforcement_cert_rate: 92 }, [{ enforcement_cert_rate: 80 }, { enforcement_cert_rate: 85 }])
    expect(s).toMatchObject({ below: 'target', gap: 3, median: null, target: { value: 95 } })
  })

  it('orders by the larger gap, largest first (the median counts the township itself)', () => {
    expect(weakOf({ enforcement_cert_rate: 93, case_file_pass_rate: 60, correction_rate: 12 }).map(s => [s.indicator, s.gap])).toEqual([['case_file_pass_rate', 20], ['enforcement_cert_rate', 3]])
  })

  it('uses the bundled registry’s rates', () => {
    const subs = [sub('甲镇', 2024, { enforcement_cert_rate: 80 }), sub('乙镇', 2024, { enforcement_cert_rate: 100 })]
    const profile = townshipProfile({ submissions: subs, townships: towns, registry, rules: DEFAULT_FLAG_RULES, issues: [], name: '甲镇', year: 2024 })!
    expect(shortfalls(profile, rateTargets(registry, DEFAULT_FLAG_RULES, null)).map(s => s.indicator)).toEqual(['enforcement_cert_rate'])
  })
})

describe('零办案', () => {
  it.each([
    ['officers, no inspection, no penalty', { enforcement_staff: 12, inspections: 0, penalty_cases: 0 }, { officers: 12 }],
    ['only certified officers reported', { enforcement_certified: 5, inspections: 0, penalty_cases: 0 }, { officers: 5 }],
    ['some inspections', { enforcement_staff: 12, inspections: 3, penalty_cases: 0 }, null],
    ['some penalties', { enforcement_staff: 12, inspections: 0, penalty_cases: 1 }, null],
    ['no officers (no enforcement powers)', { enforcement_staff: 0, inspections: 0, penalty_cases: 0 }, null],
    ['inspections not reported (never read as 0)', { enforcement_staff: 12, inspections: null, penalty_cases: 0 }, null],
    ['penalties not reported', { enforcement_staff: 12, inspections: 0 }, null],
  ])('%s', (_name, values, want) => {
    expect(zeroEnforcement(sub('甲镇', 2024, values))).toEqual(want)
  })

  it('says nothing of a township that sent nothing', () => {
    expect(zeroEnforcement(null)).toBeNull()
  })
})
