// Descriptive statistics of one indicator across townships.

import { isPresent } from './ranking'

export interface Summary {
  /** Present values counted. */
  n: number
  /** Null (or non-finite) values left out. */
  missing: number
  mean: number | null
  median: number | null
  q1: number | null
  q3: number | null
  min: number | null
  max: number | null
  sum: number | null
}

/**
 * Quantile p (0–1) of values sorted ascending, by linear interpolation between closest ranks
 * (the method of Excel QUARTILE.INC and R type 7). Null for an empty list.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p))
  const lower = Math.floor(position)
  const low = sorted[lower] as number
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] as number
  return low + (high - low) * (position - lower)
}

/**
 * n, missing, mean, median, quartiles (QUARTILE.INC), min, max and sum of the present values;
 * nulls and non-finite numbers are excluded and counted as missing. With no present value every
 * statistic is null. The input is not mutated.
 */
export function summarize(values: readonly (number | null)[]): Summary {
  const present = values.filter(isPresent).sort((a, b) => a - b)
  const n = present.length
  const missing = values.length - n
  if (n === 0) {
    return { n, missing, mean: null, median: null, q1: null, q3: null, min: null, max: null, sum: null }
  }
  const sum = present.reduce((acc, v) => acc + v, 0)
  return {
    n,
    missing,
    mean: sum / n,
    median: quantileSorted(present, 0.5),
    q1: quantileSorted(present, 0.25),
    q3: quantileSorted(present, 0.75),
    min: present[0] as number,
    max: present[n - 1] as number,
    sum,
  }
}
