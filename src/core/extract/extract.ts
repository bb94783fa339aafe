// A township's narrative annual report → the indicator figures it states, each with its sentence,
// its place in the text, its year and its marks, for a person to review. Pure and synchronous; see
// extractReportAsync (input.ts) for traditional characters and files.
import { chinese } from '../messages/chinese'
import type { Message } from '../messages/render'
import type { Registry } from '../types'
import { annotate, competeInParagraphs, markPreferred, type Candidate } from './choose'
import { allReviewed } from './countedNoun'
import { GENERAL_STUDY, OTHER_STUDY, aimedPart, doubtOf } from './doubts'
import { bracketYearOf, findFigures, type Scan, type UnreadToken } from './figures'
import { readHeader } from './header'
import { buildMatchContext } from './match'
import { buildCues, labelCue, type CueDef } from './patterns'
import { ROLE_WORDING, dataCutoff, rateWarnings, reportWarnings } from './reportChecks'
import { checkSections } from './sections'
import { clauseStart, sentenceAt, splitSentences, RATE_CLAUSE_DELIMITERS, type Span } from './sentences'
import { prepareText, toOriginal, type PreparedText } from './text'
import type { ExtractOptions, ExtractResult, ExtractedValue, UnreadFigure } from './types'

export const PASTED_FILE = '粘贴的文本'
const STUDY = 'collective_law_study'

const cueCache = new WeakMap<Registry, CueDef[]>()
function cuesFor(registry: Registry): CueDef[] {
  let cues = cueCache.get(registry)
  if (!cues) cueCache.set(registry, cues = buildCues(registry))
  return cues
}

/** The comma-clauses a figure is read from: from the clause of its cue (or of the figure) to the end of the figure's clause. */
function readingOf(clean: string, c: Candidate, sentence: Span): string {
  const from = clauseStart(clean, Math.min(c.cueStart, c.start), sentence.start, RATE_CLAUSE_DELIMITERS)
  let to = Math.max(c.cueEnd, c.end)
  while (to < sentence.end && !RATE_CLAUSE_DELIMITERS.has(clean[to] as string)) to++
  return clean.slice(from, to)
}

/** A clause that opens with its verb (开展法治学习18场) has the subject of the comma-clause before it: both, else the clause alone. */
function ledOf(clean: string, narrow: string, c: Candidate, sentence: Span): string {
  if (!/^(?:开展|组织|举办|召开)/.test(narrow)) return narrow
  const own = clauseStart(clean, Math.min(c.cueStart, c.start), sentence.start)
  if (own <= sentence.start) return narrow
  return clean.slice(clauseStart(clean, own - 1, sentence.start), c.end)
}

/** Notes and doubts that need the sentence: the role wording (V22) and who is counted (doubts.ts). */
function judge(found: Candidate[], clean: string, sentences: readonly Span[]): void {
  for (const c of found) {
    const sentence = sentenceAt(sentences, c.start) as Span
    if (c.indicator === 'reconsideration_received' && !c.negation && (c.year ?? 0) >= 2024 && ROLE_WORDING.test(clean.slice(sentence.start, sentence.end))) {
      c.notes.push({ code: 'note-received-wording' })
    }
    const narrow = clean.slice(clauseStart(clean, Math.min(c.cueStart, c.start), sentence.start), c.end)
    const first = Math.min(c.cueStart, c.start)
    const subject = clean.slice(clauseStart(clean, first, sentence.start, RATE_CLAUSE_DELIMITERS), first)
    const reading = { narrow, clauses: readingOf(clean, c, sentence), sentence: clean.slice(sentence.start, sentence.end), led: ledOf(clean, narrow, c, sentence), subject }
    const doubt = c.unsure === undefined ? doubtOf(c.indicator, reading) : null
    if (doubt) c.unsure = doubt
  }
  // 党委中心组专题学习13次、专题法治学习11次: where one study names law, one that does not is general study.
  const study = found.filter(c => c.indicator === STUDY && c.unsure === undefined && !c.negation)
  const onLaw = (c: Candidate): boolean => /法/.test(clean.slice(clauseStart(clean, Math.min(c.cueStart, c.start), c.sentenceStart), c.end))
  for (const c of study) {
    if (!onLaw(c) && study.some(o => o !== c && o.sentenceStart === c.sentenceStart && onLaw(o))) c.unsure = GENERAL_STUDY
  }
  // 党委理论学习中心组学习习近平法治思想5次；党委会议、干部大会等会前学法18次: the centre group's study is the
  // leadership's collective study; the other forms of the sentence are not parts of it, but other study.
  const sure = study.filter(c => c.unsure === undefined)
  const ofGroup = (c: Candidate): boolean => /中心组/.test(clean.slice(clauseStart(clean, Math.min(c.cueStart, c.start), c.sentenceStart), c.end))
  for (const c of sure) {
    const same = sure.filter(o => o.sentenceStart === c.sentenceStart)
    if (!ofGroup(c) && same.filter(ofGroup).length === 1) c.unsure = OTHER_STUDY
  }
}

/** The sentence at clean offsets as the original writes it, soft line breaks removed. */
function evidenceOf(prepared: PreparedText, display: string, sentence: Span): string {
  const [sStart, sEnd] = toOriginal(prepared, sentence.start, sentence.end)
  return display.slice(sStart, sEnd).replace(/\s*\n\s*/g, '').trim()
}

function toValue(c: Candidate, prepared: PreparedText, display: string, sentences: readonly Span[], registry: Registry): ExtractedValue {
  const [start, end] = toOriginal(prepared, c.start, c.end)
  const value: ExtractedValue = {
    indicator: c.indicator, year: c.year, value: c.value, unit: c.unit, approx: c.approx, partial: c.periodPartial || c.scopePartial,
    evidence: evidenceOf(prepared, display, sentenceAt(sentences, c.start) as Span), start, end, preferred: c.preferred,
  }
  if (c.notes.length > 0) {
    value.note = c.notes.map(n => chinese(n, registry)).join('；')
    value.notes = c.notes
  }
  if (c.unsure !== undefined) {
    value.unsure = chinese(c.unsure, registry)
    value.unsureText = c.unsure
  }
  return value
}

function toUnread(u: UnreadToken, prepared: PreparedText, display: string): UnreadFigure {
  const [start, end] = toOriginal(prepared, u.start, u.end)
  return { text: display.slice(start, end), evidence: evidenceOf(prepared, display, u.sentence), start, end, indicators: u.indicators }
}

/**
 * Extracts the figures of a report. `analysis` is the text the patterns read; `display` is the
 * text offsets and sentences refer to, of the same length (the original, when analysis is its
 * simplified-character conversion). Every candidate is listed; one per indicator and year is preferred.
 */
export function extractFrom(analysis: string, display: string, options: ExtractOptions, warnings: readonly Message[] = []): ExtractResult {
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
  const { found, unread } = findFigures(scan, options.registry)
  allReviewed(found, clean, id => options.registry.byId.has(id))
  const cutoff = dataCutoff(clean)
  if (cutoff) {
    for (const c of found) {
      if (c.year !== header.year || c.periodPartial) continue
      c.periodPartial = true
      c.notes.push({ code: 'note-cutoff', params: { cutoff } })
    }
  }
  judge(found, clean, sentences)
  annotate(found, clean, id => options.registry.byId.get(id)?.unit, (id, cue) => {
    const ind = options.registry.byId.get(id)
    return ind !== undefined && (labelCue(ind.label_zh) === cue || ind.aliases[0] === cue)
  })
  // After the parts of one sentence are marked (annotate), so that 读本950本，禁毒手册1500本 stay parts both.
  for (const c of found) {
    const sentence = sentenceAt(sentences, c.start) as Span
    const aimed = c.scopePartial ? null : aimedPart(c.indicator, clean.slice(sentence.start, c.start))
    if (!aimed) continue
    c.scopePartial = true
    c.notes.push(aimed)
  }
  competeInParagraphs(found, clean, sentences)
  markPreferred(found)
  found.sort((a, b) => a.start - b.start || a.indicator.localeCompare(b.indicator))
  const rates = rateWarnings(found, options.registry, header.year)
  const texts = [...warnings, ...reportWarnings(scan, sections), ...rates]
  return {
    file: options.file ?? PASTED_FILE, township: header.township, townshipCode: header.code, year: header.year,
    values: found.map(c => toValue(c, prepared, display, sentences, options.registry)),
    unreadable: unread.map(u => toUnread(u, prepared, display)),
    sections, warnings: texts.map(w => chinese(w, options.registry)), warningTexts: texts,
  }
}

/** Extracts the figures of a report already in simplified characters (see extractFrom). */
export function extractReport(text: string, options: ExtractOptions): ExtractResult {
  return extractFrom(text, text, options)
}
