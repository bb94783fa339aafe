// What an indicator means (its 口径), from the registry: definition, formula in words, unit, kind and
// direction — the text of the tooltip on every indicator name. In English the registry's definition_en;
// a county registry without one gives the Chinese definition and says so (definitionLang).
import { parseFormula } from './formula'
import { labelOf, unitOf } from './registry'
import type { Indicator, Registry } from './types'

export interface IndicatorInfo {
  id: string
  label: string
  definition: string
  /** The language the definition is written in: 'en' in English where the registry has definition_en, else 'zh-CN'. */
  definitionLang: 'zh-CN' | 'en'
  /** `行政执法人员持证数 ÷ 行政执法人员数 × 100`; null for a reported (not computed) indicator. */
  formula: string | null
  /** '' for yes/no indicators. */
  unit: string
  kind: Indicator['kind']
  direction: Indicator['direction']
}

const sum = (ids: readonly string[], name: (id: string) => string): string => {
  const words = ids.map(name)
  return words.length > 1 ? `(${words.join(' + ')})` : (words[0] ?? '')
}

/** A registry formula in the words of a locale: ids become labels, / ÷ and * ×. The formula as written when it does not parse. */
export function formulaWords(formula: string, registry: Registry, locale: string): string {
  const name = (id: string) => { const i = registry.byId.get(id); return i ? labelOf(i, locale) : id }
  try {
    const f = parseFormula(formula)
    const ratio = `${sum(f.numerator, name)} ÷ ${sum(f.denominator, name)}`
    return f.scale === 1 ? ratio : `${ratio} × ${f.scale}`
  } catch {
    return formula
  }
}

/** The 口径 of an indicator in a locale. */
export function indicatorInfo(indicator: Indicator, registry: Registry, locale: string): IndicatorInfo {
  const english = !locale.toLowerCase().startsWith('zh') && (indicator.definition_en ?? '').trim() !== ''
  return {
    id: indicator.id,
    label: labelOf(indicator, locale),
    definition: english ? (indicator.definition_en as string) : indicator.definition_zh,
    definitionLang: english ? 'en' : 'zh-CN',
    formula: indicator.formula ? formulaWords(indicator.formula, registry, locale) : null,
    unit: unitOf(indicator, locale),
    kind: indicator.kind,
    direction: indicator.direction,
  }
}
