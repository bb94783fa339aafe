import { describe, expect, it } from 'vitest'
import { countyMedians, evaluateYearFlags, indicatorLevels } from '@/core/analysis'
import { DEFAULT_FLAG_RULES, readFlagRules } from '@/core/flagRules'
import { registry, sub } from './testData'

const subs = [
  sub('甲镇', 2023, { enforcement_cert_rate: 100 }),
  sub('甲镇', 2024, { enforcement_cert_rate: 96, enforcement_staff: 25, enforcement_certified: 24, annual_report_published: 1 }),
  sub('乙镇', 2024, { enforcement_cert_rate: 98, enforcement_staff: 50, enforcement_certified: 49, annual_report_published: 1 }),
  sub('丙镇', 2024, { enforcement_cert_rate: 99, enforcement_staff: 100, enforcement_certified: 99, annual_report_published: 1 }),
]

describe('countyMedians', () => {
  it('takes the median of each indicator over the year, null when nobody reported it', () => {
    expect(countyMedians(subs, 2024, ['enforcement_cert_rate', 'litigation_lost'])).toEqual({ enforcement_cert_rate: 98, litigation_lost: null })
  })
})

describe('evaluateYearFlags', () => {
  it('uses last year and the county median for each township', () => {
    const flags = evaluateYearFlags(subs, 2024, { registry, rules: DEFAULT_FLAG_RULES })
    expect([...flags.keys()]).toEqual(['甲镇', '乙镇', '丙镇'])
    // Both rules fire on one indicator: one reason, both rules named.
    expect(flags.get('甲镇')?.reasons.map(r => [r.ruleId, ...(r.also ?? [])])).toEqual([['rate-worse-than-last-year', 'rate-below-median']])
    expect(flags.get('丙镇')?.level).toBe('green')
  })

  it('gives the worst level per indicator', () => {
    const flags = evaluateYearFlags(subs, 2024, { registry, rules: DEFAULT_FLAG_RULES })
    const levels = indicatorLevels(flags.get('甲镇')!)
    expect(levels.get('enforcement_cert_rate')).toBe('yellow')
    expect(levels.get('annual_report_published')).toBe('green')
  })
})

describe('readFlagRules', () => {
  it('accepts the defaults after a JSON round trip', () => {
    expect(readFlagRules(JSON.parse(JSON.stringify(DEFAULT_FLAG_RULES)))).toEqual({ rules: DEFAULT_FLAG_RULES, problems: [] })
  })

  it.each([
    ['no version', { rules: [] }, '应为'],
    ['a duplicate id', { version: 1, rules: [{ id: 'a', type: 'issues', level: 'red', severity: 'error', op: '>', threshold: 0, message: 'x' }, { id: 'a', type: 'issues', level: 'red', severity: 'error', op: '>', threshold: 0, message: 'x' }] }, 'id 重复'],
    ['a bad level', { version: 1, rules: [{ id: 'a', type: 'value', level: 'blue', indicator: 'x', op: '>', threshold: 0, message: 'x' }] }, 'level'],
    ['a bad threshold', { version: 1, rules: [{ id: 'a', type: 'value', level: 'red', indicator: 'x', op: '>', threshold: 'max', message: 'x' }] }, 'threshold'],
    ['an unknown type', { version: 1, rules: [{ id: 'a', type: 'script', level: 'red', op: '>', message: 'x' }] }, 'type'],
  ])('refuses rules with %s', (_, raw, problem) => {
    const result = readFlagRules(raw)
    expect(result.rules).toBeNull()
    expect(result.problems.join('\n')).toContain(problem)
  })
})
