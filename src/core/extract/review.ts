// The review of a report's figures: what a person accepted, corrected or rejected, as plain data.
// Every function returns a new state and leaves the one given untouched.
import { chinese } from '../messages/chinese'
import type { Message } from '../messages/render'
import { reportError, toSubmission, type ReportError, type ReportSubmission } from './toSubmission'
import type { ExtractResult, ExtractedValue } from './types'

/** accepted: goes into the import; open: not (yet) taken; rejected: the reviewer said no. */
export type Decision = 'accepted' | 'open' | 'rejected'

export interface FigureReview {
  decision: Decision
  /** The value to import, in the indicator's canonical unit: the extracted one or the reviewer's correction. */
  value: number
}

/** One entry per extracted figure, in the order of ExtractResult.values. */
export type ReviewState = readonly FigureReview[]

/** What a review is about: the figures and the year the report states (null when unknown). */
export type ReviewSubject = Pick<ExtractResult, 'values' | 'year'>

/**
 * The year a figure counts for once the reviewer has set the report year: figures of the report's
 * own year (or of no stated year) move with it; figures the text gives to another year keep theirs.
 */
export function figureYear(v: Pick<ExtractedValue, 'year'>, statedYear: number | null, reportYear: number | null): number | null {
  return v.year === null || v.year === statedYear ? reportYear : v.year
}

/** The starting review: preferred figures of the report year that are not partial are accepted, the rest open. */
export function initialReview(subject: ReviewSubject): FigureReview[] {
  return subject.values.map(v => ({
    decision: v.preferred && !v.partial && figureYear(v, subject.year, subject.year) === subject.year ? 'accepted' : 'open',
    value: v.value,
  }))
}

/**
 * Sets the decision of figure `index`. Accepting a figure sets every other accepted figure of the
 * same indicator and year back to open: a submission holds one value per indicator. An index out
 * of range returns the state itself.
 */
export function decide(state: ReviewState, subject: ReviewSubject, index: number, decision: Decision): ReviewState {
  const target = subject.values[index]
  const current = state[index]
  if (!target || !current) return state
  const year = figureYear(target, subject.year, subject.year)
  return state.map((r, i) => {
    if (i === index) return { ...r, decision }
    const other = subject.values[i]
    const rival = decision === 'accepted' && r.decision === 'accepted' && other !== undefined
      && other.indicator === target.indicator && figureYear(other, subject.year, subject.year) === year
    return rival ? { ...r, decision: 'open' as const } : r
  })
}

/** Corrects the value of figure `index` and accepts it; a value that is no finite number returns the state itself. */
export function correct(state: ReviewState, subject: ReviewSubject, index: number, value: number): ReviewState {
  const current = state[index]
  if (!current || !Number.isFinite(value)) return state
  const decided = decide(state, subject, index, 'accepted')
  return decided.map((r, i) => (i === index ? { ...r, value } : r))
}

/** Rejects every figure still open (the reviewer has taken what they want). */
export function rejectOpen(state: ReviewState): ReviewState {
  return state.map(r => (r.decision === 'open' ? { ...r, decision: 'rejected' as const } : r))
}

/** Has the reviewer changed the value of figure `index`? */
export function isCorrected(state: ReviewState, subject: ReviewSubject, index: number): boolean {
  const r = state[index]
  const v = subject.values[index]
  return r !== undefined && v !== undefined && r.value !== v.value
}

export interface ReviewCounts {
  accepted: number
  open: number
  rejected: number
  corrected: number
}

export function reviewCounts(state: ReviewState, subject: ReviewSubject): ReviewCounts {
  const counts: ReviewCounts = { accepted: 0, open: 0, rejected: 0, corrected: 0 }
  state.forEach((r, i) => {
    counts[r.decision]++
    if (isCorrected(state, subject, i)) counts.corrected++
  })
  return counts
}

/** Whom and which year the reviewed figures are for: the header as read, or as the reviewer set it. */
export interface ReviewTarget {
  township: string | null
  code: string | null
  year: number | null
}

/** The accepted figures as the import takes them: corrected values, years as reviewed, corrections noted. */
export function acceptedFigures(state: ReviewState, subject: ReviewSubject, reportYear: number | null): ExtractedValue[] {
  const out: ExtractedValue[] = []
  subject.values.forEach((v, i) => {
    const r = state[i]
    if (!r || r.decision !== 'accepted') return
    const corrected = r.value !== v.value
    const correction: Message = { code: 'note-corrected', params: { value: v.value } }
    const note = corrected ? [v.note, chinese(correction)].filter(Boolean).join('；') : v.note
    const figure: ExtractedValue = { ...v, value: r.value, year: figureYear(v, subject.year, reportYear) }
    if (note === undefined) delete figure.note
    else figure.note = note
    if (corrected) figure.notes = [...(v.notes ?? []), correction]
    out.push(figure)
  })
  return out
}

/**
 * The submissions the accepted figures make: one per year (the report year first, then any earlier
 * year a figure was accepted for), each built by toSubmission. An error value (in Chinese) when
 * nothing is accepted, or the township or year is unknown.
 */
export function reviewedSubmissions(result: Pick<ExtractResult, 'file' | 'values' | 'year'>, state: ReviewState, target: ReviewTarget): ReportSubmission[] | ReportError {
  const figures = acceptedFigures(state, result, target.year)
  if (figures.length === 0) return reportError({ code: 'report-none-accepted' })
  if (target.township === null || target.township.trim() === '') return reportError({ code: 'report-needs-township' })
  if (target.year === null) return reportError({ code: 'report-needs-year' })
  const years = [...new Set(figures.map(f => f.year ?? target.year as number))]
    .sort((a, b) => (a === target.year ? -1 : b === target.year ? 1 : b - a))
  const parts: ReportSubmission[] = []
  for (const year of years) {
    const built = toSubmission({ file: result.file, township: target.township, townshipCode: target.code, year },
      figures.filter(f => (f.year ?? target.year) === year), { township: target.township, code: target.code, year })
    if ('error' in built) return built
    parts.push(built)
  }
  return parts
}

/**
 * The reviewer types the figure the extractor could not assign (未能识别的数字 `unreadIndex`) for
 * `indicator`: it joins the figures as accepted, with the sentence and place of the figure as seen,
 * and leaves the unreadable list. The result and review are new; null when the index, the
 * indicator's unit or the value is not usable.
 */
export function addTypedFigure(
  result: ExtractResult, state: ReviewState, unreadIndex: number, indicator: { id: string, unit: string }, value: number,
): { result: ExtractResult, review: ReviewState } | null {
  const unread = (result.unreadable ?? [])[unreadIndex]
  if (!unread || !Number.isFinite(value)) return null
  const typed: Message = { code: 'note-typed', params: { text: unread.text } }
  const figure: ExtractedValue = {
    indicator: indicator.id, year: result.year, value, unit: indicator.unit, approx: false, partial: false,
    evidence: unread.evidence, start: unread.start, end: unread.end, preferred: false, note: chinese(typed), notes: [typed],
  }
  const next: ExtractResult = { ...result, values: [...result.values, figure], unreadable: (result.unreadable ?? []).filter((_, i) => i !== unreadIndex) }
  const review = decide([...state, { decision: 'open', value }], next, next.values.length - 1, 'accepted')
  return { result: next, review }
}
