// Edits of the county's township list (names, kinds, population, codes, aliases) and its CSV form.
import type { Message } from './messages/render'
import { KINDS, parseTownshipList } from './townships'
import { TOWNSHIP_KINDS } from './storedTownships'
import type { Issue, Submission, Township } from './types'

export { readStoredTownships, TOWNSHIP_KINDS } from './storedTownships'

const HEADER = ['code', 'name', 'kind', 'population', 'area_km2', 'aliases'] as const

/**
 * Rows of the list as data/townships.csv writes them (header first); aliases joined by `|`. A list
 * whose townships name their county (a province's pooled lists) gets a last column `county`.
 */
export function townshipListRows(list: readonly Township[]): (string | number)[][] {
  const counties = list.some(t => t.county !== undefined)
  const row = (t: Township): (string | number)[] => [t.code, t.name, t.kind, t.population ?? '', t.area_km2 ?? '', t.aliases.join('|')]
  if (!counties) return [[...HEADER], ...list.map(row)]
  return [[...HEADER, 'county'], ...list.map(t => [...row(t), t.county ?? ''])]
}

/** The county a list file is of when its rows do not say: `乡镇名单-某某县.csv` → 某某县 (the last part of the name). */
export function countyOfFileName(file: string): string {
  const stem = file.replace(/\.[^.]*$/u, '')
  return stem.split(/[-_－—]/u).map(p => p.trim()).filter(p => p !== '').at(-1) ?? stem
}

/**
 * Several counties' lists as one list (a province office pooling its counties): every township keeps
 * its county (its list's `county` column, else the county of its file's name). A code or name on two
 * lists refuses the whole set: data rows are matched by name, and a figure must find one township.
 */
export function joinCountyLists(lists: readonly { file: string, townships: readonly Township[] }[]): { list: Township[] } | { problem: Message } {
  const list: Township[] = []
  const codes = new Map<string, string>()
  const names = new Map<string, string>()
  for (const { file, townships } of lists) {
    const fallback = countyOfFileName(file)
    for (const t of townships) {
      const county = t.county ?? fallback
      const owner = codes.get(t.code) ?? names.get(t.name)
      if (owner !== undefined) return { problem: { code: 'township-lists-overlap', params: { name: t.name, code: t.code, county, other: owner } } }
      codes.set(t.code, county)
      for (const n of [t.name, ...t.aliases]) if (!names.has(n)) names.set(n, county)
      list.push({ ...t, aliases: [...t.aliases], county })
    }
  }
  return { list }
}

/** The list as CSV text, via the same parser as data/townships.csv: a check that an edit is well-formed. */
function issuesOf(list: readonly Township[]): Issue[] {
  const csv = townshipListRows(list).map(r => r.map(c => String(c)).join(',')).join('\n')
  return parseTownshipList(csv).issues
}

/** Why a township cannot be saved as it is, or null: a name, a code of 6–15 digits, unique name/code/aliases. */
export function townshipProblem(list: readonly Township[], t: Township, replacing: string | null): Message | null {
  const name = t.name.trim()
  if (name === '') return { code: 'township-name-blank' }
  if (/[,"\n|]/u.test(name)) return { code: 'township-name-characters', params: { name } }
  if (!/^\d{6,15}$/.test(t.code)) return { code: 'township-code-digits', params: { code: t.code } }
  if (!TOWNSHIP_KINDS.includes(t.kind)) return { code: 'township-kind', params: { kinds: KINDS } }
  for (const v of [t.population, t.area_km2]) {
    if (v !== null && !(Number.isFinite(v) && v >= 0)) return { code: 'township-measures' }
  }
  const others = list.filter(o => o.code !== replacing)
  const taken = new Map<string, string>()
  for (const o of others) for (const n of [o.name, ...o.aliases]) taken.set(n, o.name)
  if (others.some(o => o.code === t.code)) return { code: 'township-code-taken', params: { code: t.code } }
  for (const n of [name, ...t.aliases]) {
    const owner = taken.get(n)
    if (owner !== undefined) return { code: 'township-name-taken', params: { name: n, owner } }
  }
  for (const a of t.aliases) if (/[,"\n|]/u.test(a)) return { code: 'township-alias-characters', params: { alias: a } }
  const refused = issuesOf([t]).find(i => i.severity === 'error')
  return refused ? refused.text ?? { code: 'text', params: { text: refused.message } } : null
}

/** Cleans what a form typed: trimmed name, deduplicated aliases without the name itself. */
export function cleanTownship(t: Township): Township {
  const name = t.name.replace(/\s+/gu, '')
  const aliases = [...new Set(t.aliases.map(a => a.trim()).filter(a => a !== '' && a !== name))]
  return { ...t, code: t.code.trim(), name, aliases }
}

/** The list with `t` in place of the township of code `replacing` (null: added at the end), or the reason it cannot be. */
export function saveTownship(list: readonly Township[], t: Township, replacing: string | null): { list: Township[] } | { problem: Message } {
  const clean = cleanTownship(t)
  const problem = townshipProblem(list, clean, replacing)
  if (problem) return { problem }
  if (replacing === null) return { list: [...list, clean] }
  return { list: list.map(o => (o.code === replacing ? clean : o)) }
}

/** The list with `alias` added to the township of `code` (unchanged when it is already there). */
export function addAlias(list: readonly Township[], code: string, alias: string): { list: Township[] } | { problem: Message } {
  const t = list.find(o => o.code === code)
  if (!t) return { problem: { code: 'township-code-unknown', params: { code } } }
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
export function listChangeProblem(next: readonly Township[], submissions: readonly Submission[]): Message | null {
  const byCode = new Map(next.map(t => [t.code, t.name]))
  const lost = new Set<string>()
  for (const s of submissions) {
    if (s.code !== null && byCode.get(s.code) !== s.township) lost.add(s.township)
  }
  if (lost.size === 0) return null
  const more: Message | string = lost.size > 5 ? { code: 'township-list-loses-more', params: { n: lost.size } } : ''
  return { code: 'township-list-loses', params: { names: { list: [...lost].slice(0, 5) }, more } }
}
