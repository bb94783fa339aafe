import { describe, expect, it } from 'vitest'
import { applyZeroDenominators, deriveRates } from '@/core/derive'
import type { Submission } from '@/core/types'
import { makeSubmission, testRegistry } from '../helpers/registry'

const registry = testRegistry()

describe('deriveRates', () => {
  it.each([
    ['an absent rate', { enforcement_staff: 34, enforcement_certified: 33 }, 'enforcement_cert_rate', 97.06],
    ['a null rate', { enforcement_staff: 34, enforcement_certified: 33, enforcement_cert_rate: null }, 'enforcement_cert_rate', 97.06],
    ['a rate over a sum', { disclosure_requests: 8, disclosure_requests_carried_in: 1, disclosure_requests_concluded: 6 }, 'disclosure_response_rate', 66.67],
  ])('computes %s from its inputs and marks it derived', (_, values, id, expected) => {
    const result = deriveRates(makeSubmission(values), registry)
    expect(result.values[id]).toBe(expected)
    expect(result.derived).toEqual([id])
  })

  it.each([
    ['the rate is reported', { enforcement_staff: 34, enforcement_certified: 33, enforcement_cert_rate: 100 }, {}, 100],
    ['an input is missing', { enforcement_staff: 34 }, {}, undefined],
    ['an input is null', { enforcement_staff: 34, enforcement_certified: null }, {}, undefined],
    ['the denominator is 0', { enforcement_staff: 0, enforcement_certified: 0 }, {}, undefined],
    ['the rate is reported as 不适用', { enforcement_staff: 34, enforcement_certified: 33, enforcement_cert_rate: null },
      { notApplicable: ['enforcement_cert_rate'] }, null],
  ])('leaves the rate alone when %s', (_, values, extra: Partial<Submission>, expected) => {
    const result = deriveRates(makeSubmission(values, extra), registry)
    expect(result.values.enforcement_cert_rate).toBe(expected)
    expect(result.derived).toEqual([])
  })

  it('does not mutate its input', () => {
    const sub = makeSubmission({ enforcement_staff: 34, enforcement_certified: 33 })
    const before = structuredClone(sub)
    const result = deriveRates(sub, registry)
    expect(sub).toEqual(before)
    expect(result).not.toBe(sub)
    expect(result.values).not.toBe(sub.values)
  })

  it('keeps earlier derived ids without duplicating them', () => {
    const sub = makeSubmission({ case_files_reviewed: 10, case_files_passed: 9, enforcement_staff: 4, enforcement_certified: 4 },
      { derived: ['case_file_pass_rate'] })
    expect(deriveRates(sub, registry).derived).toEqual(['case_file_pass_rate', 'enforcement_cert_rate'])
  })
})

describe('applyZeroDenominators', () => {
  it.each([
    ['a reported 100%', { enforcement_staff: 0, enforcement_certified: 0, enforcement_cert_rate: 100 }],
    ['a reported 0% with no numerator', { enforcement_staff: 0, enforcement_cert_rate: 0 }],
    ['a missing rate', { enforcement_staff: 0, enforcement_certified: 0 }],
  ])('turns %s over a zero denominator into 不适用', (_, values) => {
    const result = applyZeroDenominators(makeSubmission(values), registry)
    expect(result.values.enforcement_cert_rate).toBeNull()
    expect(result.notApplicable).toEqual(['enforcement_cert_rate'])
  })

  it.each([
    ['the denominator is positive', { enforcement_staff: 3, enforcement_certified: 3, enforcement_cert_rate: 100 }, []],
    ['the denominator is missing', { enforcement_certified: 0, enforcement_cert_rate: 100 }, []],
    ['the denominator is approximate', { enforcement_staff: 0, enforcement_cert_rate: 100 }, ['enforcement_staff']],
  ])('keeps the rate when %s', (_, values, approx) => {
    const result = applyZeroDenominators(makeSubmission(values, { approx }), registry)
    expect(result.values.enforcement_cert_rate).toBe(100)
    expect(result.notApplicable).toBeUndefined()
  })

  it('removes the rate from derived and does not mutate its input', () => {
    const sub = makeSubmission({ enforcement_staff: 0, enforcement_cert_rate: 0 }, { derived: ['enforcement_cert_rate'] })
    const before = structuredClone(sub)
    const result = applyZeroDenominators(sub, registry)
    expect(result.derived).toEqual([])
    expect(sub).toEqual(before)
  })
})
