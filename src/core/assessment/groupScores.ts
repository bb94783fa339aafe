// Group scores as a table of townships × scheme groups: the points each township got in a group out of
// the group's maximum, for the 考核 page heatmap and its notes. Pure.
import { round2 } from './rules'
import type { Scheme, TownshipScore } from './types'

export interface GroupCell {
  township: string
  group: string
  points: number
  max: number
  /** Points as a percentage of max (0–100, bonus points can exceed max and are capped at 100); null when the township sent nothing or every item awaits review. */
  share: number | null
  /** Some of the group's points await a reviewer's manual score (counted 0 until then). */
  pending: boolean
}

export interface GroupAverage {
  group: string
  label: string
  max: number
  /** Mean share (0–100) over townships that submitted; null when none did. */
  share: number | null
}

/**
 * The points a group can give: its non-bonus items' max; a group of bonus items only counts their caps,
 * so that its cells still read points/max.
 */
export function groupMaxima(scheme: Scheme): Record<string, number> {
  const out: Record<string, number> = {}
  for (const g of scheme.groups) {
    const items = scheme.items.filter(i => i.group === g.id && i.rule.type !== 'gate')
    const base = items.filter(i => !i.bonus).reduce((s, i) => s + i.max, 0)
    out[g.id] = round2(base > 0 ? base : items.reduce((s, i) => s + i.max, 0))
  }
  return out
}

/** One cell per township and group, in the order of `rows` then of the scheme's groups. */
export function groupScoreCells(rows: readonly TownshipScore[], scheme: Scheme): GroupCell[] {
  const maxima = groupMaxima(scheme)
  const ids = new Map(scheme.items.map(i => [i.id, i.group]))
  return rows.flatMap(r => scheme.groups.map((g) => {
    const max = maxima[g.id] ?? 0
    const points = r.groups[g.id] ?? 0
    const own = r.items.filter(i => ids.get(i.item) === g.id && !i.bonus && i.max > 0)
    const pending = r.submitted && own.some(i => i.status === 'pending')
    const allPending = pending && own.every(i => i.status === 'pending')
    const share = !r.submitted || max === 0 || allPending ? null : round2(Math.min(100, points / max * 100))
    return { township: r.township, group: g.id, points, max, share, pending }
  }))
}

/** Each group's mean share over townships that submitted, weakest first (groups without a share last). */
export function groupAverages(rows: readonly TownshipScore[], scheme: Scheme): GroupAverage[] {
  const cells = groupScoreCells(rows, scheme)
  const maxima = groupMaxima(scheme)
  return scheme.groups.map((g) => {
    const shares = cells.filter(c => c.group === g.id && c.share !== null).map(c => c.share!)
    return { group: g.id, label: g.label, max: maxima[g.id] ?? 0, share: shares.length === 0 ? null : round2(shares.reduce((s, x) => s + x, 0) / shares.length) }
  }).sort((a, b) => (a.share ?? Infinity) - (b.share ?? Infinity))
}
