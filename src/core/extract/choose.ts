// After matching: notes that tie figures of one sentence together (含…结转, 其中), and the choice of
// one preferred candidate per indicator and year.
import type { Message } from '../messages/render'
import { paragraphStart, sentenceAt, type Span } from './sentences'

/** A figure found, before it is turned into an ExtractedValue. Offsets are clean offsets. */
export interface Candidate {
  indicator: string
  year: number | null
  value: number
  unit: string
  approx: boolean
  /** Only part of the year (截至11月底): still the best figure when there is no other. */
  periodPartial: boolean
  /** Part of the total (a campaign, a procedure type, 其中 …): never preferred. */
  scopePartial: boolean
  /** Stated by negation (无…情况): an explicit figure is preferred over it. */
  negation: boolean
  /** 共, 累计, 合计, 全年 … stand before it in its clause. */
  total: boolean
  /** Stated as the new cases (其中新收4件) of a total that includes carried-over ones: preferred over that total. */
  fresh?: boolean
  /** Named by a loose cue (WEAK_CUE): any other figure of the indicator is preferred. */
  weak?: boolean
  start: number
  end: number
  sentenceStart: number
  /** Clean offsets of the cue that named the indicator (the negating phrase for a zero). */
  cueStart: number
  cueEnd: number
  /** What the reviewer is told about the figure (codes of src/core/messages/report.*.ts). */
  notes: Message[]
  /** Why the reading is in doubt (doubts.ts, a total that would have to be guessed): never preferred. */
  unsure?: Message
  preferred: boolean
}

/** Carried-in figures and the figure they are counted in: 受理3件（含2023年结转1件）. */
const CARRIED_INTO: Readonly<Record<string, string>> = {
  reconsideration_carried_in: 'reconsideration_received',
  litigation_carried_in: 'litigation_cases',
  disclosure_requests_carried_in: 'disclosure_requests',
}

/** The new-case counts that a total with carried-over cases is split into (其中新收4件、上年结转1件). */
const FRESH_OF = new Set(Object.values(CARRIED_INTO))
/** Between a count of decisions and the count of its reviews: 作出重大行政决策2项，经合法性审查2项. */
const REVIEWED_DECISIONS = /^[，,]?(?:均|全部|其中)?(?:经过?|进行了?|开展了?)?合法性审查\s*$/
const DECISIONS = 'major_decisions'
const DECISIONS_REVIEWED = 'major_decisions_reviewed'
const LEGALITY_REVIEWS = 'legality_reviews'

/** The figure before c in its sentence, if any. */
function previousInSentence(sorted: readonly Candidate[], i: number): Candidate | undefined {
  const c = sorted[i] as Candidate
  for (let j = i - 1; j >= 0; j--) {
    const p = sorted[j] as Candidate
    if (p.sentenceStart !== c.sentenceStart) return undefined
    if (p.start < c.start) return p
  }
  return undefined
}

/**
 * Notes across figures of one sentence (clean is the cleaned text; unitOf gives an indicator's unit):
 * - 受理3件（含2023年结转1件）: the 3 is noted as including the carried-in case, so that the new
 *   count (2) is not taken for granted; the carried-in figure stays as it is.
 * - 其中 before a figure of the same indicator as an earlier one: a sub-item, so partial; but
 *   其中新收4件 after a total is the new-case count the registry asks for, preferred over the total.
 * - Figures of one indicator listed with 、 (手册2600册、宣传单5400份): parts with no total stated,
 *   so none of them is preferred.
 * - 重大行政决策2项，经合法性审查2项: the second counts the reviewed decisions, when it is not larger.
 */
export function annotate(candidates: Candidate[], clean: string, unitOf: (indicator: string) => string | undefined, isGeneric: GenericCue = () => false): void {
  const sorted = [...candidates].sort((a, b) => a.start - b.start)
  sorted.forEach((c, i) => {
    const prev = previousInSentence(sorted, i)
    if (!prev) return
    const between = clean.slice(prev.end, c.start)
    if (CARRIED_INTO[c.indicator] === prev.indicator && /含|其中/.test(between) && !prev.negation) {
      if (c.value <= prev.value && !c.approx && !prev.approx) {
        prev.notes.push({ code: 'note-carried-subtracted', params: { total: prev.value, carried: c.value, fresh: prev.value - c.value } })
        prev.value -= c.value
      } else {
        prev.unsure = { code: 'unsure-carried', params: { total: prev.value, carried: c.value } }
      }
    }
    const reviewedUnit = unitOf(DECISIONS_REVIEWED)
    if (prev.indicator === DECISIONS && c.indicator === LEGALITY_REVIEWS && reviewedUnit && c.value <= prev.value && REVIEWED_DECISIONS.test(between)) {
      c.indicator = DECISIONS_REVIEWED
      c.unit = reviewedUnit
    }
    const earlier = sorted.slice(0, i).filter(p => p.sentenceStart === c.sentenceStart && p.indicator === c.indicator && p.year === c.year && p.start < c.start)
    if (earlier.length > 0 && between.includes('其中')) {
      if (FRESH_OF.has(c.indicator) && between.includes('新收')) {
        c.fresh = true
        c.notes.push({ code: 'note-of-which-new' })
      } else {
        c.scopePartial = true
        c.notes.push({ code: 'note-of-which' })
      }
    } else if (prev.indicator === c.indicator && prev.year === c.year && c.unit !== '%' && !prev.negation && !c.negation && prev.unsure === undefined && c.unsure === undefined
      && between.includes('、') && !/[，,；;：:。]/.test(between)) {
      for (const part of [prev, c]) {
        if (part.scopePartial) continue
        part.scopePartial = true
        part.notes.push({ code: 'note-listed-parts' })
      }
    }
  })
  markParts(sorted, clean, isGeneric)
}

/** Is this cue the indicator's own name (its label, or its first alias), not the name of one kind of it? */
export type GenericCue = (indicator: string, cue: string) => boolean

/** Between a total and its parts: 共开展活动20场，其中…, 包括…, 含…. */
const PARTS_FOLLOW = /其中|包括|含|分别|涵盖|主要有|如/

/**
 * Several figures of one indicator in one sentence, none stated as a total (主题宣传8次，院坝会42场):
 * parts whose total the text does not give, so none is preferred. When the first one is a total
 * (共…, or 其中/包括 follows it) the others are its parts. Equal figures repeat one another.
 */
function markParts(sorted: readonly Candidate[], clean: string, isGeneric: GenericCue): void {
  const groups = new Map<string, Candidate[]>()
  for (const c of sorted) {
    if (c.unit === '%' || c.negation || c.scopePartial || c.fresh || c.weak || c.unsure !== undefined) continue
    const key = `${c.sentenceStart}|${c.indicator}|${c.year ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  for (const group of groups.values()) {
    if (group.length < 2 || group.every(c => c.value === (group[0] as Candidate).value)) continue
    const [first, second] = group as [Candidate, Candidate]
    // 专题学法3次…集体学法23次: the largest figure named by the indicator's own name is the total.
    const largest = group.reduce((a, b) => (b.value > a.value ? b : a))
    const named = isGeneric(largest.indicator, clean.slice(largest.cueStart, largest.cueEnd)) ? largest : null
    // 节日期间共开展30余场，全年累计开展130余场: of the figures stated as totals, the largest.
    const stated = largestOf(group.filter(c => c.total))
    const total = stated ?? (PARTS_FOLLOW.test(clean.slice(first.end, second.start)) ? first : named)
    if (total && group.some(c => c.value > total.value)) {
      holdAll(group)
      continue
    }
    for (const part of group) {
      if (part === total) continue
      part.scopePartial = true
      part.notes.push({ code: total ? 'note-part-of-total' : 'note-several-parts' })
    }
  }
}

function largestOf(group: readonly Candidate[]): Candidate | null {
  return group.reduce<Candidate | null>((a, b) => (a === null || b.value > a.value ? b : a), null)
}

/** Figures that compete for one indicator with no coherent total among them: each waits in review. */
function holdAll(group: readonly Candidate[]): void {
  for (const c of group) c.unsure = { code: 'unsure-competing' }
}

/** A total word, as a word (共 of 公共, 共同, 共建 is none): 全年受理…, 累计发放…, 共开展…. */
export const TOTAL_WORDS = /(?<!公)共(?![同享建治识商])|累计|合计|总计|全年|总数/

/**
 * Several whole figures of one indicator and year in one paragraph, in different sentences (run after
 * every other mark, so that a campaign's or a venue's part is out already): the largest one whose
 * sentence states a total before it (全年…, 累计…, 共…) is the figure and the others are its parts;
 * with no such total, or a larger figure beside it, which one is the year's figure is a guess, so
 * every one waits in review.
 */
export function competeInParagraphs(candidates: readonly Candidate[], clean: string, sentences: readonly Span[]): void {
  const groups = new Map<string, Candidate[]>()
  for (const c of candidates) {
    if (c.unit === '%' || c.negation || c.scopePartial || c.fresh || c.weak || c.unsure !== undefined) continue
    const key = `${paragraphStart(clean, c.start)}|${c.indicator}|${c.year ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  const statesTotal = (c: Candidate): boolean => c.total || TOTAL_WORDS.test(clean.slice((sentenceAt(sentences, c.start) as Span).start, c.start))
  for (const group of groups.values()) {
    if (new Set(group.map(c => c.sentenceStart)).size < 2 || group.every(c => c.value === (group[0] as Candidate).value)) continue
    const stated = largestOf(group.filter(statesTotal))
    if (!stated || group.some(c => c.value > stated.value)) {
      holdAll(group)
      continue
    }
    for (const part of group) {
      if (part.value === stated.value) continue
      part.scopePartial = true
      part.notes.push({ code: 'note-part-of-total' })
    }
  }
}

/** Sort key: whole-year, whole-total, stated as new cases, explicit, stated as a total, larger (counts), earlier. */
function better(a: Candidate, b: Candidate, rate: boolean): number {
  return Number(a.scopePartial) - Number(b.scopePartial)
    || Number(a.weak ?? false) - Number(b.weak ?? false)
    || Number(b.fresh ?? false) - Number(a.fresh ?? false)
    || Number(a.periodPartial) - Number(b.periodPartial)
    || Number(a.negation) - Number(b.negation)
    || Number(b.total) - Number(a.total)
    || (rate ? 0 : b.value - a.value)
    || a.start - b.start
}

/** Marks the candidate to choose for each indicator and year; a part of a total, or an unsure figure, is never chosen. */
export function markPreferred(candidates: readonly Candidate[]): void {
  const groups = new Map<string, Candidate[]>()
  for (const c of candidates) {
    const key = `${c.indicator}|${c.year ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  for (const group of groups.values()) {
    const best = [...group].filter(c => c.unsure === undefined).sort((a, b) => better(a, b, a.unit === '%'))[0]
    if (best && !best.scopePartial) best.preferred = true
  }
}
