// Edits of the county's township list (names, kinds, population, codes, aliases) and its CSV form.
import { parseTownshipList } from './townships'
import type { Issue, Submission, Township } from './types'

export const TOWNSHIP_KINDS: readonly Township['kind'][] = ['镇', '乡', '街道']
const HEADER = ['code', 'name', 'kind', 'population', 'area_km2', 'aliases'] as const

/** Rows of the list as data/townships.csv writes them (header first); aliases joined by `|`. */
export function townshipListRows(list: readonly Township[]): (string | number)[][] {
  return [[...HEADER], ...list.map(t => [t.code, t.name, t.kind, t.population ?? '', t.area_km2 ?? '', t.aliases.join('|')])]
}

/** The list as CSV text, via the same parser as data/townships.csv: a check that an edit is well-formed. */
function issuesOf(list: readonly Township[]): Issue[] {
  const csv = townshipListRows(list).map(r => r.map(c => String(c)).join(',')).join('\n')
  return parseTownshipList(csv).issues
}

/** Why a township cannot be saved as it is, or null: a name, a code of 6–15 digits, unique name/code/aliases. */
export function townshipProblem(list: readonly Township[], t: Township, replacing: string | null): string | null {
  const name = t.name.trim()
  if (name === '') return '乡镇名称不能为空'
  if (/[,"\n|]/u.test(name)) return `乡镇名称“${name}”中不能有逗号、引号或“|”`
  if (!/^\d{6,15}$/.test(t.code)) return `行政区划代码“${t.code}”应为 6–15 位数字`
  if (!TOWNSHIP_KINDS.includes(t.kind)) return `类型应为 镇、乡 或 街道`
  for (const v of [t.population, t.area_km2]) {
    if (v !== null && !(Number.isFinite(v) && v >= 0)) return '人口和面积应为非负数字'
  }
  const others = list.filter(o => o.code !== replacing)
  const taken = new Map<string, string>()
  for (const o of others) for (const n of [o.name, ...o.aliases]) taken.set(n, o.name)
  if (others.some(o => o.code === t.code)) return `行政区划代码 ${t.code} 已被其他乡镇使用`
  for (const n of [name, ...t.aliases]) {
    const owner = taken.get(n)
    if (owner !== undefined) return `“${n}”已是“${owner}”的名称或别名`
  }
  for (const a of t.aliases) if (/[,"\n|]/u.test(a)) return `别名“${a}”中不能有逗号、引号或“|”`
  return issuesOf([t]).find(i => i.severity === 'error')?.message ?? null
}

/** Cleans what a form typed: trimmed name, deduplicated aliases without the name itself. */
export function cleanTownship(t: Township): Township {
  const name = t.name.replace(/\s+/gu, '')
  const aliases = [...new Set(t.aliases.map(a => a.trim()).filter(a => a !== '' && a !== name))]
  return { ...t, code: t.code.trim(), name, aliases }
}

/** The list with `t` in place of the township of code `replacing` (null: added at the end), or the reason it cannot be. */
export function saveTownship(list: readonly Township[], t: Township, replacing: string | null): { list: Township[] } | { problem: string } {
  const clean = cleanTownship(t)
  const problem = townshipProblem(list, clean, replacing)
  if (problem) return { problem }
  if (replacing === null) return { list: [...list, clean] }
  return { list: list.map(o => (o.code === replacing ? clean : o)) }
}

/** The list with `alias` added to the township of `code` (unchanged when it is already there). */
export function addAlias(list: readonly Township[], code: string, alias: string): { list: Township[] } | { problem: string } {
  const t = list.find(o => o.code === code)
  if (!t) return { problem: `名单中没有代码为 ${code} 的乡镇` }
  if (t.name === alias || t.aliases.includes(alias)) return { list: [...list] }
  return saveTownship(list, { ...t, aliases: [...t.aliases, alias] }, code)
}

/** A code for a new township: the largest code on the list + 1 (same length), else a placeholder of 12 digits. */
export function nextTownshipCode(list: readonly Township[]): string {
  const codes = list.map(t => t.code).filter(c => /^\d+$/.test(c)).sort((a, b) => b.length - a.length || b.localeCompare(a))
  const top = codes[0]
  if (!top) return '000000000001'
  const next = (BigInt(top) + 1n).toString()
  return next.padStart(top.length, '0')
}

/**
 * Why the list cannot replace the current one while these submissions are loaded, or null: every
 * loaded township (by code) must stay on it under the same name, so no figure loses its township.
 */
export function listChangeProblem(next: readonly Township[], submissions: readonly Submission[]): string | null {
  const byCode = new Map(next.map(t => [t.code, t.name]))
  const lost = new Set<string>()
  for (const s of submissions) {
    if (s.code !== null && byCode.get(s.code) !== s.township) lost.add(s.township)
  }
  if (lost.size === 0) return null
  const names = [...lost].slice(0, 5).join('、')
  return `已导入数据的乡镇不在新名单中（或代码、名称不同）：${names}${lost.size > 5 ? ` 等 ${lost.size} 个` : ''}。请在名单中保留它们，或先清除数据`
}

/**
 * Reads a stored list back; null when it is not a list of townships (then the bundled one is used).
 * An empty list is a list: the clerk removed every township, so names are kept as written.
 */
export function readStoredTownships(x: unknown): Township[] | null {
  if (!Array.isArray(x)) return null
  const ok = x.every((t: unknown) => {
    if (typeof t !== 'object' || t === null) return false
    const o = t as Record<string, unknown>
    return typeof o.code === 'string' && typeof o.name === 'string' && TOWNSHIP_KINDS.includes(o.kind as Township['kind'])
      && Array.isArray(o.aliases) && o.aliases.every(a => typeof a === 'string')
      && (o.population === null || typeof o.population === 'number') && (o.area_km2 === null || typeof o.area_km2 === 'number')
  })
  return ok ? (x as Township[]).map(t => ({ ...t, aliases: [...t.aliases] })) : null
}
