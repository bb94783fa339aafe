// Year-on-year plausibility (V18) and the index that finds last year's submission.

import type { Submission } from '../types'
import { exactAt, KEY } from '../columns'
import type { Rule } from './context'

/** Counts below this in either year are too small for a jump to mean anything. */
const MIN_COUNT_FOR_JUMP = 10
/** A count that grows beyond this factor (+300%) or shrinks below its inverse is suspect. */
const MAX_COUNT_FACTOR = 4
/** A rate that moves more than this many percentage points is suspect. */
const MAX_RATE_MOVE = 30

/**
 * Indexes `previous` once (linear) and returns a lookup for a submission's year − 1 counterpart:
 * matched by `code` when both sides have one, else by township name. The first match wins.
 */
export function indexPrevious(previous: readonly Submission[]): (sub: Submission) => Submission | undefined {
  if (previous.length === 0) return () => undefined
  const byCode = new Map<string, Submission>()
  const byName = new Map<string, Submission[]>()
  for (const p of previous) {
    if (p.code !== null) {
      const key = `${p.code}\u0000${p.year}`
      if (!byCode.has(key)) byCode.set(key, p)
    }
    const key = `${p.township}\u0000${p.year}`
    const list = byName.get(key)
    if (list) list.push(p)
    else byName.set(key, [p])
  }
  return (sub) => {
    if (sub.code !== null) {
      const match = byCode.get(`${sub.code}\u0000${sub.year - 1}`)
      if (match) return match
    }
    return byName.get(`${sub.township}\u0000${sub.year - 1}`)
      ?.find(p => p.code === null || sub.code === null)
  }
}

function presentExact(sub: Submission, id: string): number | null {
  const v = sub.values[id]
  if (v === null || v === undefined || !Number.isFinite(v) || sub.approx.includes(id)) return null
  return v
}

export const yearRules: readonly Rule[] = [
  {
    id: 'V18',
    summary: 'against last year: a count ≥ 10 in both years that changes more than 4-fold, or a rate that moves > 30 pp',
    check(ctx) {
      const prev = ctx.previous
      if (!prev) return
      for (const id of Object.keys(ctx.sub.values)) {
        const kind = ctx.registry.byId.get(id)?.kind
        if (kind !== 'count' && kind !== 'rate') continue
        const now = ctx.exact(id)
        const before = now === null ? null : presentExact(prev, id)
        if (now === null || before === null) continue
        const years = { indicator: { indicator: id }, before: String(prev.year), was: before, year: String(ctx.sub.year), now }
        if (kind === 'rate') {
          const move = now - before
          if (Math.abs(move) > MAX_RATE_MOVE) {
            ctx.report(id, 'warning', 'year-jump',
              { code: move > 0 ? 'year-jump-rate-up' : 'year-jump-rate-down', params: { ...years, move: Math.round(Math.abs(move) * 100) / 100 } })
          }
        } else if (now >= MIN_COUNT_FOR_JUMP && before >= MIN_COUNT_FOR_JUMP
          && (now > before * MAX_COUNT_FACTOR || now * MAX_COUNT_FACTOR < before)) {
          const change = Math.round((now - before) / before * 100)
          ctx.report(id, 'warning', 'year-jump',
            { code: change > 0 ? 'year-jump-count-up' : 'year-jump-count-down', params: { ...years, change: Math.abs(change) } })
        }
      }
    },
    screen(cols, out) {
      const { previous } = cols
      const compared = cols.columns.ids.flatMap((id) => {
        const kind = cols.registry.byId.get(id)?.kind
        const col = cols.columns.byId.get(id)
        return col && (kind === 'count' || kind === 'rate') ? [{ col, rate: kind === 'rate' }] : []
      })
      for (let r = 0; r < cols.rows; r++) {
        const p = previous[r] as number
        if (p === -1) continue
        if (p < 0) { out[r] = 1; continue }
        for (const { col, rate } of compared) {
          if (!((col.flags[r] as number) & KEY)) continue
          const now = exactAt(col, r)
          const before = now === null ? null : exactAt(col, p)
          if (now === null || before === null) continue
          if (rate ? Math.abs(now - before) > MAX_RATE_MOVE
            : now >= MIN_COUNT_FOR_JUMP && before >= MIN_COUNT_FOR_JUMP && (now > before * MAX_COUNT_FACTOR || now * MAX_COUNT_FACTOR < before)) { out[r] = 1; break }
        }
      }
    },
  },
]
