// A township's narrative annual report → the indicator figures it states, each with its sentence,
// its place in the text, its year and its marks, for a person to review. Pure and synchronous; see
// extractReportAsync (input.ts) for traditional characters and files.
import { parseChineseNumber } from '../chineseNumber'
import type { Registry } from '../types'
import { annotate, markPreferred, type Candidate } from './choose'
import { attributeYear, partialPeriod, partialScope, readYear } from './context'
import { readHeader, type ReportHeader } from './header'
import { buildMatchContext, matchCount, matchListed, matchRate, matchRespectiveCounts, unitFactor, type Match, type MatchContext } from './match'
import { findNegatedZeros } from './negation'
import { scanNumbers, type NumberToken } from './numbers'
import { buildCues, type CueDef } from './patterns'
import { checkSections } from './sections'
import { clauseStart, sentenceAt, splitSentences, type Span } from './sentences'
import { prepareText, toOriginal } from './text'
import { findTrap } from './traps'
import type { ExtractOptions, ExtractResult, ExtractedValue, SectionCheck } from './types'

export const PASTED_FILE = '粘贴的文本'

const cueCache = new WeakMap<Registry, CueDef[]>()
function cuesFor(registry: Registry): CueDef[] {
  let cues = cueCache.get(registry)
  if (!cues) cueCache.set(registry, cues = buildCues(registry))
  return cues
}

const TOTAL_WORDS = /共|累计|合计|总计|全年|总数/
/** Between two figures of one indicator: the second is the new value (由上年的80次增至96次). */
const RISE_TO = /^[,，]?(?:并|又|再)?(?:增至|增加到|增加至|增长到|增长至|提升至|提升到|提高至|提高到|上升至|上升到|升至|降至|下降至|下降到|减少到|减少至|减至)$/
/** Wording that makes the township the review body (V22): since 2024 it is only ever the respondent. */
const ROLE_WORDING = /受理[^。；，,]{0,8}行政复议(?:申请|案件)|行政复议(?:申请)?受理窗口|办理[^。；，,]{0,4}行政复议案件/
const ROUND = (x: number): number => Math.round(x * 1e6) / 1e6 + 0

interface Scan {
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

function bracketYearOf(clean: string, reportYear: number | null): number | null {
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
  return { year: reading.year, periodPartial: period !== null, scopePartial: scope !== null, notes: [period, scope].filter((n): n is string => n !== null) }
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

function findFigures(scan: Scan, registry: Registry): Candidate[] {
  const { clean, sentences } = scan
  const tokens = scanNumbers(clean)
  const queued = new Map<number, Match>()
  const lastMatches: { tokenIndex: number, match: Match }[] = []
  const found: Candidate[] = []
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
    if (!period) return
    const total = TOTAL_WORDS.test(clean.slice(clause, token.start))
    for (const m of matches) {
      const ind = registry.byId.get(m.indicator)
      const factor = ind ? unitFactor(ind, token.unit) : null
      if (!ind || factor === null || found.some(f => f.start === token.start && f.indicator === m.indicator)) continue
      found.push({
        indicator: m.indicator, value: ROUND(token.value * factor), unit: ind.unit, approx: token.approx, negation: false, total,
        start: token.start, end: token.end, sentenceStart: sentence.start, preferred: false, ...period, notes: [...period.notes],
      })
    }
  })
  for (const zero of findNegatedZeros(scan.ctx, sentences)) {
    const sentence = sentenceAt(sentences, zero.start)
    const period = sentence && !inPlan(zero.start) ? periodOf(scan, sentence, zero.start) : null
    const ind = registry.byId.get(zero.indicator)
    if (!sentence || !period || !ind) continue
    found.push({
      indicator: zero.indicator, value: 0, unit: ind.unit, approx: false, negation: true, total: false,
      start: zero.start, end: zero.end, sentenceStart: sentence.start, preferred: false, ...period, notes: ['原文以否定方式表述，记为0', ...period.notes],
    })
  }
  return found
}

/** 文中数据统计截至2024年11月30日: a statement of the whole report's period. */
const DATA_CUTOFF = /(?:本报告|报告|文中|本文|以上|以下|各项|所有)[^。；;\n]{0,6}?(?:数据|数字)[^。；;\n]{0,8}?截(?:至|止)(?:到)?(?:[0-9〇零一二三四五六七八九]{4}年)?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:(\d{1,2})日|底|末)?/

/** The cut-off the report states for all its figures ("截至2024年11月30日"), when it ends before 31 December. */
function dataCutoff(clean: string): string | null {
  const m = DATA_CUTOFF.exec(clean)
  if (!m) return null
  const month = /\d/.test(m[1] as string) ? Number(m[1]) : parseChineseNumber(m[1] as string)
  const full = month === 12 && (m[2] === undefined || Number(m[2]) === 31)
  return full ? null : m[0].slice(m[0].search(/截/))
}

function reportWarnings(scan: Scan, sections: readonly SectionCheck[]): string[] {
  const { header } = scan
  const warnings: string[] = []
  if (header.kind === 'plan') warnings.push('标题表明这是工作要点或计划，不是年度报告：其中的数字是目标，未提取')
  if (header.kind === 'personal') warnings.push('标题表明这是个人述法（述职）报告，不是乡镇年度报告：其中的数字是个人工作，不是全镇合计，未提取')
  if (header.township === null) warnings.push('未能从标题或落款识别乡镇名称，请手工选择')
  if (header.unknownTownship) warnings.push(`乡镇“${header.unknownTownship}”不在乡镇名单中，请核对`)
  if (header.year === null) warnings.push('未能识别报告年度，请手工填写')
  const signed = header.signed
  if (signed && header.year !== null && signed.year === header.year && !(signed.month === 12 && signed.day === 31)) {
    warnings.push(`报告落款日期为${signed.year}年${signed.month}月${signed.day}日，早于年底：“今年以来”的数字可能不含全年（V16）`)
  }
  const role = ROLE_WORDING.exec(scan.clean)
  if (role && (header.year === null || header.year >= 2024)) {
    warnings.push(`文中有“${role[0]}”的表述：2024年起乡镇只作为行政复议被申请人，不受理复议申请，请核对复议数字的含义（V22）`)
  }
  const missing = sections.filter(s => !s.found).map(s => s.title_zh)
  if (missing.length > 0) warnings.push(`报告缺少督察工作规定要求的部分：${missing.join('；')}（V20）`)
  return warnings
}

/**
 * Extracts the figures of a report. `analysis` is the text the patterns read; `display` is the
 * text offsets and sentences refer to, of the same length (the original, when analysis is its
 * simplified-character conversion). Every candidate is listed; one per indicator and year is preferred.
 */
export function extractFrom(analysis: string, display: string, options: ExtractOptions, warnings: readonly string[] = []): ExtractResult {
  const prepared = prepareText(analysis)
  const { clean } = prepared
  const sentences = splitSentences(clean)
  const { sections, planRanges: planSections } = checkSections(clean)
  const header = readHeader(clean, options.townships)
  // A 工作要点 holds targets only, a 述法报告 one leader's own figures: nothing in it is a township total.
  const planRanges = header.kind ? [{ start: 0, end: clean.length }] : planSections
  const scan: Scan = {
    clean, ctx: buildMatchContext(clean, cuesFor(options.registry), options.registry.byId), sentences, header, planRanges,
    bracketYear: bracketYearOf(clean, header.year),
  }
  const found = findFigures(scan, options.registry)
  const cutoff = dataCutoff(clean)
  if (cutoff) {
    for (const c of found) {
      if (c.year !== header.year || c.periodPartial) continue
      c.periodPartial = true
      c.notes.push(`报告称数据只统计到“${cutoff}”`)
    }
  }
  annotate(found, clean, id => options.registry.byId.get(id)?.unit)
  for (const c of found) {
    const sentence = sentenceAt(sentences, c.start) as Span
    if (c.indicator === 'reconsideration_received' && !c.negation && (c.year ?? 0) >= 2024 && ROLE_WORDING.test(clean.slice(sentence.start, sentence.end))) {
      c.notes.push('原文称“受理”复议：乡镇应为被申请人，请确认这是本镇被申请复议的案件数（V22）')
    }
  }
  markPreferred(found)
  const values = found.sort((a, b) => a.start - b.start || a.indicator.localeCompare(b.indicator)).map((c): ExtractedValue => {
    const sentence = sentenceAt(sentences, c.start) as Span
    const [sStart, sEnd] = toOriginal(prepared, sentence.start, sentence.end)
    const [start, end] = toOriginal(prepared, c.start, c.end)
    const value: ExtractedValue = {
      indicator: c.indicator, year: c.year, value: c.value, unit: c.unit, approx: c.approx, partial: c.periodPartial || c.scopePartial,
      evidence: display.slice(sStart, sEnd).replace(/\s*\n\s*/g, '').trim(), start, end, preferred: c.preferred,
    }
    return c.notes.length > 0 ? { ...value, note: c.notes.join('；') } : value
  })
  return {
    file: options.file ?? PASTED_FILE, township: header.township, townshipCode: header.code, year: header.year,
    values, sections, warnings: [...warnings, ...reportWarnings(scan, sections)],
  }
}

/** Extracts the figures of a report already in simplified characters (see extractFrom). */
export function extractReport(text: string, options: ExtractOptions): ExtractResult {
  return extractFrom(text, text, options)
}
