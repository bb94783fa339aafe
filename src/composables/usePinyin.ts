// The pinyin matcher for township search (pinyin-match, ~28 kB), loaded on first use only: the page
// starts without it, and if it cannot load, search still finds names, aliases and codes.
import { searchTownships, type PinyinMatch, type SearchEntry, type SearchHit } from '@/core/townshipSearch'

let loading: Promise<PinyinMatch | null> | null = null

/** The matcher once loaded; null when loading failed (logged once). */
export function loadPinyin(): Promise<PinyinMatch | null> {
  loading ??= import('pinyin-match')
    .then(m => m.default.match as PinyinMatch)
    .catch((e: unknown) => {
      console.warn('pinyin search unavailable', e)
      return null
    })
  return loading
}

/** The townships a query finds (name, alias, code, and pinyin once the matcher has loaded), best first. */
export async function findTownships(entries: readonly SearchEntry[], query: string): Promise<SearchHit[]> {
  return searchTownships(entries, query, await loadPinyin())
}
