// The points of one item for one township, with the sentence that explains them. One function per rule type.
import { chinese } from '../messages/chinese'
import type { Message, MessageParam } from '../messages/render'
import type { Indicator } from '../types'
import type { ItemScore, ManualScore, Rule, SchemeItem, ScoreEvidence, ThresholdLevel } from './types'

/** A figure as the scoring sees it: the value, or why there is none. */
export interface Figure {
  value: number | null
  /** Why the value is not used although reported (an error-level data issue), else undefined. */
  held?: string
  /** The same, as the message code (its words in any language), where it has one. */
  heldText?: Message
  approx: boolean
  /** Reported or derived as 不适用 (a rate with a zero denominator: no hearings, no documents). */
  notApplicable?: boolean
  evidence: ScoreEvidence[]
}

/** Rank of each township with the figure, for a rank rule (competition ranking), and how many were ranked. */
export interface RankTable {
  ranks: ReadonlyMap<string, number>
  ranked: number
}

export interface ItemContext {
  indicator: Indicator | undefined
  figure: Figure | null
  /** For rank rules. */
  rankTable?: RankTable
  township: string
  /** For manual rules: the reviewer's entry, if any. */
  manual?: ManualScore
  /** A grade's English label (gates name the grade they set), where the scheme gives one. */
  gradeEn?: (grade: string) => string | undefined
}

/** Rounds to 2 decimals (points and totals). */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100
}

/** A number as the reason sentences write it: at most 2 decimals, no trailing zeros. */
export function num(x: number): string {
  return String(round2(x))
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

const msg = (code: string, params: Record<string, MessageParam> = {}): Message => ({ code: `assess-${code}`, params })
/** A name from the scheme in both languages. */
const named = (zh: string, en: string | undefined): MessageParam => ({ zh, en: en ?? zh })

/** A figure with its unit: 95.2%, 10次 (10 times), 是/否 for a flag. */
function withUnit(v: number, ind: Indicator | undefined): MessageParam {
  if (ind?.kind === 'flag') return msg(v === 0 ? 'no' : 'yes')
  const unit = ind?.unit ?? ''
  if (unit === '') return num(v)
  return unit === '%' ? msg('pct', { value: num(v) }) : msg('unit', { value: num(v), unit: { unit: ind!.id } })
}

/** The score with its reason as a code (`text`) and in Chinese (`reason`, the CLI's contract; `zh` where it differs). */
function result(item: SchemeItem, points: number, status: ItemScore['status'], value: number | null, text: Message, evidence: ScoreEvidence[], ind: Indicator | undefined, zh: Message = text): ItemScore {
  const p = round2(points)
  const bonus = item.bonus === true
  const reason = chinese(zh, { byId: new Map(ind ? [[ind.id, ind]] : []) })
  return { item: item.id, points: p, max: item.max, status, value, reason, text, evidence, bonus, lost: bonus || item.rule.type === 'gate' ? 0 : round2(item.max - p) }
}

function thresholdMet(level: ThresholdLevel, v: number): boolean {
  return level.atLeast !== undefined ? v >= level.atLeast : v <= (level.atMost as number)
}

function levelText(level: ThresholdLevel, ind: Indicator | undefined, lowest = false): Message {
  const key = level.atLeast !== undefined ? 'at-least' : 'at-most'
  return msg(`${lowest ? 'lowest' : 'level'}-${key}`, { value: withUnit(level.atLeast ?? (level.atMost as number), ind) })
}

function gateHolds(rule: Extract<Rule, { type: 'gate' }>, v: number): boolean {
  if (rule.equals !== undefined) return v === rule.equals
  if (rule.atLeast !== undefined) return v >= rule.atLeast
  return v <= (rule.atMost as number)
}

/** The indicator's label (the item's where the registry lacks it). */
function labelOf(item: SchemeItem, ind: Indicator | undefined): MessageParam {
  return ind ? { indicator: ind.id } : named(item.label, item.label_en)
}

/** Scores a rule that needs a figure, once the figure is known to be present. */
function scoreFigure(item: SchemeItem, v: number, ctx: ItemContext, evidence: ScoreEvidence[]): ItemScore {
  const ind = ctx.indicator
  const shown = msg('shown', { label: labelOf(item, ind), approx: ctx.figure?.approx ? msg('approx') : '', value: withUnit(v, ind) })
  const gets = (points: number) => msg(item.bonus ? 'adds' : 'gets', { points: num(points) })
  const done = (points: number, status: ItemScore['status'], text: Message) => result(item, points, status, v, text, evidence, ind)
  const rule = item.rule
  switch (rule.type) {
    case 'threshold': {
      const level = rule.levels.find(l => thresholdMet(l, v))
      if (!level) {
        const lowest = rule.levels.at(-1)
        return done(0, 'scored', msg('below-lowest', { shown, lowest: lowest ? levelText(lowest, ind, true) : '' }))
      }
      return done(level.points, 'scored', msg('threshold', { shown, level: levelText(level, ind), gets: gets(level.points) }))
    }
    case 'per-occurrence': {
      const per: MessageParam = ind && ind.unit !== '' ? { unit: ind.id } : msg('time')
      if (rule.add !== undefined) {
        const add = Math.min(rule.cap, rule.add * v)
        const capped = rule.add * v > rule.cap ? msg('capped', { cap: num(rule.cap) }) : ''
        return done(add, 'scored', msg('add', { shown, per, add: num(rule.add), total: num(add), capped }))
      }
      const deduct = Math.min(rule.cap, (rule.deduct as number) * v)
      const points = Math.max(0, item.max - deduct)
      const capped = (rule.deduct as number) * v > rule.cap ? msg('capped', { cap: num(rule.cap) }) : ''
      return done(points, 'scored', deduct === 0 ? msg('no-deduction', { shown, points: num(points) })
        : msg('deduct', { shown, per, deduct: num(rule.deduct as number), total: num(deduct), capped, points: num(points) }))
    }
    case 'linear': {
      const share = clamp((v - rule.from) / (rule.to - rule.from), 0, 1)
      return done(item.max * share, 'scored', msg('linear', { shown, from: withUnit(rule.from, ind), to: withUnit(rule.to, ind), max: num(item.max), gets: gets(item.max * share) }))
    }
    case 'rank': {
      const rank = ctx.rankTable?.ranks.get(ctx.township)
      const points = rank !== undefined ? (rule.points[rank - 1] ?? rule.rest) : rule.rest
      return done(points, 'scored', msg('rank', { shown, ranked: String(ctx.rankTable?.ranked ?? 0), rank: rank === undefined ? '—' : String(rank), gets: gets(points) }))
    }
    case 'gate': {
      if (!gateHolds(rule, v)) return done(0, 'scored', msg('gate-clear', { shown }))
      const grade = rule.grade ?? rule.maxGrade ?? ''
      const params = { shown, item: named(item.label, item.label_en), grade: named(grade, ctx.gradeEn?.(grade)) }
      return done(0, 'gate', msg(rule.grade !== undefined ? 'gate-veto' : 'gate-cap', params))
    }
    case 'manual':
      throw new Error('manual items have no figure')
  }
}

/** The points of one item: manual entries, missing or held figures (0 with status missing), else the rule. */
export function scoreItem(item: SchemeItem, ctx: ItemContext): ItemScore {
  const ind = ctx.indicator
  if (item.rule.type === 'manual') {
    const m = ctx.manual
    if (!m) return result(item, 0, 'pending', null, msg('manual-pending'), [], ind)
    const points = clamp(m.points, 0, item.max)
    return result(item, points, 'scored', m.points, msg('manual', { points: num(points), reason: m.reason }), [], ind)
  }
  const fig = ctx.figure
  const label = labelOf(item, ind)
  const isGate = item.rule.type === 'gate'
  if (fig?.notApplicable) {
    // Nothing to assess (no hearings, no documents): a base item keeps its full points, bonus and gates give none.
    const points = item.bonus || isGate ? 0 : item.max
    return result(item, points, 'scored', null, msg('not-applicable', { label, then: isGate ? msg('na-gate') : msg('na-points', { points: num(points) }) }), fig.evidence, ind)
  }
  if (!fig || fig.value === null) {
    return result(item, 0, 'missing', null, msg('missing', { label, what: msg(isGate ? 'missing-gate' : 'missing-points') }), fig?.evidence ?? [], ind)
  }
  if (fig.held) return result(item, 0, 'missing', null, msg('held', { label, held: fig.heldText ?? fig.held }), fig.evidence, ind, msg('held', { label, held: fig.held }))
  return scoreFigure(item, fig.value, ctx, fig.evidence)
}
