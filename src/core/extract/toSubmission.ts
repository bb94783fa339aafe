// Accepted report figures → a Submission, with the sentence behind each figure kept beside it.
// Submission.sources holds { file, row } only, so the evidence travels in a parallel record keyed
// by indicator id; the store keeps it next to the submission (see the report of issue 6).
import { coded } from '../messages/chinese'
import type { Message } from '../messages/render'
import type { Submission } from '../types'
import type { ExtractResult, ExtractedValue } from './types'

/** The sentence a figure came from, and where the figure stands in the report text. */
export interface FigureEvidence {
  /** The whole sentence as the report writes it. */
  sentence: string
  /** Character offsets of the figure in the report text. */
  start: number
  end: number
  /** Why the figure is partial, what it includes (in Chinese), when the extractor said so. */
  note?: string
  /** The same notes as codes, for the page to render in its language. */
  notes?: Message[]
}

export interface ReportSubmission {
  submission: Submission
  /** indicator id → the sentence behind its value. */
  evidence: Record<string, FigureEvidence>
  /** Accepted figures left out: another year, or a second figure for an indicator already taken. */
  skipped: { value: ExtractedValue, reason: string }[]
}

/** A reason a report cannot be imported: in Chinese, and as a code for the page's language. */
export interface ReportError { error: string, errorText?: Message }

export function reportError(m: Message): ReportError {
  return coded(m)
}

export interface SubmissionOverrides {
  township?: string
  code?: string | null
  year?: number
}

const NOTE_PREFIX = '由年度报告文本识别，经人工确认'

/**
 * Builds the submission of the report's township and year from the figures a person accepted (and
 * perhaps corrected). Figures of other years are skipped with a reason (build their year's
 * submission with overrides.year); for an indicator accepted twice the first is kept. Township and
 * year come from the result unless overridden; when either is unknown the result is an error value.
 * The source of the submission and of every figure is the report file (row null).
 */
export function toSubmission(
  result: Pick<ExtractResult, 'file' | 'township' | 'townshipCode' | 'year'>,
  accepted: readonly ExtractedValue[],
  overrides: SubmissionOverrides = {},
): ReportSubmission | ReportError {
  const township = overrides.township ?? result.township
  const year = overrides.year ?? result.year
  if (township === null || township === undefined) return reportError({ code: 'report-needs-township' })
  if (year === null || year === undefined) return reportError({ code: 'report-needs-year' })
  const code = overrides.code !== undefined ? overrides.code : overrides.township !== undefined ? null : result.townshipCode
  const source = { file: result.file, row: null }
  const values: Record<string, number | null> = {}
  const sources: Record<string, { file: string, row: null }> = {}
  const evidence: Record<string, FigureEvidence> = {}
  const approx: string[] = []
  const notes: string[] = []
  const skipped: ReportSubmission['skipped'] = []
  for (const v of accepted) {
    if (v.year !== null && v.year !== year) {
      skipped.push({ value: v, reason: `属于${v.year}年，不是${year}年` })
      continue
    }
    if (Object.hasOwn(values, v.indicator)) {
      skipped.push({ value: v, reason: '同一指标已接受了另一个数字' })
      continue
    }
    values[v.indicator] = v.value
    sources[v.indicator] = source
    evidence[v.indicator] = v.note ? { sentence: v.evidence, start: v.start, end: v.end, note: v.note, ...(v.notes ? { notes: v.notes } : {}) } : { sentence: v.evidence, start: v.start, end: v.end }
    if (v.approx) approx.push(v.indicator)
    if (v.partial) notes.push(`${v.indicator}：${v.note ?? '只含部分数据'}`)
  }
  const submission: Submission = {
    township, code: code ?? null, year, values, approx, derived: [], source, sources,
    notes: [NOTE_PREFIX, ...notes].join('；'),
  }
  return { submission, evidence, skipped }
}
