// Which noun a count belongs to once its cue is found: the reviews of the noun (行政规范性文件审查2件,
// a list under one review verb), or another noun that the figure counts instead (重大决策文件162件,
// ，清理以往文件11件), when the figure is no count of the cue's indicator at all.
import type { Candidate } from './choose'
import type { Match, MatchContext } from './matchTypes'
import type { NumberToken } from './numbers'
import { REVIEWED_AFTER } from './patterns'
import type { Span } from './sentences'

/** After a noun cue, before its figure: the figure counts the reviews of the noun (行政规范性文件审查2件). */
const REVIEWED_GAP = /^(?:的)?(?:合法性|法制)?(?:审查|审核)(?:了)?$/
/** Right after a cue, a noun that is what the figure counts instead: 重大决策文件162件 counts documents. */
const OTHER_HEAD = /^(?:文件|信息|目录|台账|清单)/
/** A verb of its own after a comma in the gap: 未制发规范性文件，清理以往文件11件 counts what was cleaned up. */
const OWN_VERB = /[，,][^，,]*(?:清理|废止|审查|审核|备案|报备)/
/** Items of a list (行政规范性文件2件、) and the words that join them, up to the next cue. */
const LIST_ITEMS = /[\u4e00-\u9fff（）()]{0,16}?\d+(?:\.\d+)?[余多]?[件项份个次宗条]|[、，,和及与]|其中|包括|分别(?:为|是)?|共计?|累计|合计|对|了/g

/**
 * A review verb governs the cue at `at` (全年审查镇政府行政规范性文件2件、重大行政决策3项; 合法性审查864件，
 * 其中行政规范性文件3件、…): between the last 审查/审核 of its semicolon-clause and the cue stand only
 * items of a list, their joining words, and the body whose objects they are (镇政府).
 */
function underReview(ctx: MatchContext, at: number, sentence: Span): boolean {
  const clause = ctx.clean.slice(sentence.start, at).split(/[；;]/).pop() ?? ''
  const verb = Math.max(clause.lastIndexOf('审查'), clause.lastIndexOf('审核'))
  return verb >= 0 && /^(?:镇|乡|街道|镇政府|乡政府|街道办事处|各类|的)*$/.test(clause.slice(verb + 2).replace(LIST_ITEMS, ''))
}

/**
 * Which noun the figure counts, once its cue is found: the reviews of it (行政规范性文件审查2件, or a list
 * under a review verb: see underReview), or another noun after the cue (重大决策文件) or after a verb of
 * its own (，清理以往文件11件), when the figure is no count of the cue's indicator at all (null).
 */
export function readNoun<T extends Match>(ctx: MatchContext, m: T | null, token: NumberToken, sentence: Span): T | null {
  if (!m) return null
  const gap = ctx.clean.slice(m.cueEnd, token.start)
  const cue = ctx.clean.slice(m.cueStart, m.cueEnd)
  if ((OTHER_HEAD.test(gap) && !/文件$/.test(cue)) || OWN_VERB.test(gap)) return null
  const reviewed = REVIEWED_AFTER[m.indicator]
  if (!reviewed || reviewed === m.indicator || !ctx.byId.has(reviewed)) return m
  return REVIEWED_GAP.test(gap) || underReview(ctx, m.cueStart, sentence) ? { ...m, indicator: reviewed } : m
}

/** Right after a count of documents or decisions: 均经合法性审核, 全部经过合法性审查 (and no count of its own). */
const ALL_REVIEWED = /^[，,]?(?:且|并)?(?:均|全部|都|全部都|一律)(?:已)?(?:经过?|通过|进行了?|开展了?)(?:了)?(?:合法性|法制)?(?:审查|审核)(?![率\d])/

/**
 * 制发行政规范性文件2件，均经合法性审核: every one of them was reviewed, so the reviewed count is stated
 * too, but the text gives no number of its own: the figure is added for review, unsure (same offsets),
 * unless the sentence already counts the reviewed ones.
 */
export function allReviewed(found: Candidate[], clean: string, has: (indicator: string) => boolean): void {
  for (const c of [...found]) {
    const reviewed = REVIEWED_AFTER[c.indicator]
    if (!reviewed || reviewed === c.indicator || !has(reviewed) || c.negation || !ALL_REVIEWED.test(clean.slice(c.end, c.end + 16))) continue
    if (found.some(o => o.indicator === reviewed && o.sentenceStart === c.sentenceStart)) continue
    found.push({ ...c, indicator: reviewed, notes: [...c.notes], unsure: { code: 'unsure-all-reviewed' }, preferred: false })
  }
}
