// A scheme's names (groups, items, grades, the scheme itself) in the page's language: the English label
// from the scheme where it has one, else the Chinese. The documents (通报, feedback sheets) stay Chinese.
import type { GradeCut, Scheme } from './types'

/** True for a Chinese locale (zh, zh-CN, zh-TW). */
export function isChinese(locale: string): boolean {
  return locale.toLowerCase().startsWith('zh')
}

/** A label in the locale: `label_en` in English where given. */
export function labelIn(x: { label: string, label_en?: string }, locale: string): string {
  return isChinese(locale) ? x.label : (x.label_en ?? x.label)
}

/** A scheme's item or group label by id, in the locale; the id where the scheme has no such entry. */
export function schemeLabel(scheme: Pick<Scheme, 'items' | 'groups'>, id: string, locale: string): string {
  const x = scheme.items.find(i => i.id === id) ?? scheme.groups.find(g => g.id === id)
  return x ? labelIn(x, locale) : id
}

/** A grade label (as a score carries it, in Chinese) in the locale, from the scheme's cut-offs. */
export function gradeLabel(scheme: Pick<Scheme, 'grades' | 'gradesByKind'>, grade: string, locale: string): string {
  const cuts: GradeCut[] = [...scheme.grades, ...Object.values(scheme.gradesByKind ?? {}).flat()]
  const cut = cuts.find(c => c.label === grade && c.label_en !== undefined) ?? cuts.find(c => c.label === grade)
  return cut ? labelIn(cut, locale) : grade
}

/** The scheme's name and source in the locale. */
export function schemeName(scheme: Pick<Scheme, 'name' | 'name_en'>, locale: string): string {
  return isChinese(locale) ? scheme.name : (scheme.name_en ?? scheme.name)
}
export function schemeSource(scheme: Pick<Scheme, 'source' | 'source_en'>, locale: string): string | undefined {
  return isChinese(locale) ? scheme.source : (scheme.source_en ?? scheme.source)
}
