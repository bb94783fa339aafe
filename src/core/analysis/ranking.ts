// Ranks and percentile ranks of townships on one indicator, direction-aware.

import type { Direction } from '../types'

export interface TownshipValue {
  township: string
  value: number | null
}

export type Ranked<T extends TownshipValue> = T & { rank: number | null }
export type WithPercentile<T extends TownshipValue> = T & { percentile: number | null }

/** A value that can be ranked: null, NaN and ±Infinity are treated as missing. */
export function isPresent(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** +1 when a larger value is better (higher_better, and neutral by convention), -1 when smaller is better. */
export function directionSign(direction: Direction): 1 | -1 {
  return direction === 'lower_better' ? -1 : 1
}

const byName = (a: TownshipValue, b: TownshipValue): number => a.township.localeCompare(b.township, 'zh-CN')

/**
 * Competition ranking (1, 2, 2, 4), best first: 'higher_better' and 'neutral' sort descending,
 * 'lower_better' ascending; equal values share a rank and are ordered by name (zh-CN collation).
 * Missing values come last with rank null, ordered by name. Extra fields of the rows are kept;
 * the input is not mutated.
 */
export function rankTownships<T extends TownshipValue>(rows: readonly T[], direction: Direction): Ranked<T>[] {
  const sign = directionSign(direction)
  const present = rows
    .filter(r => isPresent(r.value))
    .sort((a, b) => sign * ((b.value as number) - (a.value as number)) || byName(a, b))
  const ranked: Ranked<T>[] = []
  let rank = 0
  present.forEach((row, i) => {
    const previous = present[i - 1]
    if (!previous || previous.value !== row.value) rank = i + 1
    ranked.push({ ...row, rank })
  })
  const missing = rows.filter(r => !isPresent(r.value)).sort(byName).map(r => ({ ...r, rank: null }))
  return [...ranked, ...missing]
}

/**
 * Percentile rank 0–100 of a competition rank (1 = best) among n ranked values: (n − rank) / (n − 1) × 100,
 * so rank and percentile always agree — the best, and every township tied with it, is 100; a tie shares
 * one figure; a single value is 100 (it is first).
 */
export function percentileOfRank(rank: number, n: number): number {
  return n <= 1 ? 100 : (n - rank) / (n - 1) * 100
}

/**
 * Percentile rank 0–100 of each township, 100 = best (direction-aware; neutral: higher value,
 * higher percentile), from the competition rank of rankTownships (1, 2, 2, 4): tied values share
 * the percentile of their shared rank, so a tie at the top is 100 and all values equal are 100.
 * Missing values get null. Rows keep their input order.
 */
export function percentileRanks<T extends TownshipValue>(rows: readonly T[], direction: Direction): WithPercentile<T>[] {
  const sign = directionSign(direction)
  const scores = rows.filter(r => isPresent(r.value)).map(r => sign * (r.value as number)).sort((a, b) => b - a)
  // Competition rank: one more than the number of values strictly better (as rankTownships), found by
  // bisection in the scores sorted best first (a province's 1,500 townships: n log n, not n²).
  const rankOf = (value: number): number => {
    const score = sign * value
    let lo = 0
    let hi = scores.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((scores[mid] as number) > score) lo = mid + 1
      else hi = mid
    }
    return 1 + lo
  }
  return rows.map(r => ({ ...r, percentile: isPresent(r.value) ? percentileOfRank(rankOf(r.value), scores.length) : null }))
}
