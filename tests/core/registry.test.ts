import raw from '../../data/indicators.json'
import { describe, expect, it } from 'vitest'
import { chinese } from '@/core/messages/chinese'
import en from '@/core/messages/en'
import { catalogueRenderer, renderMessage } from '@/core/messages/render'
import { checkedRegistry, loadRegistry, matchHeader, normalizeKey, RegistryError, splitHeader, unitFactor, unitOf } from '@/core/registry'

const registry = loadRegistry(raw)
const base = { label_en: 'x', unit: '件', kind: 'count', group: 'g', direction: 'neutral', formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {} }

describe('loadRegistry', () => {
  it('loads the bundled registry with every indicator indexed', () => {
    expect(registry.indicators.length).toBe(raw.length)
    expect(registry.byId.get('enforcement_cert_rate')?.kind).toBe('rate')
  })

  it.each([
    ['the bundled registry', raw],
    ['indicators whose aliases repeat their own label', [{ ...base, id: 'a', label_zh: '甲', aliases: ['甲', ' 甲 ', 'A'] }, { ...base, id: 'b', label_zh: '乙', label_en: 'B', aliases: [] }]],
  ])('indexes %s, once checked, as loadRegistry does (checkedRegistry)', (_name, indicators) => {
    const loaded = loadRegistry(indicators)
    expect(checkedRegistry(loaded.indicators)).toEqual(loaded)
  })

  it.each([
    ['an unknown kind', [{ ...base, id: 'a', label_zh: '甲', kind: 'ratio' }], /未知类型/],
    ['an unknown direction', [{ ...base, id: 'a', label_zh: '甲', direction: 'up' }], /未知方向/],
    ['a formula naming a missing id', [{ ...base, id: 'a', label_zh: '甲', kind: 'rate', formula: 'b / c * 100' }], /不存在的指标 b/],
    ['an alias claimed by two indicators', [{ ...base, id: 'a', label_zh: '甲', aliases: ['审结'] }, { ...base, id: 'b', label_zh: '乙', aliases: ['审结'] }], /别名“审结”同时属于 a 和 b/],
    ['a duplicate id', [{ ...base, id: 'a', label_zh: '甲' }, { ...base, id: 'a', label_zh: '乙' }], /id 重复/],
    ['a non-positive unit factor', [{ ...base, id: 'a', label_zh: '甲', unit_aliases: { 万件: 0 } }], /unit_aliases/],
    ['a document that is not a list', { indicators: [] }, /顶层应为指标数组/],
    ['an English definition that is not text', [{ ...base, id: 'a', label_zh: '甲', definition_en: 3 }], /a：英文定义 definition_en 应为字符串/],
  ])('refuses a registry with %s, naming the problem', (_name, doc, message) => {
    expect(() => loadRegistry(doc)).toThrow(RegistryError)
    expect(() => loadRegistry(doc)).toThrow(message)
  })

  it.each([
    ['an unknown kind', [{ ...base, id: 'a', label_zh: '甲', kind: 'ratio' }], 'registry-unknown-kind', 'a: unknown kind=ratio'],
    ['an alias claimed by two indicators', [{ ...base, id: 'a', label_zh: '甲', label_en: 'A', aliases: ['审结'] }, { ...base, id: 'b', label_zh: '乙', label_en: 'B', aliases: ['审结'] }], 'registry-alias-clash', 'the alias “审结” belongs to both a and b'],
    ['a document that is not a list', { indicators: [] }, 'registry-not-a-list', 'the top level should be a list of indicators'],
  ])('gives the problem of %s as a code, rendered in English too', (_name, doc, code, english) => {
    const error = (() => { try { loadRegistry(doc) } catch (e) { return e } })() as RegistryError
    expect(error.messages[0]?.code).toBe(code)
    expect(renderMessage(error.messages[0]!, catalogueRenderer(en, 'en', id => id))).toBe(english)
    expect(error.problems[0]).toBe(chinese(error.messages[0]!))
  })
})

describe('splitHeader and normalizeKey', () => {
  it.each([
    ['罚没金额（万元）', '罚没金额', '万元'],
    ['持证上岗率(%)', '持证上岗率', '%'],
    ['持证上岗率（％）', '持证上岗率', '%'],
    ['罚没金额 [元]', '罚没金额', '元'],
    ['罚没金额（单位：万元）', '罚没金额', '万元'],
    ['行政检查次数', '行政检查次数', null],
  ])('splits %s into name and unit', (header, name, unit) => {
    expect(splitHeader(header)).toEqual({ name, unit })
  })

  it('ignores spaces, quotes, full-width letters and case', () => {
    expect(normalizeKey(' “法律明白人” 人数 ')).toBe(normalizeKey('法律明白人人数'))
    expect(normalizeKey('Enforcement_Staff')).toBe(normalizeKey('enforcementstaff'))
  })
})

describe('matchHeader', () => {
  it.each([
    ['enforcement_staff', 'enforcement_staff', 1],
    ['行政执法人员数', 'enforcement_staff', 1],
    ['行政执法人员数（人）', 'enforcement_staff', 1],
    ['持证上岗率(%)', 'enforcement_cert_rate', 1],
    ['罚没金额（万元）', 'penalty_amount', 10000],
    ['罚没金额（元）', 'penalty_amount', 1],
    ['罚没金额 ( 万元 )', 'penalty_amount', 10000],
    ['Fines and confiscations (元)', 'penalty_amount', 1],
  ])('maps the header %s to %s ×%s', (header, id, factor) => {
    const m = matchHeader(registry, header)
    expect(m && !('unitError' in m) ? [m.indicator.id, m.factor] : m).toEqual([id, factor])
  })

  it('reports a unit the indicator does not know instead of guessing, as a code with its Chinese text', () => {
    const m = matchHeader(registry, '罚没金额（美元）')
    const error = m && 'unitError' in m ? m.unitError : null
    expect(error).toMatchObject({ code: 'header-unit', params: { header: '罚没金额（美元）', unit: '美元', indicator: { indicator: 'penalty_amount' } } })
    expect(error && chinese(error, registry)).toMatch(/^表头“罚没金额（美元）”的单位“美元”不是指标“罚没金额”可用的单位（元、万元/)
  })

  it('returns null for a header that names no indicator', () => {
    expect(matchHeader(registry, '联系电话')).toBeNull()
  })
})

describe('unitFactor', () => {
  it.each([
    ['penalty_amount', '万元', 10000],
    ['penalty_amount', '亿元', 1e8],
    ['enforcement_cert_rate', '%', 1],
    ['enforcement_cert_rate', '万%', null],
    ['inspections', '次', 1],
    ['inspections', '元', null],
  ])('%s in %s → ×%s', (id, unit, factor) => {
    expect(unitFactor(registry.byId.get(id)!, unit)).toBe(factor)
  })
})

describe('unitOf', () => {
  const cases = { unit: '件', unit_en: 'cases' }
  it.each([
    [cases, 'zh-CN', '件'],
    [cases, 'en', 'cases'],
    [{ unit: '件' }, 'en', '件'],
    [{ unit: '%', unit_en: '%' }, 'en', '%'],
  ])('writes %j in %s as %s', (indicator, locale, unit) => {
    expect(unitOf(indicator, locale)).toBe(unit)
  })
  it('has an English unit for every indicator of the bundled registry', () => {
    expect(registry.indicators.filter(i => i.unit_en === undefined || /[\u4e00-\u9fff]/.test(i.unit_en)).map(i => i.id)).toEqual([])
  })
})
