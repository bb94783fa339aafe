import { describe, expect, it } from 'vitest'
import { decimalsFor, formatFigure, formatNumber, formatSigned } from '@/core/format'

describe('formatting figures', () => {
  const cases = { unit: '件', unit_en: 'cases' }
  const yuan = { unit: '元', unit_en: 'yuan' }
  it.each([
    [7610, cases, 'zh-CN', { text: '7,610', unit: '件' }],
    [1234500, yuan, 'zh-CN', { text: '1,234,500', unit: '元' }],
    [1234.567, yuan, 'zh-CN', { text: '1,234.57', unit: '元' }],
    [9500, yuan, 'zh-CN', { text: '9,500', unit: '元' }],
    [95.238, { unit: '%' }, 'zh-CN', { text: '95.2', unit: '%' }],
    [null, cases, 'zh-CN', { text: '—', unit: '' }],
    [7610, cases, 'en', { text: '7,610', unit: 'cases' }],
    [1234500, yuan, 'en', { text: '1,234,500', unit: 'yuan' }],
    [95.25, { unit: '%' }, 'en', { text: '95.3', unit: '%' }],
    [12.345, { unit: '件/万人' }, 'zh-CN', { text: '12.35', unit: '件/万人' }],
    [9500, yuan, 'en', { text: '9,500', unit: 'yuan' }],
    [3, { unit: '件' }, 'en', { text: '3', unit: '件' }],
  ])('shows %s %j in %s as %j', (value, unit, locale, expected) => {
    expect(formatFigure(value, unit, locale)).toEqual(expected)
  })

  it.each([['%', 1], ['个百分点', 1], ['件', 2], ['元', 2], ['件/万人', 2], ['', 2]])('gives %j %i decimals', (unit, decimals) => {
    expect(decimalsFor(unit)).toBe(decimals)
  })

  it.each([[12, '+12'], [-3.54, '−3.5'], [0, '0']])('signs %s as %s', (v, text) => {
    expect(formatSigned(v)).toBe(text)
  })

  it('is empty for null and non-finite values', () => {
    expect([formatNumber(null), formatNumber(Number.NaN)]).toEqual(['', ''])
  })
})
