import { describe, expect, it } from 'vitest'
import { evaluateRate, formulaIds, parseFormula, rateFormulas, roundRate } from '@/core/formula'
import { testRegistry } from '../helpers/registry'

describe('parseFormula', () => {
  it.each([
    ['enforcement_certified / enforcement_staff * 100', { numerator: ['enforcement_certified'], denominator: ['enforcement_staff'], scale: 100 }],
    ['disclosure_requests_concluded / (disclosure_requests + disclosure_requests_carried_in) * 100',
      { numerator: ['disclosure_requests_concluded'], denominator: ['disclosure_requests', 'disclosure_requests_carried_in'], scale: 100 }],
    ['(a + b) / c', { numerator: ['a', 'b'], denominator: ['c'], scale: 1 }],
    ['  a/b*1000  ', { numerator: ['a'], denominator: ['b'], scale: 1000 }],
  ])('parses %j', (text, expected) => {
    expect(parseFormula(text)).toEqual(expected)
  })

  it.each([
    [''],
    ['a'],
    ['a * b'],
    ['a / b - c'],
    ['a / (b - c) * 100'],
    ['a / (b + 2) * 100'],
    ['a / b * 0'],
    ['a / b * 100 * 2'],
    ['a / (b + c'],
    ['率 / b'],
  ])('throws on the unsupported formula %j', (text) => {
    expect(() => parseFormula(text)).toThrow(/Unsupported formula/)
  })

  it('parses every formula of the registry', () => {
    const withFormula = testRegistry().indicators.filter(i => i.formula)
    expect(withFormula.length).toBeGreaterThan(0)
    for (const indicator of withFormula) expect(() => parseFormula(indicator.formula!)).not.toThrow()
  })

  it('only refers to ids the registry knows', () => {
    const registry = testRegistry()
    const unknown = rateFormulas(registry).flatMap(r => r.inputs).filter(id => !registry.byId.has(id))
    expect(unknown).toEqual([])
  })
})

describe('formulaIds', () => {
  it.each([
    ['a / b * 100', ['a', 'b']],
    ['a / (a + b) * 100', ['a', 'b']],
    ['(a + b) / (c + d)', ['a', 'b', 'c', 'd']],
  ])('lists the distinct ids of %j, numerator first', (text, ids) => {
    expect(formulaIds(text)).toEqual(ids)
  })
})

describe('evaluateRate', () => {
  const certRate = parseFormula('a / b * 100')
  const responseRate = parseFormula('a / (b + c) * 100')

  it.each([
    ['a simple ratio', certRate, { a: 33, b: 34 }, 3300 / 34],
    ['a sum in the denominator', responseRate, { a: 9, b: 8, c: 2 }, 90],
    ['a zero numerator', certRate, { a: 0, b: 5 }, 0],
  ])('computes %s', (_, f, values, expected) => {
    const result = evaluateRate(f, values)
    expect(result.value).toBeCloseTo(expected, 10)
    expect(result.reason).toBeUndefined()
  })

  it.each([
    ['an absent input', certRate, { a: 3 }, 'missing'],
    ['a null input', responseRate, { a: 3, b: 4, c: null }, 'missing'],
    ['a non-finite input', certRate, { a: Number.NaN, b: 4 }, 'missing'],
    ['a zero denominator', certRate, { a: 0, b: 0 }, 'zero-denominator'],
    ['a zero denominator sum', responseRate, { a: 0, b: 0, c: 0 }, 'zero-denominator'],
    ['a zero denominator and a missing numerator', certRate, { b: 0 }, 'zero-denominator'],
  ])('gives null for %s', (_, f, values, reason) => {
    expect(evaluateRate(f, values)).toEqual({ value: null, reason })
  })
})

describe('roundRate', () => {
  it.each([
    [3300 / 34, 97.06],
    [1.005, 1.01],
    [100, 100],
    [2 / 3 * 100, 66.67],
  ])('rounds %d to %d', (value, expected) => {
    expect(roundRate(value)).toBe(expected)
  })
})

describe('rateFormulas', () => {
  it('parses each registry once and returns the same list', () => {
    const registry = testRegistry()
    expect(rateFormulas(registry)).toBe(rateFormulas(registry))
    expect(rateFormulas(registry).every(r => r.indicator.kind === 'rate')).toBe(true)
  })
})
