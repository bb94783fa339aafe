import { describe, expect, it } from 'vitest'
import { yearOverYear } from '@/core/analysis'

describe('yearOverYear', () => {
  it('reports rates in percentage points', () => {
    expect(yearOverYear(97.1, 95.3, 'rate')).toEqual({ type: 'points', pp: 1.8 })
  })

  it.each([
    ['count', 12, 10, { type: 'change', abs: 2, pct: 20 }],
    ['amount', 7500, 10000, { type: 'change', abs: -2500, pct: -25 }],
    ['count', 3, 0, { type: 'change', abs: 3, pct: null }],
  ] as const)('reports a %s change %d vs %d as absolute and percent', (kind, current, previous, expected) => {
    expect(yearOverYear(current, previous, kind)).toEqual(expected)
  })

  it.each([
    ['rate', null, 90, { type: 'points', pp: null }],
    ['count', 5, null, { type: 'change', abs: null, pct: null }],
  ] as const)('gives nulls for a %s when a year is missing', (kind, current, previous, expected) => {
    expect(yearOverYear(current, previous, kind)).toEqual(expected)
  })
})
