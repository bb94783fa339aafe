import { describe, expect, it } from 'vitest'
import type { Submission } from '@/core/types'
import { roundingTolerance, validateSubmissions } from '@/core/validate'
import { makeSubmission, testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const findings = (values: Record<string, number | null>, extra: Partial<Submission> = {}) =>
  validateSubmissions([makeSubmission(values, extra)], registry).map(i => `${i.severity} ${i.code} ${i.indicator}`)
const cert = (rate: number | null, certified: number, staff: number) =>
  ({ enforcement_cert_rate: rate, enforcement_certified: certified, enforcement_staff: staff })

describe('roundingTolerance', () => {
  it.each([
    [98, 0.5],
    [97.1, 0.05],
    [97.12, 0.005],
    [0, 0.5],
  ])('allows %d to be off by %d', (value, tolerance) => {
    expect(roundingTolerance(value)).toBeCloseTo(tolerance, 12)
  })
})

describe('V03 reported vs recomputed rate', () => {
  it.each([
    ['rounded to 2 decimals', cert(97.06, 33, 34), {}],
    ['rounded to a whole number', cert(97, 33, 34), {}],
    ['rounded to 1 decimal', cert(97.1, 33, 34), {}],
    ['derived', cert(50, 33, 34), { derived: ['enforcement_cert_rate'] }],
    ['computed from an approximate input', cert(50, 33, 34), { approx: ['enforcement_staff'] }],
  ])('accepts a rate %s', (_, values, extra: Partial<Submission>) => {
    expect(findings(values, extra).filter(f => f.includes('rate-mismatch'))).toEqual([])
  })

  it.each([
    ['within 1 point but beyond its rounding', cert(97.5, 33, 34), 'warning'],
    ['within 1 point as a whole number', cert(98, 33, 34), 'warning'],
    ['more than 1 point off', cert(100, 33, 34), 'error'],
  ])('flags a rate %s', (_, values, severity) => {
    expect(findings(values)).toEqual([`${severity} rate-mismatch enforcement_cert_rate`])
  })

  it('shows the formula with its figures', () => {
    const [issue] = validateSubmissions([makeSubmission(cert(100, 33, 34))], registry)
    expect(issue?.message).toBe('大同镇 2024年：行政执法人员持证率 报 100，按 持行政执法证件人数 33 ÷ 行政执法人员数 34 计算为 97.06，相差 2.94 个百分点')
  })
})

describe('V04 zero denominator', () => {
  it.each([
    ['the denominator is positive', cert(100, 3, 3), []],
    ['the rate is not reported', cert(null, 0, 0), []],
    ['the denominator is approximate', cert(100, 0, 0), ['enforcement_staff']],
  ])('stays silent when %s', (_, values, approx) => {
    expect(findings(values, { approx }).filter(f => f.includes('zero-denominator'))).toEqual([])
  })

  it('warns about a reported rate over a zero denominator sum', () => {
    const values = { disclosure_response_rate: 100, disclosure_requests: 0, disclosure_requests_carried_in: 0 }
    const issues = validateSubmissions([makeSubmission(values)], registry)
    expect(issues.map(i => [i.severity, i.code, i.message])).toEqual([[
      'warning', 'zero-denominator',
      '大同镇 2024年：依申请公开答复率 报 100，本年新收政府信息公开申请数 0 + 上年结转政府信息公开申请数 0：分母为0，按不适用处理',
    ]])
  })
})
