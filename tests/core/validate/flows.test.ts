import { describe, expect, it } from 'vitest'
import type { Submission } from '@/core/types'
import { validateSubmissions } from '@/core/validate'
import { makeSubmission, testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const findings = (values: Record<string, number | null>, extra: Partial<Submission> = {}) =>
  validateSubmissions([makeSubmission(values, extra)], registry)
    .filter(i => i.code !== 'approximate')
    .map(i => `${i.severity} ${i.code} ${i.indicator}`)

describe('V05 part ≤ whole', () => {
  const pairs: [string, string, string][] = [
    ['enforcement_certified', 'enforcement_staff', 'error'],
    ['normative_docs_reviewed', 'normative_docs', 'error'],
    ['normative_docs_filed', 'normative_docs', 'error'],
    ['major_decisions_reviewed', 'major_decisions', 'error'],
    ['disputes_resolved', 'disputes_mediated', 'error'],
    ['case_files_passed', 'case_files_reviewed', 'error'],
    ['head_appearances', 'litigation_hearings', 'error'],
    ['petitions_concluded', 'petitions', 'warning'],
  ]

  it.each(pairs)('accepts %s equal to %s', (part, whole) => {
    expect(findings({ [part]: 34, [whole]: 34 })).toEqual([])
  })

  it.each(pairs)('flags %s above %s', (part, whole, severity) => {
    expect(findings({ [part]: 35, [whole]: 34 })).toEqual([`${severity} part-exceeds-whole ${part}`])
  })

  it.each([['the part'], ['the whole']])('skips the check when %s is approximate', (which) => {
    const approx = which === 'the part' ? ['enforcement_certified'] : ['enforcement_staff']
    expect(findings({ enforcement_certified: 35, enforcement_staff: 34 }, { approx })).toEqual([])
  })

  it('names both figures in the message', () => {
    const [issue] = validateSubmissions([makeSubmission({ enforcement_certified: 35, enforcement_staff: 34 })], registry)
    expect(issue?.message).toBe('大同镇 2024年：持行政执法证件人数 35 大于 行政执法人员数 34')
  })
})

describe('V06 reconsideration flow', () => {
  const flow = (received: number, carriedIn: number | null, concluded: number, pending: number | null) => ({
    reconsideration_received: received,
    reconsideration_carried_in: carriedIn,
    reconsideration_concluded: concluded,
    reconsideration_pending: pending,
  })

  it.each([
    ['a balanced flow', flow(5, 2, 6, 1)],
    ['a flow without carried-in cases', flow(5, null, 5, 0)],
    ['a flow without pending cases', flow(5, 2, 7, null)],
  ])('accepts %s', (_, values) => {
    expect(findings(values)).toEqual([])
  })

  it.each([
    ['more concluded than received and carried in', flow(5, 2, 8, null), 'error inconsistent reconsideration_concluded'],
    ['more concluded than received, carried-in missing', flow(5, null, 6, null), 'error inconsistent reconsideration_concluded'],
    ['a pending count that does not balance', flow(5, 2, 6, 2), 'error inconsistent reconsideration_pending'],
    ['an unbalanced pending count with carried-in missing', flow(5, null, 4, 2), 'warning inconsistent reconsideration_pending'],
  ])('flags %s', (_, values, finding) => {
    expect(findings(values)).toEqual([finding])
  })

  it('skips the flow when carried-in is approximate', () => {
    expect(findings(flow(5, 2, 8, 3), { approx: ['reconsideration_carried_in'] })).toEqual([])
  })

  it('spells out the sum in the message', () => {
    const [issue] = validateSubmissions([makeSubmission(flow(5, null, 4, 2))], registry)
    expect(issue?.message).toBe('大同镇 2024年：复议未审结数 2 不等于 被申请行政复议案件数（新收） 5 + 上年结转复议案件数 未填（按0计） − 复议案件审结数 4 = 1')
  })
})

describe('V07 reconsideration outcomes', () => {
  it.each([
    ['outcomes that add up to the concluded cases', {
      reconsideration_concluded: 6, reconsideration_upheld: 2, reconsideration_rejected: 1, reconsideration_corrected: 1,
      reconsideration_settled: 1, reconsideration_terminated: 1,
    }],
    ['no outcomes at all', { reconsideration_concluded: 6 }],
  ])('accepts %s', (_, values) => {
    expect(findings(values)).toEqual([])
  })

  it.each([
    ['outcomes above the concluded cases', { reconsideration_concluded: 3, reconsideration_upheld: 2, reconsideration_corrected: 2 },
      'error inconsistent reconsideration_concluded'],
    ['outcomes below the concluded cases', { reconsideration_concluded: 6, reconsideration_corrected: 1 },
      'warning incomplete-breakdown reconsideration_concluded'],
  ])('flags %s', (_, values, finding) => {
    expect(findings(values)).toEqual([finding])
  })

  it('says which outcomes were summed', () => {
    const values = { reconsideration_concluded: 6, reconsideration_upheld: 2, reconsideration_corrected: 1 }
    const [issue] = validateSubmissions([makeSubmission(values)], registry)
    expect(issue?.message).toBe('大同镇 2024年：复议维持数 2 + 被复议纠错数 1 = 3 小于 复议案件审结数 6：其他结果未列明')
  })
})

describe('V08 litigation flow', () => {
  const balanced = {
    litigation_cases: 4, litigation_carried_in: 1, litigation_concluded: 4, litigation_pending: 1,
    litigation_won: 2, litigation_lost: 1, litigation_withdrawn: 1, litigation_hearings: 3, head_appearances: 3,
  }

  it.each([
    ['a balanced flow', balanced],
    ['outcomes below the concluded cases (mediation, transfer)', { ...balanced, litigation_withdrawn: null }],
  ])('accepts %s', (_, values) => {
    expect(findings(values)).toEqual([])
  })

  it.each([
    ['more concluded than cases and carried in', { ...balanced, litigation_concluded: 6, litigation_pending: null },
      'error inconsistent litigation_concluded'],
    ['a pending count that does not balance', { ...balanced, litigation_pending: 3 }, 'error inconsistent litigation_pending'],
    ['an unbalanced pending count with carried-in missing', { ...balanced, litigation_carried_in: null }, 'warning inconsistent litigation_pending'],
    ['outcomes above the concluded cases', { ...balanced, litigation_won: 3 }, 'error inconsistent litigation_concluded'],
    ['more hearings than cases and carried in', { ...balanced, litigation_hearings: 6, head_appearances: 2 },
      'warning inconsistent litigation_hearings'],
  ])('flags %s', (_, values, finding) => {
    expect(findings(values)).toEqual([finding])
  })
})

describe('V13 penalty amount', () => {
  it.each<[string, { penalty_amount: number, penalty_cases: number, approx?: boolean }]>([
    ['an average of 1000 元 per case', { penalty_amount: 5000, penalty_cases: 5 }],
    ['no amount and no cases', { penalty_amount: 0, penalty_cases: 0 }],
    ['an approximate amount without cases', { penalty_amount: 5000, penalty_cases: 0, approx: true }],
  ])('accepts %s', (_, { approx, ...values }) => {
    expect(findings(values, { approx: approx ? ['penalty_amount'] : [] })).toEqual([])
  })

  it.each([
    ['an amount without cases', { penalty_amount: 5000, penalty_cases: 0 }, 'error inconsistent penalty_amount'],
    ['over 1,000,000 元 per case', { penalty_amount: 50_000_000, penalty_cases: 3 }, 'warning unit-suspect penalty_amount'],
    ['under 1 元 per case', { penalty_amount: 1.5, penalty_cases: 3 }, 'warning unit-suspect penalty_amount'],
  ])('flags %s', (_, values, finding) => {
    expect(findings(values)).toEqual([finding])
  })

  it('gives the average per case in the message', () => {
    const [issue] = validateSubmissions([makeSubmission({ penalty_amount: 50_000_000, penalty_cases: 3 })], registry)
    expect(issue?.message).toBe('大同镇 2024年：罚没金额 50000000 ÷ 行政处罚案件数 3 = 平均每件 16666666.67 元，疑似万元/元混用')
  })
})
