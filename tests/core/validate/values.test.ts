import { describe, expect, it } from 'vitest'
import type { Submission } from '@/core/types'
import { validateSubmissions } from '@/core/validate'
import { makeSubmission, testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const findings = (values: Record<string, number | null>, extra: Partial<Submission> = {}) =>
  validateSubmissions([makeSubmission(values, extra)], registry).map(i => `${i.severity} ${i.code} ${i.indicator}`)

describe('V01 counts, amounts and flags', () => {
  it.each([
    ['a zero count', { inspections: 0 }],
    ['a fractional amount', { penalty_amount: 1234.5 }],
    ['fractional training hours per capita', { enforcement_training_hours_per_capita: 12.5 }],
    ['a flag of 1', { legal_advisor_engaged: 1 }],
    ['a flag of 0', { legal_advisor_engaged: 0 }],
    ['a negative value of an unknown id', { not_in_registry: -5 }],
    ['a missing value', { inspections: null }],
  ])('accepts %s', (_, values) => {
    expect(findings(values)).toEqual([])
  })

  it.each([
    ['a negative count', { inspections: -1 }, 'error negative-value inspections'],
    ['a negative amount', { penalty_amount: -5 }, 'error negative-value penalty_amount'],
    ['a fractional count', { inspections: 3.5 }, 'error not-integer inspections'],
    ['a non-finite count', { inspections: Number.NaN }, 'error not-a-number inspections'],
    ['a flag of 2', { legal_advisor_engaged: 2 }, 'error out-of-range legal_advisor_engaged'],
  ])('rejects %s', (_, values, finding) => {
    expect(findings(values)).toEqual([finding])
  })

  it('still rejects a negative value that is approximate', () => {
    expect(findings({ inspections: -3 }, { approx: ['inspections'] })).toContain('error negative-value inspections')
  })

  it('names the indicator and the number in the message', () => {
    const [issue] = validateSubmissions([makeSubmission({ inspections: 3.5 })], registry)
    expect(issue?.message).toBe('大同镇 2024年：行政检查次数 3.5 不是整数')
  })
})

describe('V02 rate range', () => {
  it.each([
    ['a rate of 100', { village_legal_advisor_coverage: 100 }, []],
    ['a rate of 0', { village_legal_advisor_coverage: 0 }, []],
    ['a derived rate above 100 (left to its inputs)', { village_legal_advisor_coverage: 120 }, ['village_legal_advisor_coverage']],
  ])('accepts %s', (_, values, derived) => {
    expect(findings(values, { derived })).toEqual([])
  })

  it.each([
    ['above 100', { village_legal_advisor_coverage: 101 }, 'error out-of-range village_legal_advisor_coverage'],
    ['below 0', { village_legal_advisor_coverage: -1 }, 'error out-of-range village_legal_advisor_coverage'],
    ['not finite', { village_legal_advisor_coverage: Number.POSITIVE_INFINITY }, 'error not-a-number village_legal_advisor_coverage'],
  ])('rejects a reported rate %s', (_, values, finding) => {
    expect(findings(values)).toEqual([finding])
  })
})

describe('V15 approximate values', () => {
  it.each([
    ['no value is approximate', { publicity_materials: 5000 }, []],
    ['the approximate value is missing', { publicity_materials: null }, ['publicity_materials']],
  ])('stays silent when %s', (_, values, approx) => {
    expect(findings(values, { approx })).toEqual([])
  })

  it('warns once about an approximate value, with its figure', () => {
    const issues = validateSubmissions([makeSubmission({ publicity_materials: 5000 }, { approx: ['publicity_materials', 'publicity_materials'] })], registry)
    expect(issues.map(i => [i.severity, i.code, i.message])).toEqual([
      ['warning', 'approximate', '大同镇 2024年：发放法治宣传资料 5000 为约数：按下限计'],
    ])
  })
})
