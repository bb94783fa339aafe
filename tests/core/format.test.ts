import { describe, expect, it } from 'vitest'
import { formatFigure, formatNumber, formatSigned } from '@/core/format'

describe('formatting figures', () => {
  it.each([
    [7610, '件', { text: '7,610', unit: '件' }],
    [1234500, '元', { text: '123.45', unit: '万元' }],
    [9500, '元', { text: '9,500', unit: '元' }],
    [95.238, '%', { text: '95.2', unit: '%' }],
    [null, '件', { text: '—', unit: '' }],
  ])('shows %s %s as %j', (value, unit, expected) => {
    expect(formatFigure(value, unit)).toEqual(expected)
  })

  it.each([[12, '+12'], [-3.54, '−3.5'], [0, '0']])('signs %s as %s', (v, text) => {
    expect(formatSigned(v)).toBe(text)
  })

  it('is empty for null and non-finite values', () => {
    expect([formatNumber(null), formatNumber(Number.NaN)]).toEqual(['', ''])
  })
})
