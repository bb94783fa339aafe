// Best and worst townships of a ranking in words that stay true with ties: when every figure is the
// same nobody is best or worst (全部并列, or 全部达标 at the ideal figure); ties at a cut are named
// together with their shared place (并列第 1); a township at the best figure, or at the ideal (100 %
// of a higher-is-better rate), is never among the worst. Pure.

export interface Extreme<T> {
  row: T
  /** Competition place among the rows with a figure (1, 2, 2, 4). */
  place: number
  /** True when another row shares the place. */
  tied: boolean
}

export interface Extremes<T> {
  /** Two or more figures, all equal. */
  allTie: boolean
  /** All equal at the ideal figure (全部达标). */
  allIdeal: boolean
  /** The shared figure when all tie, else null. */
  tieValue: number | null
  best: Extreme<T>[]
  /** Worst first. */
  worst: Extreme<T>[]
}

/**
 * The first and last `n` places of rows ranked best first (rows without a figure are left out). A
 * tie at the cut brings in every row of the place; the two ends never overlap, and each takes at
 * most half of the rows' places. `ideal` is the best possible figure (100 for a rate where higher is better), or null.
 */
export function bestAndWorst<T extends { value: number | null }>(ranked: readonly T[], n: number, ideal: number | null = null): Extremes<T> {
  const present = ranked.filter((r): r is T & { value: number } => typeof r.value === 'number' && Number.isFinite(r.value))
  const first = present[0]?.value ?? null
  const allTie = present.length >= 2 && present.every(r => r.value === first)
  if (allTie || present.length < 2) {
    return { allTie, allIdeal: allTie && ideal !== null && first === ideal, tieValue: allTie ? first : null, best: [], worst: [] }
  }
  // Place = 1 + the position of the first row with the same figure; one pass each (a province ranks 1,500 rows).
  const firstAt = new Map<number, number>()
  const count = new Map<number, number>()
  present.forEach((r, i) => {
    if (!firstAt.has(r.value)) firstAt.set(r.value, i)
    count.set(r.value, (count.get(r.value) ?? 0) + 1)
  })
  const placed = present.map((row, at) => ({ row, place: firstAt.get(row.value)! + 1, tied: count.get(row.value)! > 1, at }))
  const k = Math.min(n, Math.floor(present.length / 2))
  const bestCut = placed[k - 1]!.place
  const best = placed.filter(p => p.place <= bestCut)
  const worstCut = placed[present.length - k]!.row.value
  const worst = placed.filter(p => p.place > bestCut && p.row.value !== first && p.row.value !== ideal)
    .filter(p => p.at >= present.length - k || p.row.value === worstCut)
    .sort((a, b) => b.place - a.place)
  const strip = (list: typeof placed): Extreme<T>[] => list.map(({ row, place, tied }) => ({ row, place, tied }))
  return { allTie: false, allIdeal: false, tieValue: null, best: strip(best), worst: strip(worst) }
}

/** The ideal figure of an indicator: 100 for a rate where higher is better, 0 for one where lower is; else none. */
export function idealOf(indicator: { unit: string, direction: string }): number | null {
  if (indicator.unit !== '%') return null
  return indicator.direction === 'higher_better' ? 100 : indicator.direction === 'lower_better' ? 0 : null
}
