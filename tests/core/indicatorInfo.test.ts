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
    const indicator = registry.byId.get(id)!
    expect({ definition: i.definition, lang: i.definitionLang }).toEqual(locale === 'en' ? { definition: indicator.definition_en, lang: 'en' } : { definition: indicator.definition_zh, lang: 'zh-CN' })
  })

  it.each([
    ['en', undefined, 'zh-CN'],
    ['en', '', 'zh-CN'],
    ['en', 'Cases counted', 'en'],
    ['zh-CN', 'Cases counted', 'zh-CN'],
  ] as const)('in %s with definition_en %j the definition is in %s', (locale, definitionEn, lang) => {
    const rest = { ...registry.byId.get('inspections')! }
    delete rest.definition_en
    const indicator = definitionEn === undefined ? rest : { ...rest, definition_en: definitionEn }
    const i = indicatorInfo(indicator, registry, locale)
    expect({ definition: i.definition, lang: i.definitionLang }).toEqual({ definition: lang === 'en' ? definitionEn : rest.definition_zh, lang })
  })

  it('writes a sum in the denominator in brackets', () => {
    expect(formulaWords('disclosure_requests_concluded / (disclosure_requests + disclosure_requests_carried_in) * 100', registry, 'zh-CN'))
      .toMatch(/^\S+ ÷ \(\S+ \+ \S+\) × 100$/)
  })

  it.each(['zh-CN', 'en'])('every registry indicator has a definition in %s, and every formula reads in words (no ids left: no Latin in Chinese, no snake_case in English)', (locale) => {
    for (const i of registry.indicators) {
      const { definition, definitionLang, formula } = indicatorInfo(i, registry, locale)
      expect(definition, i.id).not.toBe('')
      expect(definitionLang, i.id).toBe(locale)
      if (formula) expect(formula, i.id).not.toMatch(locale === 'en' ? /[a-z]_[a-z]/ : /[a-z_]{3,}/)
    }
  })

  it('writes the English of every indicator (label, unit, definition, formula) without Chinese', () => {
    const chinese = registry.indicators.flatMap((i) => {
      const { label, unit, definition, formula } = indicatorInfo(i, registry, 'en')
      return [label, unit, definition, formula ?? ''].filter(text => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(text)).map(text => `${i.id}: ${text}`)
    })
    expect(chinese).toEqual([])
  })

  it('keeps a formula it cannot read as written', () => {
    expect(formulaWords('a * b', registry, 'zh-CN')).toBe('a * b')
  })
})
