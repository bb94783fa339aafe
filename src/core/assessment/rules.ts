// The points of one item for one township, with the sentence that explains them. One function per rule type.
import type { Indicator } from '../types'
import type { ItemScore, ManualScore, Rule, SchemeItem, ScoreEvidence, ThresholdLevel } from './types'

/** A figure as the scoring sees it: the value, or why there is none. */
export interface Figure {
  value: number | null
  /** Why the value is not used although reported (an error-level data issue), else undefined. */
  held?: string
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

function withUnit(v: number, ind: Indicator | undefined): string {
  const unit = ind?.unit ?? ''
  return ind?.kind === 'flag' ? (v === 0 ? '否' : '是') : `${num(v)}${unit}`
}

function result(item: SchemeItem, points: number, status: ItemScore['status'], value: number | null, reason: string, evidence: ScoreEvidence[]): ItemScore {
  const p = round2(points)
  const bonus = item.bonus === true
  return { item: item.id, points: p, max: item.max, status, value, reason, evidence, bonus, lost: bonus || item.rule.type === 'gate' ? 0 : round2(item.max - p) }
}

function thresholdMet(level: ThresholdLevel, v: number): boolean {
  return level.atLeast !== undefined ? v >= level.atLeast : v <= (level.atMost as number)
}

function levelText(level: ThresholdLevel, ind: Indicator | undefined): string {
  return level.atLeast !== undefined ? `达 ${withUnit(level.atLeast, ind)} 档` : `不高于 ${withUnit(level.atMost as number, ind)} 档`
}

function gateHolds(rule: Extract<Rule, { type: 'gate' }>, v: number): boolean {
  if (rule.equals !== undefined) return v === rule.equals
  if (rule.atLeast !== undefined) return v >= rule.atLeast
  return v <= (rule.atMost as number)
}

/** Scores a rule that needs a figure, once the figure is known to be present. */
function scoreFigure(item: SchemeItem, v: number, ctx: ItemContext, evidence: ScoreEvidence[]): ItemScore {
  const ind = ctx.indicator
  const label = ind?.label_zh ?? item.label
  const shown = `${label} ${ctx.figure?.approx ? '约' : ''}${withUnit(v, ind)}`
  const rule = item.rule
  switch (rule.type) {
    case 'threshold': {
      const level = rule.levels.find(l => thresholdMet(l, v))
      if (!level) {
        const lowest = rule.levels.at(-1)
        return result(item, 0, 'scored', v, `${shown}，未达最低档${lowest ? `（${levelText(lowest, ind).slice(0, -1)}）` : ''}，得 0 分`, evidence)
      }
      return result(item, level.points, 'scored', v, `${shown}，${levelText(level, ind)}，${item.bonus ? '加' : '得'} ${num(level.points)} 分`, evidence)
    }
    case 'per-occurrence': {
      if (rule.add !== undefined) {
        const add = Math.min(rule.cap, rule.add * v)
        return result(item, add, 'scored', v, `${shown}，每${ind?.unit || '次'}加 ${num(rule.add)} 分，加 ${num(add)} 分${rule.add * v > rule.cap ? `（封顶 ${num(rule.cap)} 分）` : ''}`, evidence)
      }
      const deduct = Math.min(rule.cap, (rule.deduct as number) * v)
      const points = Math.max(0, item.max - deduct)
      const capped = (rule.deduct as number) * v > rule.cap ? `（封顶 ${num(rule.cap)} 分）` : ''
      return result(item, points, 'scored', v, deduct === 0 ? `${shown}，不扣分，得 ${num(points)} 分` : `${shown}，每${ind?.unit || '次'}扣 ${num(rule.deduct as number)} 分，扣 ${num(deduct)} 分${capped}，得 ${num(points)} 分`, evidence)
    }
    case 'linear': {
      const share = clamp((v - rule.from) / (rule.to - rule.from), 0, 1)
      return result(item, item.max * share, 'scored', v, `${shown}，按 ${withUnit(rule.from, ind)}（0 分）至 ${withUnit(rule.to, ind)}（${num(item.max)} 分）折算，${item.bonus ? '加' : '得'} ${num(item.max * share)} 分`, evidence)
    }
    case 'rank': {
      const rank = ctx.rankTable?.ranks.get(ctx.township)
      const points = rank !== undefined ? (rule.points[rank - 1] ?? rule.rest) : rule.rest
      return result(item, points, 'scored', v, `${shown}，在 ${ctx.rankTable?.ranked ?? 0} 个有数的乡镇中排第 ${rank ?? '—'} 名，${item.bonus ? '加' : '得'} ${num(points)} 分`, evidence)
    }
    case 'gate': {
      if (!gateHolds(rule, v)) return result(item, 0, 'scored', v, `${shown}，未触发否决`, evidence)
      const effect = rule.grade !== undefined ? `一票否决，等次定为“${rule.grade}”` : `最高只能评为“${rule.maxGrade ?? ''}”`
      return result(item, 0, 'gate', v, `${shown}，${item.label}，${effect}`, evidence)
    }
    case 'manual':
      throw new Error('manual items have no figure')
  }
}

/** The points of one item: manual entries, missing or held figures (0 with status missing), else the rule. */
export function scoreItem(item: SchemeItem, ctx: ItemContext): ItemScore {
  if (item.rule.type === 'manual') {
    const m = ctx.manual
    if (!m) return result(item, 0, 'pending', null, '评议分尚未录入，暂记 0 分', [])
    const points = clamp(m.points, 0, item.max)
    return result(item, points, 'scored', m.points, `评议得 ${num(points)} 分：${m.reason}`, [])
  }
  const fig = ctx.figure
  const label = ctx.indicator?.label_zh ?? item.label
  if (fig?.notApplicable) {
    // Nothing to assess (no hearings, no documents): a base item keeps its full points, bonus and gates give none.
    const points = item.bonus || item.rule.type === 'gate' ? 0 : item.max
    return result(item, points, 'scored', null, `“${label}”不适用（本年无对应事项），${item.rule.type === 'gate' ? '不触发否决' : `按 ${num(points)} 分计`}`, fig.evidence)
  }
  if (!fig || fig.value === null) {
    const what = item.rule.type === 'gate' ? '无法判断是否否决' : '记 0 分'
    return result(item, 0, 'missing', null, `未报送“${label}”，${what}（缺数，不作推测）`, fig?.evidence ?? [])
  }
  if (fig.held) return result(item, 0, 'missing', null, `“${label}”数据待核实（${fig.held}），暂不计分，记 0 分`, fig.evidence)
  return scoreFigure(item, fig.value, ctx, fig.evidence)
}
