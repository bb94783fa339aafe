// Matching township names as files write them to the county's list: exact, alias, core name, and a
// suggestion (the closest core within a few edits, or the listed name a longer name begins with).
import { coreName, foldName, PREFIX_ENDS, stripKind, stripOrganSuffixes } from './townshipNames'
import type { Township } from './types'

export type TownshipMatch =
  /** `index`: the township's position in the list, given with an exact match (its name is then the list's only one of that fold). */
  | { township: Township, exact: boolean, index?: number }
  | { township: null, suggestion: Township | null }

/** Adds key → township; a key claimed by two townships becomes ambiguous (null) and matches neither. */
function claim(index: Map<string, Township | null>, key: string, t: Township): void {
  if (key === '') return
  const held = index.get(key)
  if (held === undefined) index.set(key, t)
  else if (held !== null && held.code !== t.code) index.set(key, null)
}

/** Levenshtein distance of a and b (UTF-16 code units), or limit + 1 as soon as it must exceed limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev: number[] = []
  let cur: number[] = []
  for (let j = 0; j <= b.length; j++) prev.push(j)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1
      const d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > limit) return limit + 1
    const swap = prev
    prev = cur
    cur = swap
  }
  return prev[b.length] ?? limit + 1
}

const CACHE_LIMIT = 50_000

/**
 * Builds a matcher over the township list (indices are built once; results are cached, so repeated
 * names cost a map lookup). A name matches when, after folding (trim, full-width → half-width,
 * whitespace removed), organ suffixes (人民政府, 政府, 办事处, 党委) and any prefix ending in
 * 省/市/县/区/州/旗 are removed, it equals a township's name, an alias, or its core name (大同 → 大同镇).
 * `exact` is true only when the folded name is the official name itself.
 * An unknown name returns the closest township as a suggestion when its core is within edit distance
 * max(1, ⌊len/3⌋) of a township's core (len = the longer core), else the township whose name or alias
 * begins the name (白马镇村委会 → 白马镇), else null. Never throws on any string.
 */
export function createTownshipMatcher(list: readonly Township[]): (name: string) => TownshipMatch {
  const byName = new Map<string, Township | null>()
  const byAlias = new Map<string, Township | null>()
  const byCore = new Map<string, Township | null>()
  const cores: { core: string, township: Township }[] = []
  for (const t of list) claim(byName, foldName(t.name), t)
  for (const t of list) {
    const core = stripKind(stripOrganSuffixes(foldName(t.name)))
    claim(byCore, core, t)
    cores.push({ core, township: t })
    for (const alias of t.aliases) {
      const a = foldName(alias)
      claim(byAlias, a, t)
      claim(byCore, stripKind(a), t)
      cores.push({ core: stripKind(a), township: t })
    }
  }

  const lookup = (key: string): Township | null =>
    byName.get(key) ?? byAlias.get(key) ?? byCore.get(key) ?? byCore.get(stripKind(key)) ?? null

  const suggest = (name: string): Township | null => {
    const core = coreName(name)
    if (core === '') return null
    let best: Township | null = null
    let bestDistance = Infinity
    for (const c of cores) {
      if (c.core === '') continue
      const longer = Math.max(core.length, c.core.length)
      // Most names are far from most townships in length alone: skip them before any arithmetic on characters.
      if (Math.abs(core.length - c.core.length) > Math.max(1, Math.floor(longer / 3))) continue
      const limit = Math.max(1, Math.floor(longer / 3))
      const d = editDistance(core, c.core, Math.min(limit, bestDistance - 1))
      if (d <= limit && d < bestDistance) {
        best = c.township
        bestDistance = d
      }
    }
    return best
  }

  /** The listed township whose full name (or alias of 2+ characters) begins the name: 白马镇村委会 → 白马镇; the longest wins. */
  const startsWithTownship = (name: string): Township | null => {
    let best: Township | null = null
    let bestLength = 1
    for (const t of list) {
      for (const n of [t.name, ...t.aliases]) {
        const key = foldName(n)
        if (key.length > bestLength && name.startsWith(key)) { best = t; bestLength = key.length }
      }
    }
    return best
  }

  const match = (name: string): TownshipMatch => {
    const folded = foldName(name)
    if (folded === '') return { township: null, suggestion: null }
    const exact = byName.get(folded)
    if (exact) return { township: exact, exact: true }
    const base = stripOrganSuffixes(folded)
    const candidates = [folded, base]
    for (let i = 0; i < base.length - 1; i++) {
      if (PREFIX_ENDS.has(base[i] ?? '')) candidates.push(base.slice(i + 1))
    }
    for (const candidate of candidates) {
      const township = lookup(candidate)
      if (township) return { township, exact: false }
    }
    return { township: null, suggestion: suggest(base) ?? startsWithTownship(base) }
  }

  // A name written as a list name (after folding) is the common case: one lookup, one shared result.
  const position = new Map(list.map((t, i) => [t, i]))
  const exactMatch = new Map<string, TownshipMatch>()
  for (const [key, t] of byName) if (t) exactMatch.set(key, { township: t, exact: true, index: position.get(t) as number })
  // The list's own names need no folding: each position's name has the result of its folded form.
  const names = list.map(t => t.name)
  const asWrittenAt = names.map(n => exactMatch.get(foldName(n)))
  const firstAt = new Map<string, number>()
  names.forEach((n, i) => { if (asWrittenAt[i] && !firstAt.has(n)) firstAt.set(n, i) })
  // Rows often follow the list (a template, an export; a township's years together): the name after
  // the last one found, or that one again, is tried first by comparing the strings alone.
  let after = 0
  const cache = new Map<string, TownshipMatch>()
  return (name: string) => {
    const at = name === names[after] ? after : name === names[after - 1] ? after - 1 : firstAt.get(name) ?? -1
    const written = at === -1 ? undefined : asWrittenAt[at]
    if (written) { after = at + 1; return written }
    const exact = exactMatch.get(foldName(name))
    if (exact) return exact
    const hit = cache.get(name)
    if (hit) return hit
    const result = match(name)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(name, result)
    return result
  }
}
