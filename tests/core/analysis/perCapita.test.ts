import { describe, expect, it } from 'vitest'
import { normalizeValue, type Normalization } from '@/core/analysis'
import type { IndicatorKind } from '@/core/types'

const ctx = (kind: IndicatorKind, population: number | null, enforcementStaff: number | null) => ({ kind, population, enforcementStaff })

describe('normalizeValue', () => {
  it.each<[Normalization, number | null, number | null, number | null]>([
    ['raw', 30, null, 30],
    ['per10k', 30, 60000, 5],
    ['per10k', 12, 8000, 15],
    ['perOfficer', 30, 12, 2.5],
  ])('normalizes a count %s: 30 件 → %s', (mode, value, divisor, expected) => {
    const result = normalizeValue(value, mode, ctx('count', mode === 'per10k' ? divisor : null, mode === 'perOfficer' ? divisor : null))
    expect(result).toEqual({ value: expected, status: 'applied' })
  })

  it('normalizes amounts like counts', () => {
    expect(normalizeValue(50000, 'per10k', ctx('amount', 25000, null)).value).toBe(20000)
  })

  it.each<[Normalization, number | null, number | null]>([
    ['per10k', null, 5],
    ['per10k', 0, 5],
    ['perOfficer', 60000, null],
    ['perOfficer', 60000, 0],
  ])('returns null when the %s divisor is missing or 0', (mode, population, staff) => {
    expect(normalizeValue(30, mode, ctx('count', population, staff))).toEqual({ value: null, status: 'missing-divisor' })
  })

  it.each<IndicatorKind>(['rate', 'flag'])('never normalizes a %s and says so', kind => {
    expect(normalizeValue(95, 'per10k', ctx(kind, 60000, 12))).toEqual({ value: 95, status: 'not-applicable' })
  })

  it('keeps a missing value missing (never 0)', () => {
    expect(normalizeValue(null, 'per10k', ctx('count', 60000, null))).toEqual({ value: null, status: 'applied' })
  })
})
