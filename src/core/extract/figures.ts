// The figures of a report text: every number with a unit matched to the indicator its cue names,
// read for its year and scope; and the numbers of sentences that name an indicator which no cue
// could take (未能识别的数字, for the reviewer to type).
import type { Message } from '../messages/render'
import type { Registry } from '../types'
import { TOTAL_WORDS, type Candidate } from './choose'
import { attributeYear, partialPeriod, partialScope, readYear } from './context'
import type { ReportHeader } from './header'
import { hitsUpTo, matchCount, resolve, unitFactor } from './match'
import type { CueHit, Match, MatchContext } from './matchTypes'
import { matchListed, matchRespectiveCounts } from './matchShared'
import { matchRate } from './matchRate'
import { findNegatedZeros } from './negation'
import { scanNumbers, type NumberToken } from './numbers'
import { WEAK_CUE } from './patterns'
import { clauseStart, sentenceAt, type Span } from './sentences'
import { findTrap } from './traps'

/** Between two figures of one indicator: the second is the new value (由上年的80次增至96次). */
const RISE_TO = /^[,，]?(?:并|又|再)?(?:增至|增加到|增加至|增长到|增长至|提升至|提升到|提高至|提高到|上升至|上升到|升至|降至|下降至|下降到|减少到|减少至|减至)$/
const ROUND = (x: number): number => Math.round(x * 1e6) / 1e6 + 0

export interface Scan {
  clean: string
  ctx: MatchContext
  sentences: Span[]
  header: ReportHeader
  planRanges: Span[]
  /** The year of figures in brackets after a figure, when the report says so (括号内为2022年数据). */
  bracketYear: number | null
}

/** 括号内为2022年数据, 括号中为上年同期数: the year of the bracketed figures in a list. */
const BRACKET_YEAR = /括号(?:内|中|里)(?:的数字|数字|数据)?(?:为|是|系)([0-9〇零一二三四五六七八九]{4})年度?|括号(?:内|中|里)(?:的数字|数字|数据)?(?:为|是|系)(?:上年|去年|上一年)/

export function bracketYearOf(clean: string, reportYear: number | null): number | null {
  const m = BRACKET_YEAR.exec(clean)
  if (!m) return null
  return m[1] ? readYear(m[1]) : reportYear === null ? null : reportYear - 1
}

/**
 * Period and scope of a figure at clean offset pos; null when it is no single year's figure (several
 * years, a future year). yearFrom: where year markers start to count (after the figure a rise-to
 * figure continues from, so that 由上年的80次增至96次 gives 96 to the report year).
 */
function periodOf(scan: Scan, sentence: Span, pos: number, yearFrom = sentence.start): Pick<Candidate, 'year' | 'periodPartial' | 'scopePartial' | 'notes'> | null {
  const before = scan.clean.slice(sentence.start, pos)
  const reading = attributeYear(scan.clean.slice(yearFrom, pos), scan.header.year)
  if (reading.kind === 'multi-year') return null
  if (reading.year !== null && scan.header.year !== null && reading.year > scan.header.year) return null
  const period = partialPeriod(before)
  const scope = partialScope(before, scan.clean.slice(clauseStart(scan.clean, pos, sentence.start), pos))
  return { year: reading.year, periodPartial: period !== null, scopePartial: scope !== null, notes: [period, scope].filter((n): n is Message => n !== null) }
}

/** The indicators one figure is matched to; `queued` holds rates handed on by 分别 to the figures after it. */
function matchesOf(scan: Scan, tokens: readonly NumberToken[], i: number, sentence: Span, floor: number, queued: Map<number, Match>): Match[] {
  const token = tokens[i] as NumberToken
  const handed = queued.get(i)
  if (handed) return [handed]
  const respective = matchRespectiveCounts(scan.ctx, token, tokens[i + 1], sentence)
  if (respective) {
    queued.set(i + 1, respective[1])
    return [respective[0]]
  }
  if (token.unit !== '%') {
    const m = matchCount(scan.ctx, token, sentence, floor)
    return m ? [m] : []
  }
  const { matches, respectively } = matchRate(scan.ctx, token, sentence, floor)
  if (!respectively) return matches.filter((m): m is Match => m !== null)
  // 持证率、合格率分别为100%、96%: the k-th rate goes to the k-th figure, if the figures follow each other.
  for (let k = 1, j = i + 1; k < matches.length; k++, j++) {
    const next = tokens[j]
    const gap = next ? scan.clean.slice((tokens[j - 1] as NumberToken).end, next.start) : ''
    if (!next || next.unit !== '%' || !/^[、，,和及与]$/.test(gap)) return []
    const m = matches[k]
    if (m) queued.set(j, m)
  }
  return matches[0] ? [matches[0]] : []
}

/** A figure no cue took, in a sentence that names indicators its unit fits. */
export interface UnreadToken {
  start: number
  end: number
  sentence: Span
  indicators: string[]
}

/** The indicators the cues of a sentence name that a figure in this unit fits, in order of their cues. */
function fittingIndicators(ctx: MatchContext, sentence: Span, unit: string): string[] {
  const ids: string[] = []
  for (let i = hitsUpTo(ctx, sentence.start); i < ctx.hits.length; i++) {
    const hit = ctx.hits[i] as CueHit
    if (hit.end > sentence.end) break
    if (hit.start < sentence.start) continue
    const id = resolve(ctx, hit, sentence, unit)
    if (id && !ids.includes(id)) ids.push(id)
  }
  return ids
}

export function findFigures(scan: Scan, registry: Registry): { found: Candidate[], unread: UnreadToken[] } {
  const { clean, sentences } = scan
  const tokens = scanNumbers(clean)
  const queued = new Map<number, Match>()
  const lastMatches: { tokenIndex: number, match: Match }[] = []
  const found: Candidate[] = []
  const unread: UnreadToken[] = []
  let previousEnd = 0
  const inPlan = (pos: number): boolean => scan.planRanges.some(r => pos >= r.start && pos < r.end)
  tokens.forEach((token, i) => {
    const sentence = sentenceAt(sentences, token.start)
    const floor = Math.max(sentence?.start ?? 0, previousEnd)
    previousEnd = token.end
    if (!sentence || inPlan(token.start)) return
    const clause = clauseStart(clean, token.start, sentence.start)
    if (findTrap(clean, token, clause, sentence.start)) return
    let matches = matchesOf(scan, tokens, i, sentence, floor, queued)
    let yearFrom = sentence.start
    let bracketYear: number | null = null
    const previous = tokens[i - 1]
    if (matches.length === 0 && previous && previous.unit === token.unit && RISE_TO.test(clean.slice(previous.end, token.start))) {
      matches = lastMatches.filter(m => m.tokenIndex === i - 1).map(m => m.match)
      yearFrom = previous.end
    } else if (matches.length === 0 && previous && previous.unit !== token.unit && clean.slice(previous.end, token.start) === '、') {
      // 接待来访83批次、216人次: the second figure shares the first one's cue, read for its own unit.
      matches = lastMatches.filter(m => m.tokenIndex === i - 1).flatMap(m => matchListed(scan.ctx, m.match, token, sentence) ?? [])
    } else if (matches.length === 0 && previous && previous.unit === token.unit && scan.bracketYear && /^[（(]$/.test(clean.slice(previous.end, token.start)) && /^[）)]/.test(clean.slice(token.end))) {
      // 行政检查45次（38次）, where the report says 括号内为2022年数据: the same indicator for that year.
      matches = lastMatches.filter(m => m.tokenIndex === i - 1).map(m => m.match)
      bracketYear = scan.bracketYear
    }
    lastMatches.push(...matches.map(match => ({ tokenIndex: i, match })))
    const read = matches.length > 0 ? periodOf(scan, sentence, token.start, yearFrom) : null
    const period = read && bracketYear !== null ? { ...read, year: bracketYear } : read
    const before = found.length
    const noteUnread = (): void => {
      if (found.length > before || (matches.length > 0 && !period)) return
      const indicators = fittingIndicators(scan.ctx, sentence, token.unit)
      if (indicators.length > 0) unread.push({ start: token.start, end: token.end, sentence, indicators })
    }
    if (!period) return noteUnread()
    const total = TOTAL_WORDS.test(clean.slice(clause, token.start))
    for (const m of matches) {
      const ind = registry.byId.get(m.indicator)
      const factor = ind ? unitFactor(ind, token.unit) : null
      if (!ind || factor === null || found.some(f => f.start === token.start && f.indicator === m.indicator)) continue
      found.push({
        indicator: m.indicator, value: ROUND(token.value * factor), unit: ind.unit, approx: token.approx, negation: false, total,
        start: token.start, end: token.end, sentenceStart: sentence.start, cueStart: m.cueStart, cueEnd: m.cueEnd, preferred: false, ...period, notes: [...period.notes],
        ...(WEAK_CUE.test(clean.slice(m.cueStart, m.cueEnd)) ? { weak: true } : {}),
        ...(m.far ? { unsure: { code: 'unsure-far-cue', params: { gap: token.start - m.cueEnd } } } : {}),
      })
    }
    noteUnread()
  })
  for (const zero of findNegatedZeros(scan.ctx, sentences)) {
    const sentence = sentenceAt(sentences, zero.start)
    const period = sentence && !inPlan(zero.start) ? periodOf(scan, sentence, zero.start) : null
    const ind = registry.byId.get(zero.indicator)
    if (!sentence || !period || !ind) continue
    found.push({
      indicator: zero.indicator, value: 0, unit: ind.unit, approx: false, negation: true, total: false,
      start: zero.start, end: zero.end, sentenceStart: sentence.start, cueStart: zero.start, cueEnd: zero.end, preferred: false, ...period, notes: [{ code: 'note-negation' }, ...period.notes],
    })
  }
  return { found, unread }
}
