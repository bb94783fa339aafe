import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillMessage } from '@/core/analysis/flags'
import { decimalsFor } from '@/core/format'

/** The plain reading of the rule: every placeholder replaced by its field, numbers through Intl at the unit's precision. */
function reference(template: string, fields: Readonly<Record<string, string | number | null>>): string {
  const format = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: decimalsFor(typeof fields.unit === 'string' ? fields.unit : '') })
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = fields[key]
    if (v === undefined || v === null) return whole
    return typeof v === 'number' ? format.format(v) : v
  })
}

describe('fillMessage', () => {
  it.each([
    ['{label} {value}{unit}', { label: '行政检查次数', value: 12, unit: '次' }, '行政检查次数 12次'],
    ['{label} {value}{unit}', { label: '罚没金额', value: 1234567.891, unit: '元' }, '罚没金额 1,234,567.89元'],
    ['{label} {value}{unit}', { label: '持证率', value: 87.25, unit: '%' }, '持证率 87.3%'],
    ['低于县中位数 {reference}（差 {diff}）', { reference: 999, diff: -999, unit: '件' }, '低于县中位数 999（差 -999）'],
    ['{value} 与 {value}', { value: 1000, unit: '件' }, '1,000 与 1,000'],
    ['{value}', { value: -0, unit: '件' }, '-0'],
    ['缺 {missing} 项，{value}', { value: null, unit: '' }, '缺 {missing} 项，{value}'],
    ['{trend}{}{ x}', { trend: '下降' }, '下降{}{ x}'],
    ['', {}, ''],
  ] as const)('fills %s', (template, fields, text) => {
    expect(fillMessage(template, fields)).toBe(text)
  })

  it('says what the plain reading says, for any template and numbers', () => {
    const key = fc.constantFrom('label', 'value', 'unit', 'threshold', 'absent')
    const template = fc.array(fc.oneof(fc.string({ maxLength: 4 }), key.map(k => `{${k}}`)), { maxLength: 6 }).map(p => p.join(''))
    const number = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.constant(-0))
    const fields = fc.record({ label: fc.string({ maxLength: 3 }), value: fc.oneof(number, fc.constant(null)), unit: fc.constantFrom('件', '%', '元', ''), threshold: number })
    fc.assert(fc.property(template, fields, (t, f) => { expect(fillMessage(t, f)).toBe(reference(t, f)) }), { numRuns: 500 })
  })
})
