// The 口径 behind every indicator name's tooltip, from the real registry.
import { describe, expect, it } from 'vitest'
import registryJson from '~data/indicators.json'
import { formulaWords, indicatorInfo } from '@/core/indicatorInfo'
import { loadRegistry } from '@/core/registry'

const registry = loadRegistry(registryJson)
const zh = (id: string) => registry.byId.get(id)!.label_zh
const en = (id: string) => registry.byId.get(id)!.label_en
const info = (id: string, locale = 'zh-CN') => indicatorInfo(registry.byId.get(id)!, registry, locale)

describe('indicatorInfo', () => {
  it.each([
    ['enforcement_cert_rate', 'zh-CN', '行政执法人员持证率', '%', `${zh('enforcement_certified')} ÷ ${zh('enforcement_staff')} × 100`],
    ['enforcement_cert_rate', 'en', registry.byId.get('enforcement_cert_rate')!.label_en, '%', `${en('enforcement_certified')} ÷ ${en('enforcement_staff')} × 100`],
    ['publicity_materials', 'zh-CN', '发放法治宣传资料', '份', null],
    ['publicity_materials', 'en', 'Legal-publicity materials distributed', 'copies', null],
  ])('%s in %s: label, unit, formula', (id, locale, label, unit, formula) => {
    const i = info(id, locale)
    expect({ label: i.label, unit: i.unit, formula: i.formula }).toEqual({ label, unit, formula })
    expect(i.definition).toBe(registry.byId.get(id)!.definition_zh)
  })

  it('writes a sum in the denominator in brackets', () => {
    expect(formulaWords('disclosure_requests_concluded / (disclosure_requests + disclosure_requests_carried_in) * 100', registry, 'zh-CN'))
      .toMatch(/^\S+ ÷ \(\S+ \+ \S+\) × 100$/)
  })

  it('every registry indicator has a definition, and every formula reads in words (no ids left)', () => {
    for (const i of registry.indicators) {
      const { definition, formula } = indicatorInfo(i, registry, 'zh-CN')
      expect(definition, i.id).not.toBe('')
      if (formula) expect(formula, i.id).not.toMatch(/[a-z_]{3,}/)
    }
  })

  it('keeps a formula it cannot read as written', () => {
    expect(formulaWords('a * b', registry, 'zh-CN')).toBe('a * b')
  })
})
