import { describe, expect, it } from 'vitest'
import en from '@/core/messages/en'
import { catalogueRenderer, formatTemplate, lookup, renderMessage, type Message } from '@/core/messages/render'
import zhCN from '@/core/messages/zh-CN'

const LABELS: Record<string, [string, string]> = { enforcement_staff: ['行政执法人员数', 'Enforcement staff'], certified_staff: ['持证人数', 'Certified staff'] }
const zh = catalogueRenderer(zhCN, 'zh-CN', id => LABELS[id]?.[0] ?? id)
const english = catalogueRenderer(en, 'en', id => LABELS[id]?.[1] ?? id)

describe('formatTemplate', () => {
  it.each([
    ['{a} + {b}', { a: '1', b: '2' }, '1 + 2'],
    ['{ a }', { a: 'x' }, 'x'],
    ["{'{'}literal{'}'}", {}, '{literal}'],
    ['{missing} stays', {}, '{missing} stays'],
  ])('fills %s with %j as %s', (template, params, out) => {
    expect(formatTemplate(template, params)).toBe(out)
  })
})

describe('renderMessage', () => {
  const exceeds: Message = { code: 'part-exceeds-whole', params: { part: { term: 'certified_staff', value: 40 }, whole: { term: 'enforcement_staff', value: 30 } } }
  const wrapped: Message = { code: 'in-submission', params: { township: '大同镇', year: 2024, detail: exceeds } }
  it.each([
    ['zh-CN', zh, wrapped, '大同镇 2024年：持证人数 40 大于 行政执法人员数 30'],
    ['en', english, wrapped, '大同镇 2024: Certified staff 40 is more than Enforcement staff 30'],
    ['zh-CN', zh, { code: 'rate-out-of-range', params: { indicator: { indicator: 'x' }, value: 120.5 } }, 'x 120.5 超出 0–100'],
    ['en', english, { code: 'term-blank', params: { indicator: 'Staff' } }, 'Staff blank'],
    ['zh-CN', zh, { code: 'not-integer', params: { indicator: 'a', value: 7610.25 } }, 'a 7610.25 不是整数'],
    ['en', english, { code: 'outcome-sum', params: { terms: { join: [{ term: 'enforcement_staff', value: 1 }, { term: 'certified_staff', value: null }], with: ' + ' }, sum: 0.1 + 0.2 } }, 'Enforcement staff 1 + Certified staff blank = 0.3'],
    ['en', english, { code: 'no-such-code' }, 'msg.no-such-code'],
    ['zh-CN', zh, { code: 'missing-township-column', params: { headers: { list: ['甲', 'b'] } } }, '找不到乡镇列：表头应有“乡镇”“单位名称”或“township”之一（现有表头：甲、b）'],
    ['en', english, { code: 'missing-township-column', params: { headers: { list: ['甲', 'b'] } } }, 'no township column: the header needs “township” or one of its Chinese names (headers found: 甲, b)'],
    ['zh-CN', zh, { code: 'unknown-unit', params: { unit: '场', indicator: { indicator: 'x' }, expected: { unit: 'x' } } }, '单位“场”不是指标“x”可用的单位（应为 x）'],
    ['en', catalogueRenderer(en, 'en', id => id, () => ''), { code: 'unknown-unit', params: { unit: '场', indicator: { indicator: 'x' }, expected: { unit: 'x' } } }, 'unit “场” is not a unit of “x” (should be no unit)'],
    ['en', english, { code: 'not-a-number', params: { raw: '很多', reason: { code: 'cell-not-a-number' } } }, '“很多” is not a number; the figure is left as not reported'],
    ['zh-CN', zh, { code: 'invalid-values', params: { row: 2, kind: { code: 'json-kind.array' } } }, '第 2 条记录的“values”应为对象（{ "指标": 数值 }），却是数组，本条未导入'],
  ] as const)('in %s renders %#', (_, renderer, message, text) => {
    expect(renderMessage(message, renderer)).toBe(text)
  })
})

describe('the catalogues', () => {
  const keys = (o: object, at = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${at}${k}`] : keys(v as object, `${at}${k}.`)))
  it('have the same keys in both languages, and no Chinese in English', () => {
    expect(keys(en)).toEqual(keys(zhCN))
    expect(keys(en).filter(k => /[\u4e00-\u9fff]/.test(lookup(en, k) ?? ''))).toEqual([])
  })
  it('use the same parameters in both languages', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort()
    for (const k of keys(zhCN)) expect([k, names(lookup(en, k) ?? '')]).toEqual([k, names(lookup(zhCN, k) ?? '')])
  })
})
