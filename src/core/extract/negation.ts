// Zeros stated by negation (V17): 无行政复议纠错及行政诉讼败诉情况 → reconsideration_corrected 0 and
// litigation_lost 0; 未制定规范性文件 → normative_docs 0; 行政复议、行政诉讼案件均为零 → both 0.
// The negated phrase must consist of cues and nothing else but an ending such as 情况 or 案件, so
// 未按规定出示执法证件 is no zero.
import { hitsUpTo, resolve } from './match'
import type { CueHit, MatchContext } from './matchTypes'
import { VERB_SHIFTS } from './patterns'
import { sentenceAt, type Span } from './sentences'

export interface NegatedZero {
  indicator: string
  /** Clean offsets of the negating phrase: from the negation word to the end of the cue. */
  start: number
  end: number
}

const NEGATION = /未发生|没有发生|未出现|未制定|未出台|未制发|未发布|未收到|未接到|未实施|未采取|未作出|未被|没有|无|零/g
const PHRASE_END = /[，,。；;！？!?\n（(）)：:]/
const MAX_PHRASE = 40
const JOINS = /以及|及|和|与|、|或/g
/** What may follow the cue in a negated segment. */
const ENDING = /^类?(?:的)?(?:情况|案件|案例|事项|事件|发生|现象|行为|问题|制发|出台|印发|制定)?(?:的?发生)?$/
/** What may stand before the cues of a negated segment; 无行政败诉: 行政 before a cue that does not hold it. */
const LIGHT_PREFIX = /^(?:新增|新收|新|被申请|申请|被|发生|出现|任何)?(?:行政)?$/
/** 无一例败诉: the counted nothing before the cue. */
const NONE_OF = /^一[例件起宗个次]/
/** Negations that are aims, not facts: 确保零败诉, 力争无纠错. */
const AIM_BEFORE = /确保|力争|争取|杜绝|避免|防止|要求|目标|努力/
/** 均为零, 为0 (no unit) after a list of cues: 行政复议、行政诉讼案件均为零. */
const ZERO_AFTER = /(?:均|都|皆|全部)?(?:为|是)(?:零|0(?![\d.%％件宗起例个次项名人]))(?=$|[，,。；;！!\n）)])/g
/** Time and subject words that open a clause before its cues: 全年, 本年度我镇. */
const SUBJECT_LEAD = /^(?:全年|本年度?|今年|当年|\d{4}年度?)?(?:我镇|我乡|我街道|全镇|全乡|全街道)?(?:共)?/
/** Qualifiers of VERB_SHIFTS, anchored at the end of the words before a cue. */
const QUALIFIERS = VERB_SHIFTS.filter(s => s.qualifier).map(s => s.verbs)

/**
 * The cue that heads a segment (the one ending last, the longest of those), if the segment is only
 * cues, a light prefix (新增, 被, 发生), a qualifier (因信息公开引发的) and an ending:
 * 无一起因执法不当引发的行政复议案件 is no zero. shared: a qualifier of an earlier segment of the list.
 */
function headCue(ctx: MatchContext, from: number, to: number, sentence: Span, shared?: string): { indicator: string, end: number, qualifier?: string } | null {
  let best: CueHit | null = null
  const covered = new Set<number>()
  const last = hitsUpTo(ctx, to)
  for (let h = last - 1; h >= 0; h--) {
    const hit = ctx.hits[h] as CueHit
    if (hit.end <= from) break
    if (hit.start < from) continue
    for (let i = hit.start; i < hit.end; i++) covered.add(i)
    if (!best || hit.end > best.end || (hit.end === best.end && hit.start < best.start)) best = hit
  }
  if (!best || !ENDING.test(ctx.clean.slice(best.end, to))) return null
  // 因政府信息公开引发的行政复议: a qualifier (VERB_SHIFTS) may stand before the cue; resolve reads it there.
  const before = ctx.clean.slice(from, best.start)
  const qualifier = QUALIFIERS.map(q => q.exec(before)).find(m => m !== null)
  let prefix = ''
  for (let i = from; i < from + (qualifier ? qualifier.index : before.length); i++) if (!covered.has(i)) prefix += ctx.clean[i]
  if (!LIGHT_PREFIX.test(prefix)) return null
  for (let h = hitsUpTo(ctx, best.end) - 1; h >= 0; h--) {
    const hit = ctx.hits[h] as CueHit
    if (hit.end !== best.end) break
    if (hit.start < from) continue
    const id = resolve(ctx, hit, sentence, null, qualifier ? undefined : shared)
    if (id) return qualifier ? { indicator: id, end: hit.end, qualifier: qualifier[0] } : { indicator: id, end: hit.end }
  }
  return null
}

/**
 * The zeros of one list of cues at clean offsets [from, to): each segment between 和/及/、 must be
 * cues only (headCue), or none is taken. The zeros span [start, end of their cue], or to `end` if given.
 */
function listZeros(ctx: MatchContext, sentence: Span, from: number, to: number, start: number, end?: number): NegatedZero[] {
  const phrase = ctx.clean.slice(from, to)
  const bounds = [0, ...[...phrase.matchAll(JOINS)].flatMap(j => [j.index, j.index + j[0].length]), phrase.length]
  const found: NegatedZero[] = []
  let shared: string | undefined
  for (let i = 0; i < bounds.length; i += 2) {
    let a = from + (bounds[i] as number)
    const b = from + (bounds[i + 1] as number)
    if (NONE_OF.test(ctx.clean.slice(a, b))) a += 2
    const head = headCue(ctx, a, b, sentence, shared)
    if (!head) return []
    shared ??= head.qualifier
    found.push({ indicator: head.indicator, start, end: end ?? head.end })
  }
  return found
}

/**
 * Every zero stated by negation in the text (无…, 未发生…), and every list of cues stated to be
 * zero after it (行政复议、行政诉讼案件均为零); all segments of a list must read, or none is taken.
 */
export function findNegatedZeros(ctx: MatchContext, sentences: readonly Span[]): NegatedZero[] {
  const zeros: NegatedZero[] = []
  for (const m of ctx.clean.matchAll(NEGATION)) {
    const sentence = sentenceAt(sentences, m.index)
    if (!sentence) continue
    const clauseBefore = ctx.clean.slice(sentence.start, m.index).split(/[，,]/).pop() ?? ''
    if (AIM_BEFORE.test(clauseBefore)) continue
    const from = m.index + m[0].length
    const rest = ctx.clean.slice(from, Math.min(sentence.end, from + MAX_PHRASE))
    const endAt = rest.search(PHRASE_END)
    zeros.push(...listZeros(ctx, sentence, from, from + (endAt < 0 ? rest.length : endAt), m.index))
  }
  for (const m of ctx.clean.matchAll(ZERO_AFTER)) {
    const sentence = sentenceAt(sentences, m.index)
    if (!sentence) continue
    const clause = ctx.clean.slice(sentence.start, m.index).split(/[，,；;：:]/).pop() ?? ''
    if (AIM_BEFORE.test(clause)) continue
    const lead = (SUBJECT_LEAD.exec(clause) as RegExpExecArray)[0].length
    const from = m.index - clause.length + lead
    zeros.push(...listZeros(ctx, sentence, from, m.index, from, m.index + m[0].length))
  }
  return zeros
}
