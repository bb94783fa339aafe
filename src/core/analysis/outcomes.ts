// Outcome breakdowns of the cases in which a township is the respondent or defendant.

import type { Submission } from '../types'
import { isPresent } from './ranking'

export type OutcomeKind = 'reconsideration' | 'litigation'

/** How an outcome reads from the township's side; the chart colours by it. */
export type OutcomeTone = 'better' | 'worse' | 'neutral' | 'pending'

export interface OutcomePart {
  key: string
  indicator: string
  /** Short label for legends (the registry label is the long form). */
  label_zh: string
  tone: OutcomeTone
}

/** The parts of each breakdown, in stacking order. */
export const OUTCOME_PARTS: Readonly<Record<OutcomeKind, readonly OutcomePart[]>> = {
  reconsideration: [
    { key: 'upheld', indicator: 'reconsideration_upheld', label_zh: '维持', tone: 'better' },
    { key: 'rejected', indicator: 'reconsideration_rejected', label_zh: '驳回', tone: 'better' },
    { key: 'corrected', indicator: 'reconsideration_corrected', label_zh: '纠错', tone: 'worse' },
    { key: 'settled', indicator: 'reconsideration_settled', label_zh: '调解/和解', tone: 'neutral' },
    { key: 'terminated', indicator: 'reconsideration_terminated', label_zh: '撤回/终止', tone: 'neutral' },
    { key: 'pending', indicator: 'reconsideration_pending', label_zh: '未审结', tone: 'pending' },
  ],
  litigation: [
    { key: 'won', indicator: 'litigation_won', label_zh: '胜诉', tone: 'better' },
    { key: 'lost', indicator: 'litigation_lost', label_zh: '败诉', tone: 'worse' },
    { key: 'withdrawn', indicator: 'litigation_withdrawn', label_zh: '撤诉', tone: 'neutral' },
    { key: 'pending', indicator: 'litigation_pending', label_zh: '未审结', tone: 'pending' },
  ],
}

export interface OutcomeRow {
  township: string
  /** Part key → count; null where the township did not report the part. */
  values: Record<string, number | null>
  /** Sum of the reported parts; null when none is reported. */
  total: number | null
}

export interface OutcomeBreakdown {
  kind: OutcomeKind
  year: number
  parts: readonly OutcomePart[]
  /** One row per submission of the year, ordered by township name (zh-CN). */
  rows: OutcomeRow[]
}

/** Reconsideration or litigation outcomes of every township that submitted for the year. */
export function outcomeBreakdown(subs: readonly Submission[], year: number, kind: OutcomeKind): OutcomeBreakdown {
  const parts = OUTCOME_PARTS[kind]
  const rows = subs
    .filter(s => s.year === year)
    .map(sub => {
      const values: Record<string, number | null> = {}
      let total: number | null = null
      for (const part of parts) {
        const v = sub.values[part.indicator]
        values[part.key] = isPresent(v) ? v : null
        if (isPresent(v)) total = (total ?? 0) + v
      }
      return { township: sub.township, values, total }
    })
    .sort((a, b) => a.township.localeCompare(b.township, 'zh-CN'))
  return { kind, year, parts, rows }
}
