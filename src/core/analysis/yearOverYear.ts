// 同比: change of a figure against the previous year.

import type { IndicatorKind } from '../types'
import { isPresent } from './ranking'

/**
 * counts, amounts and flags: abs = current − previous, pct = abs / previous × 100 (null when the
 * previous value is 0); rates: pp = current − previous in percentage points. Every figure is
 * null when either year is missing.
 */
export type YearOverYear =
  | { type: 'change', abs: number | null, pct: number | null }
  | { type: 'points', pp: number | null }

/** Removes binary floating-point noise (97.1 − 95.3 = 1.7999999999999972 → 1.8). */
export function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9
}

/** Year-on-year change of one figure; rates in percentage points, the rest absolute and percent. */
export function yearOverYear(current: number | null, previous: number | null, kind: IndicatorKind): YearOverYear {
  const both = isPresent(current) && isPresent(previous)
  if (kind === 'rate') return { type: 'points', pp: both ? clean(current - previous) : null }
  if (!both) return { type: 'change', abs: null, pct: null }
  const abs = clean(current - previous)
  return { type: 'change', abs, pct: previous === 0 ? null : clean(abs / Math.abs(previous) * 100) }
}
