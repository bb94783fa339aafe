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
 * Percentile rank 0–100 of each township, 100 = best (direction-aware; neutral: higher value,
 * higher percentile). Computed as (midRank − 1) / (n − 1) × 100 over the present values ranked
 * from worst (1) to best (n), where tied values share the average of their ranks — so the best
 * gets 100, the worst 0 and ties the same figure. A single present value, or all values equal,
 * gives 50. Missing values get null. Rows keep their input order.
 */
export function percentileRanks<T extends TownshipValue>(rows: readonly T[], direction: Direction): WithPercentile<T>[] {
  const sign = directionSign(direction)
  const scores = rows.filter(r => isPresent(r.value)).map(r => sign * (r.value as number)).sort((a, b) => a - b)
  const n = scores.length
  const percentileOf = (value: number): number => {
    if (n <= 1) return 50
    const score = sign * value
    let below = 0
    let equal = 0
    for (const s of scores) {
      if (s < score) below++
      else if (s === score) equal++
    }
    const midRank = below + (equal + 1) / 2
    return (midRank - 1) / (n - 1) * 100
  }
  return rows.map(r => ({ ...r, percentile: isPresent(r.value) ? percentileOf(r.value) : null }))
}
