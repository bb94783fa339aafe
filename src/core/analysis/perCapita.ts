// Fair comparison: counts and amounts per 10,000 residents or per enforcement officer.

import type { IndicatorKind } from '../types'
import { isPresent } from './ranking'

export type Normalization = 'raw' | 'per10k' | 'perOfficer'

/** The indicator whose value is the divisor of 'perOfficer' (在编行政执法人员). */
export const OFFICER_INDICATOR = 'enforcement_staff'

export interface NormalizationContext {
  kind: IndicatorKind
  /** Resident population of the township (from the township list), or null when unknown. */
  population: number | null
  /** enforcement_staff of the same submission, or null when not reported. */
  enforcementStaff: number | null
}

export interface NormalizedValue {
  /** The normalized figure; null when the value or the divisor is missing or the divisor is 0. */
  value: number | null
  /**
   * 'applied': divided (or 'raw' asked for); 'not-applicable': the kind is rate or flag, value
   * returned unchanged; 'missing-divisor': population or staff unknown or 0, value null.
   */
  status: 'applied' | 'not-applicable' | 'missing-divisor'
}

/** Whether normalization applies to an indicator kind: counts and amounts only. */
export function isNormalizable(kind: IndicatorKind): boolean {
  return kind === 'count' || kind === 'amount'
}

/**
 * Normalizes a count or amount: 'raw' returns it as is, 'per10k' gives value / population × 10,000
 * (件/万人), 'perOfficer' gives value / enforcementStaff (件/人). Rates and flags are never
 * normalized: the value comes back unchanged with status 'not-applicable'. A missing value stays
 * null (status 'applied' when the divisor is fine).
 */
export function normalizeValue(value: number | null, mode: Normalization, ctx: NormalizationContext): NormalizedValue {
  if (!isNormalizable(ctx.kind)) return { value, status: 'not-applicable' }
  if (mode === 'raw') return { value, status: 'applied' }
  const divisor = mode === 'per10k' ? ctx.population : ctx.enforcementStaff
  if (!isPresent(divisor) || divisor <= 0) return { value: null, status: 'missing-divisor' }
  if (!isPresent(value)) return { value: null, status: 'applied' }
  return { value: mode === 'per10k' ? value / divisor * 10000 : value / divisor, status: 'applied' }
}
