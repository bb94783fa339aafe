// Carry-forward of 整改: a township's deductions, vetoes and red flags of last year, each judged by this
// year's figures — 已整改 (the item no longer loses points, the flag no longer fires), 未整改 (it still
// does; fewer points lost is said with both figures), or 无法判断 (this year has no figure to judge by).
// Pure: the scores and flags of both years come in, nothing is looked up.
import type { FlagCheck, FlagReason, FlagResult } from '../analysis/flags'
import carryZh from '../messages/carry.zh-CN'
import { formatTemplate } from '../messages/render'
import { round2 } from './rules'
import type { ItemScore, TownshipScore } from './types'

/** 已整改 / 未整改 / 无法判断. */
export type CarryMark = 'fixed' | 'open' | 'unknown'

/** Why a mark is 无法判断. */
export type CarryUnknown =
  /** The township sent nothing this year. */
  | 'not-submitted'
  /** This year's figure is missing or held for checking. */
  | 'missing'
  /** This year's reviewer score is not entered yet. */
  | 'pending'
  /** The item is not in this year's scheme. */
  | 'not-in-scheme'

interface Base {
  mark: CarryMark
  /** Set when the mark is 'unknown'. */
  unknown?: CarryUnknown
}

/** An item that lost points last year (or a gate that applied). */
export interface CarryDeduction extends Base {
  source: 'item' | 'gate'
  item: string
  last: ItemScore
  /** This year's score of the same item, or null when there is none. */
  now: ItemScore | null
  /** For items still losing points: fewer, as many, or more points lost than last year. */
  trend?: 'less' | 'same' | 'more'
}

/** A red flag of last year. */
export interface CarryFlag extends Base {
  source: 'flag'
  /** The rule (the worst, for reasons merged on one indicator) and the indicator it fired on. */
  rule: string
  indicator: string | null
  last: FlagReason
  /** This year's reason on the same indicator and rule, when it still fires. */
  now: FlagReason | null
}

export type CarryEntry = CarryDeduction | CarryFlag

export interface CarryForward {
  /** False when the township has no data last year: nothing to carry (say so, list nothing). */
  hasLastYear: boolean
  /** Deductions first (in scheme order), then vetoes, then red flags. */
  entries: CarryEntry[]
}

export interface CarryCounts {
  fixed: number
  open: number
  unknown: number
}

/** Points lost that count as a deduction: scored items below their max (not bonus, gate, pending or missing). */
function isDeduction(i: ItemScore): boolean {
  return !i.bonus && i.status === 'scored' && i.lost > 0
}

function judgeItem(last: ItemScore, now: ItemScore | null, submitted: boolean): CarryDeduction {
  const source = last.status === 'gate' ? 'gate' : 'item'
  const base = { source, item: last.item, last, now } as const
  if (!submitted) return { ...base, mark: 'unknown', unknown: 'not-submitted' }
  if (!now) return { ...base, mark: 'unknown', unknown: 'not-in-scheme' }
  if (now.status === 'missing') return { ...base, mark: 'unknown', unknown: 'missing' }
  if (now.status === 'pending') return { ...base, mark: 'unknown', unknown: 'pending' }
  if (source === 'gate') return { ...base, mark: now.status === 'gate' ? 'open' : 'fixed' }
  if (now.lost <= 0) return { ...base, mark: 'fixed' }
  const diff = round2(now.lost - last.lost)
  return { ...base, mark: 'open', trend: diff < 0 ? 'less' : diff > 0 ? 'more' : 'same' }
}

function judgeFlag(last: FlagReason, current: FlagResult | null): CarryFlag {
  const rules = [last.ruleId, ...(last.also ?? [])]
  const base = { source: 'flag', rule: last.ruleId, indicator: last.indicator, last } as const
  if (!current) return { ...base, now: null, mark: 'unknown', unknown: 'not-submitted' }
  const checks = current.checks.filter((c: FlagCheck) => rules.includes(c.ruleId) && c.indicator === last.indicator)
  const now = current.reasons.find(r => r.indicator === last.indicator && [r.ruleId, ...(r.also ?? [])].some(id => rules.includes(id))) ?? null
  if (checks.some(c => c.status === 'hit' && c.level === 'red')) return { ...base, now, mark: 'open' }
  if (checks.length === 0) return { ...base, now: null, mark: 'unknown', unknown: 'not-in-scheme' }
  if (checks.some(c => c.status === 'no-data')) return { ...base, now: null, mark: 'unknown', unknown: 'missing' }
  return { ...base, now, mark: 'fixed' }
}

/**
 * Last year's deductions, vetoes and red flags of one township, each marked by this year's figures.
 * `previousScores` / `currentScores`: the township's scores of last year and this year (same scheme),
 * null when it has none; `previousFlags` / `currentFlags`: its 红黄绿 results, null when it did not submit.
 */
export function carryForward(
  previousScores: TownshipScore | null,
  currentScores: TownshipScore | null,
  previousFlags: FlagResult | null,
  currentFlags: FlagResult | null,
): CarryForward {
  const hadScores = previousScores?.submitted === true
  if (!hadScores && !previousFlags) return { hasLastYear: false, entries: [] }
  const submitted = currentScores?.submitted === true
  const lastItems = hadScores ? previousScores.items : []
  const nowOf = (id: string) => currentScores?.items.find(i => i.item === id) ?? null
  const deductions = lastItems.filter(isDeduction).map(i => judgeItem(i, nowOf(i.item), submitted))
  const gates = lastItems.filter(i => i.status === 'gate').map(i => judgeItem(i, nowOf(i.item), submitted))
  const flags = (previousFlags?.reasons ?? []).filter(r => r.level === 'red').map(r => judgeFlag(r, currentFlags))
  return { hasLastYear: true, entries: [...deductions, ...gates, ...flags] }
}

/** How many entries are 已整改, 未整改 and 无法判断, over one or many townships. */
export function carryCounts(list: readonly CarryForward[]): CarryCounts {
  const counts: CarryCounts = { fixed: 0, open: 0, unknown: 0 }
  for (const c of list) for (const e of c.entries) counts[e.mark]++
  return counts
}

/**
 * The carry-forward of every township of this year's result, by name. `previous` is last year's
 * assessment under the same scheme (null when there is none); flags are keyed by township name.
 */
export function carryForwardAll(
  result: { townships: readonly TownshipScore[] },
  previous: { townships: readonly TownshipScore[] } | null,
  previousFlags: ReadonlyMap<string, FlagResult>,
  currentFlags: ReadonlyMap<string, FlagResult>,
): Map<string, CarryForward> {
  const out = new Map<string, CarryForward>()
  for (const t of result.townships) {
    const before = previous?.townships.find(x => x.township === t.township) ?? null
    out.set(t.township, carryForward(before, t, previousFlags.get(t.township) ?? null, t.submitted ? currentFlags.get(t.township) ?? null : null))
  }
  return out
}

const say = (template: string, params: Record<string, string | number> = {}): string =>
  formatTemplate(template, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])))

/** An entry in the words of the feedback sheet (Chinese, the page's catalogue ../messages/carry.zh-CN): last year's problem, this year's state, the mark. */
export function carryRowZh(e: CarryEntry, label: (item: string) => string): [string, string, string] {
  const words = carryZh
  const mark = words.marks[e.mark]
  const unknown = words.unknown[e.unknown ?? 'missing']
  if (e.source === 'flag') {
    const now = e.mark === 'unknown' ? unknown : e.mark === 'fixed' ? words.flagFixed : say(words.flagOpen, { reason: e.now?.message ?? e.last.message })
    return [say(words.flag, { reason: e.last.message }), now, mark]
  }
  if (e.source === 'gate') {
    const now = e.mark === 'unknown' ? unknown : e.mark === 'fixed' ? words.gateFixed : words.gateOpen
    return [say(words.gate, { item: label(e.item) }), now, mark]
  }
  const last = round2(e.last.lost)
  const nowLost = round2(e.now?.lost ?? 0)
  const now = e.mark === 'unknown' ? unknown : e.mark === 'fixed' ? words.itemFixed : say(words.trend[e.trend ?? 'same'], { last, now: nowLost })
  return [say(words.item, { item: label(e.item), lost: last, max: round2(e.last.max) }), now, mark]
}

/** The 通报's sentence on last year's problems: N 项已整改，M 项未整改 (one line saying so when no township had data last year). */
export function carrySentenceZh(list: readonly CarryForward[]): string {
  const words = carryZh.sentence
  if (!list.some(c => c.hasLastYear)) return words.noLastYear
  const c = carryCounts(list)
  if (c.fixed + c.open + c.unknown === 0) return words.nothing
  return say(words.counts, { fixed: c.fixed, open: c.open, unknown: c.unknown > 0 ? say(words.unknown, { unknown: c.unknown }) : '' })
}
