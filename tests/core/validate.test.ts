import { describe, expect, it } from 'vitest'
import type { Issue } from '@/core/types'
import { hasErrors, RULES, sortIssues, validateSubmissions } from '@/core/validate'
import { makeSubmission, testRegistry } from '../helpers/registry'

const registry = testRegistry()

const issue = (file: string, row: number | null, column: string | null, severity: Issue['severity'] = 'warning'): Issue =>
  ({ file, row, column, indicator: null, township: null, year: null, severity, code: 'x', message: '' })

describe('validateSubmissions', () => {
  it('lists the rules in DOMAIN.md order', () => {
    expect(RULES.map(r => r.id)).toEqual(['V01', 'V02', 'V03', 'V04', 'V05', 'V06', 'V07', 'V08', 'V13', 'V15', 'V18'])
  })

  it('finds nothing in a consistent submission', () => {
    const sub = makeSubmission({
      enforcement_staff: 34, enforcement_certified: 33, enforcement_cert_rate: 97.06, inspections: 120,
      penalty_cases: 12, penalty_amount: 36500, legal_advisor_engaged: 1, legal_advisors: 2,
      reconsideration_received: 3, reconsideration_carried_in: 0, reconsideration_concluded: 3, reconsideration_pending: 0,
      reconsideration_upheld: 2, reconsideration_corrected: 1, reconsideration_correction_rate: 33.3,
    })
    expect(validateSubmissions([sub], registry)).toEqual([])
  })

  it('locates an issue by the per-indicator source before the submission source', () => {
    const sub = makeSubmission({ inspections: -1, penalty_cases: -1 }, { sources: { inspections: { file: 'long.csv', row: 7 } } })
    const located = validateSubmissions([sub], registry).map(i => [i.indicator, i.file, i.row, i.column])
    expect(located).toEqual([
      ['inspections', 'long.csv', 7, '行政检查次数'],
      ['penalty_cases', 'sample.csv', 2, '行政处罚案件数'],
    ])
  })

  it('names the township and year of each issue', () => {
    const subs = [makeSubmission({ inspections: -1 }), makeSubmission({ inspections: -2 }, { township: '龙射镇', year: 2023 })]
    expect(validateSubmissions(subs, registry).map(i => [i.township, i.year])).toEqual([['大同镇', 2024], ['龙射镇', 2023]])
  })

  it('does not mutate its input', () => {
    const subs = [makeSubmission({ enforcement_staff: 0, enforcement_certified: 0, enforcement_cert_rate: 100 })]
    const before = structuredClone(subs)
    validateSubmissions(subs, registry)
    expect(subs).toEqual(before)
  })
})

describe('hasErrors', () => {
  it.each([
    [[], false],
    [[issue('a', 1, null)], false],
    [[issue('a', 1, null), issue('a', 2, null, 'error')], true],
  ])('tells whether %j holds an error', (issues, expected) => {
    expect(hasErrors(issues)).toBe(expected)
  })
})

describe('sortIssues', () => {
  it('orders by file, row and column, nulls first, without touching the input', () => {
    const input = [issue('b.csv', 2, '乙'), issue('a.csv', 3, null), issue('b.csv', 2, null), issue('a.csv', null, null), issue('b.csv', 1, '甲')]
    const sorted = sortIssues(input)
    expect(sorted.map(i => `${i.file}:${i.row}:${i.column}`)).toEqual([
      'a.csv:null:null', 'a.csv:3:null', 'b.csv:1:甲', 'b.csv:2:null', 'b.csv:2:乙',
    ])
    expect(input[0]?.file).toBe('b.csv')
  })

  it('keeps issues of the same cell in their order', () => {
    const first = { ...issue('a.csv', 2, '甲'), code: 'first' }
    const second = { ...issue('a.csv', 2, '甲'), code: 'second' }
    expect(sortIssues([first, second]).map(i => i.code)).toEqual(['first', 'second'])
  })
})
