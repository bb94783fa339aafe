// Finding a township by what a clerk types: part of its name, an alias, its code, or pinyin — full
// syllables or initials (dtz → 大同镇). The pinyin matcher is passed in (the shell lazy-loads it), so
// the core stays free of dictionaries and a missing matcher only drops the pinyin hits.

/** `[from, to]` of the characters of `text` the query's pinyin covers, or false (pinyin-match's contract). */
export type PinyinMatch = (text: string, query: string) => [number, number] | false

export interface SearchEntry {
  name: string
  code?: string
  aliases?: readonly string[]
}

export type HitKind = 'name' | 'alias' | 'code' | 'pinyin'

export interface SearchHit {
  name: string
  /** What matched: the name itself, an alias, the code, or the name's pinyin. */
  kind: HitKind
  /** The alias or code that matched; the name otherwise. */
  matched: string
}

/** Lower case, full-width letters and digits half-width, no white space. */
export function foldQuery(text: string): string {
  return text.replace(/[\uff01-\uff5e]/gu, ch => String.fromCodePoint((ch.codePointAt(0) ?? 0) - 0xfee0)).replace(/\s+/gu, '').toLowerCase()
}

/** Lower is better: exact name, name prefix, name part, alias, code, pinyin from the start, pinyin inside. */
function score(entry: SearchEntry, q: string, pinyin: PinyinMatch | null): { rank: number, kind: HitKind, matched: string } | null {
  const name = foldQuery(entry.name)
  if (name === q) return { rank: 0, kind: 'name', matched: entry.name }
  if (name.startsWith(q)) return { rank: 1, kind: 'name', matched: entry.name }
  if (name.includes(q)) return { rank: 2, kind: 'name', matched: entry.name }
  const alias = entry.aliases?.find(a => foldQuery(a).includes(q))
  if (alias !== undefined) return { rank: 3, kind: 'alias', matched: alias }
  if (entry.code && foldQuery(entry.code).startsWith(q)) return { rank: 4, kind: 'code', matched: entry.code }
  if (pinyin && /^[a-z]+$/u.test(q)) {
    const m = pinyin(entry.name, q)
    if (m) return { rank: m[0] === 0 ? 5 : 6, kind: 'pinyin', matched: entry.name }
  }
  return null
}

/** The townships the query finds, best first (then in list order), at most `limit`; none for a blank query. */
export function searchTownships(entries: readonly SearchEntry[], query: string, pinyin: PinyinMatch | null, limit = 8): SearchHit[] {
  const q = foldQuery(query)
  if (q === '') return []
  const seen = new Set<string>()
  const hits: { rank: number, order: number, hit: SearchHit }[] = []
  entries.forEach((entry, order) => {
    if (seen.has(entry.name)) return
    const s = score(entry, q, pinyin)
    if (!s) return
    seen.add(entry.name)
    hits.push({ rank: s.rank, order, hit: { name: entry.name, kind: s.kind, matched: s.matched } })
  })
  return hits.sort((a, b) => a.rank - b.rank || a.order - b.order).slice(0, Math.max(0, limit)).map(h => h.hit)
}
