// Sorting table rows by a column a user clicked: numbers by size, text in Chinese collation (pinyin
// order), blanks last whichever way, ties in their original order. The township page's indicator table
// and the data page's township list sort with it.
import type { ProfileGroup, ProfileRow } from './analysis'
import type { Township } from './types'

export type SortOrder = 'ascending' | 'descending'
export interface SortState<K extends string> { key: K, order: SortOrder }

type Cell = number | string | null

const collator = new Intl.Collator('zh-CN', { numeric: true })

/** The rows in the order of `key`; blanks (null, '') last in both orders; stable. */
export function sortRows<T>(rows: readonly T[], key: (row: T) => Cell, order: SortOrder): T[] {
  const sign = order === 'ascending' ? 1 : -1
  return rows
    .map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => {
      const blankA = a.k === null || a.k === ''
      const blankB = b.k === null || b.k === ''
      if (blankA || blankB) return blankA === blankB ? a.i - b.i : blankA ? 1 : -1
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : collator.compare(String(a.k), String(b.k))
      return c === 0 ? a.i - b.i : sign * c
    })
    .map(r => r.row)
}

export type ProfileSortKey = 'indicator' | 'value' | 'rank' | 'percentile' | 'change'
export const PROFILE_SORT_KEYS: readonly ProfileSortKey[] = ['indicator', 'value', 'rank', 'percentile', 'change']

/** A row's change as one number: points for rates, per cent for counts (comparable across units), else the difference. */
function changeKey(row: ProfileRow): number | null {
  const c = row.change
  if (!c) return null
  if (c.type === 'points') return c.pp
  return c.pct ?? c.abs
}

/**
 * The township page's table: its registry groups as they are without a sort; with one, a single group
 * ('' — the table shows no group heading) of every row in that order.
 */
export function sortProfile(groups: readonly ProfileGroup[], sort: SortState<ProfileSortKey> | null, label: (row: ProfileRow) => string): readonly ProfileGroup[] {
  if (!sort) return groups
  const key: Record<ProfileSortKey, (r: ProfileRow) => Cell> = {
    indicator: label, value: r => r.value, rank: r => r.rank, percentile: r => r.percentile, change: changeKey,
  }
  return [{ group: '', rows: sortRows(groups.flatMap(g => g.rows), key[sort.key], sort.order) }]
}

export type TownshipSortKey = 'name' | 'code' | 'kind' | 'population' | 'area_km2'

/** The township list in a column's order (before it is cut into pages). */
export function sortTownships(list: readonly Township[], sort: SortState<TownshipSortKey> | null): readonly Township[] {
  return sort ? sortRows(list, t => t[sort.key], sort.order) : list
}
