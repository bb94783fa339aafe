// The figures and sentences of the 通报 and the feedback sheets, from one AssessmentResult, so that the
// page, the Word documents and the table exports state the same numbers. Pure.
import { bestAndWorst } from '../analysis/extremes'
import { num, round2 } from './rules'
import type { AssessmentResult, ItemScore, Scheme, TownshipScore } from './types'

export interface NoticeInput {
  result: AssessmentResult
  scheme: Scheme
  county: string
  /** Townships whose figures arrived after the deadline. */
  late: readonly string[]
  /** The assessment of the year before (same scheme), for the change of the average; null when none. */
  previous: AssessmentResult | null
  /** How many at the bottom make the 末位 list. */
  bottomCount?: number
}

export interface ProblemCount {
  item: string
  label: string
  /** Townships that lost points on the item. */
  townships: string[]
  /** Points lost in all. */
  lost: number
  rectify: string | null
}

export interface Notice {
  title: string
  /** 文号 and date placeholders, for the clerk to fill in Word. */
  docNumber: string
  date: string
  opening: string
  gradeCounts: { label: string, count: number, townships: string[] }[]
  excellent: TownshipScore[]
  /** The lowest totals (ties at the cut included); empty when all tie. */
  bottom: TownshipScore[]
  bottomSentence: string
  failed: TownshipScore[]
  notSubmitted: string[]
  late: string[]
  problems: ProblemCount[]
  average: number
  averageChange: number | null
}

/** One year's assessment with the figures of its 通报 (the page, the deck and the documents use one). */
export interface YearAssessment {
  scheme: Scheme
  year: number
  result: AssessmentResult
  previous: AssessmentResult | null
  notice: Notice
}

/** The county average of the totals of townships that submitted. */
export function averageTotal(result: AssessmentResult): number {
  const sent = result.townships.filter(t => t.submitted)
  return sent.length === 0 ? 0 : round2(sent.reduce((s, t) => s + t.total, 0) / sent.length)
}

/** Items that cost points (or had no figure), with the townships concerned, most frequent first. */
export function commonProblems(result: AssessmentResult, scheme: Scheme): ProblemCount[] {
  const out: ProblemCount[] = []
  for (const item of scheme.items) {
    if (item.bonus || item.rule.type === 'gate') continue
    const hit = result.townships.filter(t => t.submitted).map(t => ({ t, s: t.items.find(i => i.item === item.id) }))
      .filter((x): x is { t: TownshipScore, s: ItemScore } => x.s !== undefined && x.s.lost > 0 && x.s.status !== 'pending')
    if (hit.length === 0) continue
    out.push({ item: item.id, label: item.label, townships: hit.map(x => x.t.township), lost: round2(hit.reduce((s, x) => s + x.s.lost, 0)), rectify: item.rectify ?? null })
  }
  return out.sort((a, b) => b.townships.length - a.townships.length || b.lost - a.lost)
}

/**
 * The bottom `n` places among townships that submitted (extremes.ts: a tie at the cut brings in every
 * township of the place, the top total is never among them); none when every total is the same.
 */
export function bottomOf(result: AssessmentResult, n: number): TownshipScore[] {
  const sent = result.townships.filter(t => t.submitted).map(t => ({ t, value: t.total }))
  return bestAndWorst(sent, n).worst.map(w => w.row.t).sort((a, b) => b.rank - a.rank || a.township.localeCompare(b.township, 'zh-CN'))
}

/** True when another township of the result has the same rank (the same total). */
export function isTied(result: AssessmentResult, t: TownshipScore): boolean {
  return result.townships.some(x => x !== t && x.township !== t.township && x.rank === t.rank)
}

/** A rank as the documents write it: 3, or 并列第 3 when another township shares it (competition rank). */
export function rankText(result: AssessmentResult, t: TownshipScore): string {
  return isTied(result, t) ? `并列第 ${t.rank}` : String(t.rank)
}

/** The ties among townships that submitted, best first: 甲、乙并列第 3 名（88 分）. Empty when there are none or all tie. */
export function tieSentences(result: AssessmentResult): string[] {
  const sent = result.townships.filter(t => t.submitted)
  if (sent.length > 1 && sent.every(t => t.total === sent[0]!.total)) return []
  const out: string[] = []
  for (const rank of [...new Set(sent.map(t => t.rank))].sort((a, b) => a - b)) {
    const tied = sent.filter(t => t.rank === rank)
    if (tied.length > 1) out.push(`${names(tied)}并列第 ${rank} 名（${num(tied[0]!.total)} 分）`)
  }
  return out
}

function names(list: readonly { township: string }[]): string {
  return list.map(t => t.township).join('、')
}

/** Builds the 通报's figures and sentences. */
export function buildNotice(input: NoticeInput): Notice {
  const { result, scheme } = input
  const all = result.townships
  const sent = all.filter(t => t.submitted)
  const late = input.late.filter(name => sent.some(t => t.township === name))
  const average = averageTotal(result)
  const before = input.previous && input.previous.townships.some(t => t.submitted) ? averageTotal(input.previous) : null
  const averageChange = before === null ? null : round2(average - before)
  const change = averageChange === null ? '' : averageChange === 0 ? '，与上年持平' : `，较上年${averageChange > 0 ? '提高' : '下降'} ${num(Math.abs(averageChange))} 分`
  const labels = [...new Set([...scheme.grades, ...Object.values(scheme.gradesByKind ?? {}).flat()].map(g => g.label))]
  const gradeCounts = labels.map(label => ({ label, townships: all.filter(t => t.grade === label).map(t => t.township) })).map(g => ({ ...g, count: g.townships.length }))
  const best = scheme.grades[0]?.label
  const worst = scheme.grades.length > 1 ? scheme.grades.at(-1)?.label : undefined
  const bottom = bottomOf(result, input.bottomCount ?? 3)
  const allTie = sent.length > 1 && sent.every(t => t.total === sent[0]!.total)
  const bottomSentence = allTie ? `各乡镇（街道）得分全部并列（${num(sent[0]!.total)} 分），不列末位。`
    : bottom.length === 0 ? '无末位乡镇（街道）。'
      : `得分居后的是${bottom.map(t => `${t.township}（${isTied(result, t) ? '并列' : ''}第 ${t.rank} 名，${num(t.total)} 分）`).join('、')}。`
        + (bottom.length > (input.bottomCount ?? 3) ? `因得分并列，居后 ${input.bottomCount ?? 3} 位共列出 ${bottom.length} 个。` : '')
  const opening = `根据《${scheme.name}》，县依法治县办对全县 ${all.length} 个乡镇（街道）${result.year} 年度法治建设情况进行了考核。`
    + `${sent.length} 个乡镇（街道）报送了年度数据${all.length > sent.length ? `，${all.length - sent.length} 个未报送（${all.filter(t => !t.submitted).map(t => t.township).join('、')}）` : ''}；`
    + `${sent.length - late.length} 个按时报送${late.length > 0 ? `，${late.length} 个逾期（${late.join('、')}）` : ''}。`
    + `报送数据的乡镇（街道）平均得分 ${num(average)} 分${change}。`
    + gradeCounts.filter(g => g.count > 0).map(g => `${g.label} ${g.count} 个`).join('，') + '。'
    + (allTie ? `各乡镇（街道）总分全部并列，均为 ${num(sent[0]!.total)} 分。` : '')
  return {
    title: `${input.county}${result.year}年度乡镇（街道）法治建设考核情况通报`,
    docNumber: `×法治办〔${result.year + 1}〕×号`,
    date: `${result.year + 1}年×月×日`,
    opening,
    gradeCounts,
    excellent: all.filter(t => t.grade === best),
    bottom,
    bottomSentence,
    failed: all.filter(t => t.grade === worst),
    notSubmitted: all.filter(t => !t.submitted).map(t => t.township),
    late,
    problems: commonProblems(result, scheme),
    average,
    averageChange,
  }
}

/** A rank change as the documents write it: ↑3, ↓2, 持平, — (no data last year). */
export function rankChangeText(change: number | null): string {
  if (change === null) return '—'
  if (change === 0) return '持平'
  return change > 0 ? `↑${change}` : `↓${-change}`
}

/** Completeness as a percentage text: 100%, 50%. */
export function completenessText(share: number): string {
  return `${Math.round(share * 100)}%`
}
