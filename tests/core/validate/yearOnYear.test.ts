import { describe, expect, it } from 'vitest'
import type { Submission } from '@/core/types'
import { validateSubmissions } from '@/core/validate'
import { makeSubmission, testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const lastYear = (values: Record<string, number | null>, extra: Partial<Submission> = {}) =>
  makeSubmission(values, { year: 2023, source: { file: 'last.csv', row: 2 }, ...extra })
const findings = (now: Submission, previous: Submission[]) =>
  validateSubmissions([now], registry, { previous }).map(i => `${i.severity} ${i.code} ${i.indicator}`)

describe('V18 year-on-year jumps', () => {
  it.each([
    ['a count that quadruples exactly', 12, 48],
    ['a count below 10 last year', 5, 80],
    ['a count below 10 this year', 40, 9],
    ['a count that falls to a quarter exactly', 100, 25],
  ])('accepts %s', (_, before, now) => {
    expect(findings(makeSubmission({ inspections: now }), [lastYear({ inspections: before })])).toEqual([])
  })

  it.each([
    ['a count that grows more than 300%', 12, 80],
    ['a count that falls below a quarter', 100, 20],
  ])('warns about %s', (_, before, now) => {
    expect(findings(makeSubmission({ inspections: now }), [lastYear({ inspections: before })])).toEqual(['warning year-jump inspections'])
  })

  it.each([
    ['30 points', 50, 80, []],
    ['more than 30 points up', 50, 85, ['warning year-jump village_legal_advisor_coverage']],
    ['more than 30 points down', 90, 55, ['warning year-jump village_legal_advisor_coverage']],
  ])('treats a rate that moves %s accordingly', (_, before, now, expected) => {
    const previous = [lastYear({ village_legal_advisor_coverage: before })]
    expect(findings(makeSubmission({ village_legal_advisor_coverage: now }), previous)).toEqual(expected)
  })

  it.each([
    ['an amount', { penalty_amount: 100 }, { penalty_amount: 100_000 }, {}],
    ['a count that was approximate last year', { inspections: 12 }, { inspections: 80 }, { approx: ['inspections'] }],
    ['a submission of two years earlier', { inspections: 12 }, { inspections: 80 }, { year: 2022 }],
    ['a township with another code of the same name', { inspections: 12 }, { inspections: 80 }, { code: '500243999' }],
  ])('does not compare %s', (_, before, now, extra: Partial<Submission>) => {
    expect(findings(makeSubmission(now), [lastYear(before, extra)])).toEqual([])
  })

  it.each([
    ['the same code under another name', { township: '大同乡' }],
    ['the same name when last year has no code', { code: null }],
  ])('matches last year by %s', (_, extra: Partial<Submission>) => {
    expect(findings(makeSubmission({ inspections: 80 }), [lastYear({ inspections: 12 }, extra)])).toEqual(['warning year-jump inspections'])
  })

  it('compares the years inside one batch when it is passed as previous', () => {
    const batch = [lastYear({ inspections: 12 }), makeSubmission({ inspections: 80 })]
    expect(validateSubmissions(batch, registry, { previous: batch }).map(i => `${i.year} ${i.code}`)).toEqual(['2024 year-jump'])
  })

  it('names both years and the change', () => {
    const [issue] = validateSubmissions([makeSubmission({ inspections: 80 })], registry, { previous: [lastYear({ inspections: 12 })] })
    expect(issue?.message).toBe('大同镇 2024年：行政检查次数 由 2023年 12 变为 2024年 80（增长 567%），请核实单位或口径')
  })
})
