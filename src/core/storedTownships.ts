// The township list as storage keeps it (the clerk's edited list), read back at start. Apart from the
// list's edits and CSV form (townshipList.ts, townships.ts), which only the township editor needs.
import type { Township } from './types'

export const TOWNSHIP_KINDS: readonly Township['kind'][] = ['镇', '乡', '街道']

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
      && (o.county === undefined || typeof o.county === 'string')
  })
  return ok ? (x as Township[]).map(t => ({ ...t, aliases: [...t.aliases] })) : null
}
