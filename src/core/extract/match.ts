// Which indicator a figure belongs to: the nearest cue before it (or right after it), checked
// against the figure's unit, the paragraph's topic and the cue's own conditions.
import type { Indicator } from '../types'
import type { NumberToken } from './numbers'
import { readNoun } from './countedNoun'
import { PATTERN_CUES } from './patternCues'
import { PER_CAPITA_HOURS, REVIEWED_AFTER, TOPIC_WORDS, UNIT_SIBLINGS, VERB_SHIFTS, type CueDef, type Topic } from './patterns'
import type { CueHit, Match, MatchContext, TopicMark } from './matchTypes'
import { CLAUSE_DELIMITERS, clauseStart, paragraphStart, type Span } from './sentences'

/** Characters of filler allowed between a cue and its figure (共开展, 数, 达, 方面，共开展 …). */
const MAX_GAP = 8
/** After a cue that follows the figure: the noun phrase must end there (4场法律讲座，; 4次集中学习研讨). */
const AFTER_CUE_END = /^(?:$|[，,。；;、：:）)\n]|等|活动|工作|研究|部署|听取|审议|专题研究|进行|研讨)/
/** A verb that closes a list of verbs (受理、办结): set before a noun cue, it leaves the figure's meaning open. 参与 is a verb, not 与. */
const LISTED_VERB = /(?:[、和及]|(?<!参)与)[\u4e00-\u9fff]{2}(?:了)?$/
/** A conjunction right before a cue (审核、备案规范性文件); the 与 of 参与 is none. */
const JOINED_BEFORE = /(?<![\d次件项份名人场个期批条册宗起例])(?:[、和及]|(?<!参)与)$/
/** Characters before a cue read for verbs and qualifiers (因政府信息公开引发的行政复议). */
export const LEAD = 12
/** Cues that open with their verb (备案规范性文件): after 审核、 the verb is one of two. */
const VERB_CUE = /^(?:审核|审查|备案|报备|审结|办结|结案|废止|受理|清理)/
/** 共有, 现有, 配备: the count that follows is a headcount of the noun after it. */
const HAS_BEFORE = /(?:共有|现有|拥有|配备了?|配齐|组建了?|全(?:镇|乡|街道)(?:共有?|现有)?)$/
/** Words that may stand between a figure and the cue after it: 6次集中学法, 3场专题讲座, 68场次广场法治宣传活动. */
const AFTER_CUE_MODIFIER = /^((?:召开|举办|开展|组织)?)(?:的|集中|专题|各类|各项|广场|户外|大型|线上|线下|现场|流动)?/
/** What may stand between a cue and a figure in 个: 民主法治示范村（社区）总数达到5个. */
const COUNT_FILLER = /^(?:总数|总量|数量)?(?:共计|共有|共|累计)?(?:已)?(?:达到|达|为|有)?$/
/** After a noun that stands after its figure: 对11件重大执法决定进行法制审核. */
const REVIEW_AFTER = /^(?:事项)?(?:均|全部|都|逐一|逐项)?(?:经过?|进行|开展)(?:了)?(?:法制|合法性)?(?:审核|审查)/
/** Qualifiers between a verb and its noun cue: 报备疑似规范性文件, 审查各类合同. */
const VERB_FILLER = /(?:疑似|各类|各项|相关|有关)$/

/** Finds every cue and topic word of the cleaned text once, for all figures of the report. */
export function buildMatchContext(clean: string, cues: readonly CueDef[], byId: ReadonlyMap<string, Indicator>): MatchContext {
  const byText = new Map<string, CueDef[]>()
  for (const c of cues) byText.set(c.text, [...(byText.get(c.text) ?? []), c])
  const hits: CueHit[] = []
  for (const [text, defs] of byText) {
    for (let i = clean.indexOf(text); i >= 0; i = clean.indexOf(text, i + 1)) {
      for (const cue of defs) hits.push({ start: i, end: i + text.length, cue })
    }
  }
  for (const p of PATTERN_CUES) {
    if (!byId.has(p.indicator)) continue
    for (const m of clean.matchAll(p.re)) {
      const cue: CueDef = { text: m[0], indicator: p.indicator, side: 'both', ...(p.requires ? { requires: p.requires } : {}) }
      hits.push({ start: m.index, end: m.index + m[0].length, cue })
    }
  }
  // 《中华人民共和国行政处罚法》: words inside a title name the law studied, not a figure.
  const titles = [...clean.matchAll(/《[^》\n]{1,40}》/g)].map(m => [m.index, m.index + m[0].length] as const)
  const inTitle = (h: CueHit): boolean => titles.some(([a, b]) => h.start > a && h.end < b)
  hits.splice(0, hits.length, ...hits.filter(h => !inTitle(h)))
  hits.sort((a, b) => a.end - b.end || b.start - a.start)
  const byStart = new Map<number, CueHit[]>()
  for (const h of hits) byStart.set(h.start, [...(byStart.get(h.start) ?? []), h])
  const topics: TopicMark[] = []
  for (const [topic, re] of TOPIC_WORDS) for (const m of clean.matchAll(re)) topics.push({ end: m.index + m[0].length, topic })
  topics.sort((a, b) => a.end - b.end)
  return { clean, hits, byStart, topics, byId }
}

/** The nearest topic word ending at or before pos in the same paragraph; null if none. */
export function topicAt(ctx: MatchContext, pos: number): Topic | null {
  const floor = paragraphStart(ctx.clean, pos)
  for (let i = ctx.topics.length - 1; i >= 0; i--) {
    const t = ctx.topics[i] as TopicMark
    if (t.end > pos) continue
    return t.end > floor ? t.topic : null
  }
  return null
}

/** The factor from a figure's unit to the indicator's unit; null when they do not fit. 个 counts cases and items. */
export function unitFactor(ind: Indicator, unit: string): number | null {
  if (ind.kind === 'rate') return unit === '%' ? 1 : null
  if (ind.kind === 'flag' || unit === '%') return null
  if (Object.hasOwn(ind.unit_aliases, unit)) return ind.unit_aliases[unit] ?? null
  if (unit === ind.unit) return 1
  // 300余名群众: 名 counts persons as 人 does.
  if (unit === '名' && (ind.unit === '人' || Object.hasOwn(ind.unit_aliases, '人'))) return ind.unit_aliases['人'] ?? 1
  return unit === '个' && (ind.unit === '件' || ind.unit === '项') ? 1 : null
}

/**
 * The indicator a cue hit names for a figure with this unit, or null when a condition fails.
 * unit null: a zero stated by negation, which fits any count. leadOverride: the words taken to stand
 * before the cue (a qualifier shared by nouns joined with 和), instead of the text before it.
 */
export function resolve(ctx: MatchContext, hit: CueHit, sentence: Span, unit: string | null, leadOverride?: string): string | null {
  const { cue } = hit
  if (cue.topic && topicAt(ctx, hit.end) !== cue.topic) return null
  const scope = cue.scope === 'paragraph' ? Math.min(paragraphStart(ctx.clean, sentence.start), sentence.start) : sentence.start
  if (cue.requires && !cue.requires.test(ctx.clean.slice(scope, sentence.end))) return null
  if (cue.near && !cue.near.test(nearText(ctx.clean, hit, sentence))) return null
  const lead = (leadOverride ?? ctx.clean.slice(Math.max(sentence.start, hit.start - LEAD), hit.start)).replace(VERB_FILLER, '')
  const shift = VERB_SHIFTS.find(s => s.from === cue.indicator && s.verbs.test(lead))
  // 受理、办结行政复议案件3件、2件: two verbs share the noun, which figure is which is not said here.
  if ((shift && !shift.qualifier && LISTED_VERB.test(lead)) || (unit !== '%' && VERB_CUE.test(cue.text) && JOINED_BEFORE.test(lead))) return null
  const id = shift ? shift.to : cue.indicator
  if (id === null) return null
  const ind = ctx.byId.get(id)
  if (!ind) return null
  if (unit === null) return ind.kind === 'count' ? id : null
  if (unitFactor(ind, unit) !== null) return id
  // 培训5期、参训168人次 aside, 培训168人次: a unit that does not fit the cue may fit its sibling.
  return UNIT_SIBLINGS[id]?.find(sib => { const s = ctx.byId.get(sib); return s !== undefined && unitFactor(s, unit) !== null }) ?? null
}

const NEAR_DELIMITERS = new Set(['，', ',', '；', ';', '。', '\n', '！', '？'])
const SEMICOLONS = new Set(['；', ';', '。', '\n'])

/** Where `near` is tested: a cue's semicolon-clause up to the end of its comma-clause and the clause after it, unless that one opens a part (其中, 另). */
function nearText(clean: string, hit: CueHit, sentence: Span): string {
  const from = clauseStart(clean, hit.start, sentence.start, SEMICOLONS)
  const endOf = (at: number): number => {
    let i = at
    while (i < sentence.end && !NEAR_DELIMITERS.has(clean[i] as string)) i++
    return i
  }
  const own = endOf(hit.end)
  const next = own + 1 < sentence.end && !/^(?:其中|另|此外|还)/.test(clean.slice(own + 1, own + 3)) ? endOf(own + 1) : own
  return clean.slice(from, next)
}

/** The index just past the last hit ending at or before pos (binary search). */
export function hitsUpTo(ctx: MatchContext, pos: number): number {
  let lo = 0
  let hi = ctx.hits.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ctx.hits[mid] as CueHit).end <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first hit of the nearest group (all hits ending at one place) that resolves. */
function nearestBefore(ctx: MatchContext, pos: number, floor: number, sentence: Span, unit: string, accept: (gap: string) => boolean): (Match & { gap: number }) | null {
  let groupEnd = -1
  for (let i = hitsUpTo(ctx, pos) - 1; i >= 0; i--) {
    const hit = ctx.hits[i] as CueHit
    if (hit.end > pos || hit.start < floor) continue
    if (groupEnd < 0) {
      if (!accept(ctx.clean.slice(hit.end, pos))) return null
      groupEnd = hit.end
    } else if (hit.end < groupEnd) {
      break
    }
    const id = resolve(ctx, hit, sentence, unit)
    if (id) return { indicator: id, cueStart: hit.start, cueEnd: hit.end, gap: pos - hit.end }
  }
  return null
}

function countGapOk(raw: string): boolean {
  // 集中学习《…》、《…》等法律法规12次: book titles are what was studied, not a gap.
  // 集中学习研讨习近平法治思想1次: the thought studied is the object, not a gap.
  const gap = raw.replace(/《[^》]*》[、，,和及与]?/g, '').replace(/习近平法治思想/g, '')
  // 行政处罚工作有序开展，合计731宗: a total word right before the figure reaches a little further.
  if (/(?:合计|共计|总计|累计)$/.test(gap) && gap.length <= 12 && [...gap].filter(c => CLAUSE_DELIMITERS.has(c)).length <= 1) return true
  // 行政检查（共计203次）: the figure in brackets right after its cue.
  if (/^[（(](?:共计|合计|累计|共|计)?$/.test(gap)) return true
  // 执法人员中…仅5人: a figure after 中 counts a subset of the cue, not the cue.
  if (gap.length > MAX_GAP || /[\d%率（(]/.test(gap) || /^[中里内]/.test(gap)) return false
  let delimiters = 0
  for (const c of gap) if (CLAUSE_DELIMITERS.has(c)) delimiters++
  return delimiters <= 1
}

/** How far a cue may stand before its figure (a list of what was studied or done between) and still be offered for review. */
const FAR_GAP = 40

/** 中心组学习宪法、民法典、安全生产法以及上级文件精神等4次: a gap longer than MAX_GAP, within one comma-clause, with no figure in it. */
function farGapOk(raw: string): boolean {
  const gap = raw.replace(/《[^》]*》/g, '')
  return gap.length > MAX_GAP && gap.length <= FAR_GAP && !/[\d%率，,；;：:。（）()\n]/.test(gap) && !/^[中里内]/.test(gap)
}

/**
 * A cue right after the figure (4场法律讲座, 5000余份宣传资料), ending its noun phrase; or a noun
 * followed by 进行…审核 (对3件规范性文件进行合法性审核), which counts the reviewed ones (REVIEWED_AFTER).
 */
export function cueAfter(ctx: MatchContext, token: NumberToken, sentence: Span, kinds: (ind: Indicator) => boolean): Match | null {
  const m = AFTER_CUE_MODIFIER.exec(ctx.clean.slice(token.end, token.end + 4)) as RegExpExecArray
  let best: Match | null = null
  // 召开2次专题会议, 4次召开专题会议: the modifier may itself open the cue.
  const offsets = [...new Set([token.end + m[0].length, token.end + (m[1] as string).length, token.end])]
  const hits = offsets.flatMap(at => ctx.byStart.get(at) ?? [])
  for (const hit of hits) {
    if (hit.end > sentence.end) continue
    const reviewed = REVIEW_AFTER.test(ctx.clean.slice(hit.end, hit.end + 10)) ? REVIEWED_AFTER[hit.cue.indicator] : undefined
    // 共有26名执法人员参与执法: after 共有/现有/配备 the noun names what is counted, whatever follows it.
    const counted = HAS_BEFORE.test(ctx.clean.slice(Math.max(sentence.start, token.start - 4), token.start))
    if (!reviewed && (hit.cue.side !== 'both' || (!counted && !AFTER_CUE_END.test(ctx.clean.slice(hit.end, hit.end + 4))))) continue
    const resolved = resolve(ctx, hit, sentence, token.unit)
    const id = resolved && reviewed && unitFactor(ctx.byId.get(reviewed) as Indicator, token.unit) !== null ? reviewed : resolved
    const ind = id ? ctx.byId.get(id) : undefined
    if (id && ind && kinds(ind) && (!best || hit.end - hit.start > best.cueEnd - best.cueStart)) best = { indicator: id, cueStart: hit.start, cueEnd: hit.end }
  }
  return best
}

/**
 * The indicator of a count or amount figure: a cue right before it (within two characters of
 * filler) wins, then a cue right after it, then the nearest cue before it within MAX_GAP
 * characters and one clause. floor: nothing before it belongs to this figure (the previous figure).
 */
export function matchCount(ctx: MatchContext, token: NumberToken, sentence: Span, floor: number): Match | null {
  const before = readNoun(ctx, nearestBefore(ctx, token.start, floor, sentence, token.unit, countGapOk), token, sentence)
  // 办理6件行政复议、8件行政诉讼: the cue before this figure stands right after the previous one, whose
  // noun it is; this figure's own noun follows it.
  const previousNoun = before !== null && before.cueStart === floor && floor > sentence.start && /^[、，,]$/.test(ctx.clean.slice(before.cueEnd, token.start))
  if (before && before.gap <= 2 && !previousNoun) return before
  const after = cueAfter(ctx, token, sentence, ind => ind.kind !== 'rate')
  if (after) return after
  if (previousNoun) return null
  // 个 counts anything (调处化解中心1个): only a cue right before it (案件数268个), or with nothing but 总数达到 between, says what.
  if (token.unit === '个') return before && COUNT_FILLER.test(ctx.clean.slice(before.cueEnd, token.start)) ? before : null
  const near = before ?? perCapitaHours(ctx, token, sentence)
  if (near) return near
  // Weak evidence of what is counted: offered for review (unsure), never preferred.
  const far = readNoun(ctx, nearestBefore(ctx, token.start, floor, sentence, token.unit, farGapOk), token, sentence)
  return far ? { indicator: far.indicator, cueStart: far.cueStart, cueEnd: far.cueEnd, far: true } : null
}

/**
 * A figure in 学时/课时 with 人均/平均 before it in its clause is the per-capita training time
 * (人均完成培训62学时), whatever cue stands nearest: the unit names it.
 */
function perCapitaHours(ctx: MatchContext, token: NumberToken, sentence: Span): Match | null {
  if (token.unit !== '学时' && token.unit !== '课时') return null
  const clause = ctx.clean.slice(clauseStart(ctx.clean, token.start, sentence.start), token.start)
  const per = /人均|平均每人|每人平均/.exec(clause)
  if (!per || !ctx.byId.has(PER_CAPITA_HOURS)) return null
  const cueStart = token.start - clause.length + per.index
  return { indicator: PER_CAPITA_HOURS, cueStart, cueEnd: cueStart + per[0].length }
}
