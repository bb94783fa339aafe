// A scheme's names (groups, items, grades, the scheme itself) in the page's language: the English label
// from the scheme where it has one, else the Chinese. The documents (通报, feedback sheets) stay Chinese.
import type { AssessmentResult, GradeCut, Scheme } from './types'

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

/**
 * A year's assessment with the scheme's names and the scores' grades in the locale, for what the page
 * draws (charts, tables); the 通报 figures (notice) stay as they are, the documents being Chinese.
 */
export function localizeAssessment<T extends { scheme: Scheme, result: AssessmentResult }>(a: T, locale: string): T {
  if (isChinese(locale)) return a
  const s = a.scheme
  const cuts = (list: readonly GradeCut[]) => list.map(c => ({ ...c, label: labelIn(c, locale) }))
  const scheme: Scheme = {
    ...s, name: schemeName(s, locale), groups: s.groups.map(g => ({ ...g, label: labelIn(g, locale) })), items: s.items.map(i => ({ ...i, label: labelIn(i, locale) })), grades: cuts(s.grades),
    ...(s.gradesByKind ? { gradesByKind: Object.fromEntries(Object.entries(s.gradesByKind).map(([k, v]) => [k, cuts(v)])) } : {}),
  }
  const source = schemeSource(s, locale)
  if (source !== undefined) scheme.source = source
  const result: AssessmentResult = { ...a.result, scheme: scheme.name, townships: a.result.townships.map(t => ({ ...t, grade: gradeLabel(s, t.grade, locale) })) }
  return { ...a, scheme, result }
}
