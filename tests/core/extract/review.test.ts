import { describe, expect, it } from 'vitest'
import {
  acceptedFigures, addTypedFigure, correct, decide, figureYear, initialReview, isCorrected, rejectOpen, reviewCounts, reviewedSubmissions,
  type ReviewState, type ReviewSubject,
} from '@/core/extract/review'
import type { ReportSubmission } from '@/core/extract/toSubmission'
import type { ExtractResult, ExtractedValue } from '@/core/extract/types'

const fig = (indicator: string, value: number, extra: Partial<ExtractedValue> = {}): ExtractedValue => ({
  indicator, year: 2024, value, unit: '件', approx: false, partial: false, evidence: `${indicator}共${value}件。`, start: 0, end: 2, preferred: true, ...extra,
})
const subject: ReviewSubject & { file: string } = {
  file: 'qingshi.txt',
  year: 2024,
  values: [
    fig('inspections', 76),
    fig('inspections', 40, { preferred: false }),
    fig('penalty_cases', 87, { partial: true, note: '截至11月底' }),
    fig('litigation_cases', 5, { year: 2023 }),
    fig('publicity_materials', 12000, { approx: true }),
  ],
}
const decisions = (state: ReviewState) => state.map(r => r.decision)

describe('initialReview', () => {
  it('accepts the preferred figures of the report year that are whole, and leaves the rest open', () => {
    expect(decisions(initialReview(subject))).toEqual(['accepted', 'open', 'open', 'open', 'accepted'])
  })

  it('starts every value as extracted', () => {
    expect(initialReview(subject).map(r => r.value)).toEqual([76, 40, 87, 5, 12000])
  })

  it('accepts preferred figures when the report year is unknown', () => {
    expect(decisions(initialReview({ year: null, values: [fig('inspections', 3, { year: null })] }))).toEqual(['accepted'])
  })
})

describe('decide', () => {
  const start = initialReview(subject)

  it('sets one figure’s decision and leaves the input untouched', () => {
    const next = decide(start, subject, 4, 'rejected')
    expect(decisions(next)).toEqual(['accepted', 'open', 'open', 'open', 'rejected'])
    expect(decisions(start)).toEqual(['accepted', 'open', 'open', 'open', 'accepted'])
  })

  it('reopens the other accepted figure of the same indicator and year when one is accepted', () => {
    expect(decisions(decide(start, subject, 1, 'accepted'))).toEqual(['open', 'accepted', 'open', 'open', 'accepted'])
  })

  it('keeps figures of the same indicator for another year accepted side by side', () => {
    const two: ReviewSubject = { year: 2024, values: [fig('litigation_cases', 2), fig('litigation_cases', 5, { year: 2023 })] }
    const both = decide(decide(initialReview(two), two, 1, 'accepted'), two, 0, 'accepted')
    expect(decisions(both)).toEqual(['accepted', 'accepted'])
  })

  it.each([-1, 5, 99])('returns the state itself for index %i, out of range', (index) => {
    expect(decide(start, subject, index, 'accepted')).toBe(start)
  })
})

describe('correct', () => {
  const start = initialReview(subject)

  it('takes the corrected value and accepts the figure', () => {
    const next = correct(start, subject, 2, 90)
    expect(next[2]).toEqual({ decision: 'accepted', value: 90 })
    expect(isCorrected(next, subject, 2)).toBe(true)
    expect(isCorrected(next, subject, 0)).toBe(false)
  })

  it('counts a value set back to the extracted one as not corrected', () => {
    expect(isCorrected(correct(correct(start, subject, 0, 77), subject, 0, 76), subject, 0)).toBe(false)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('ignores %s', (value) => {
    expect(correct(start, subject, 0, value)).toBe(start)
  })
})

describe('rejectOpen and reviewCounts', () => {
  it('rejects only what is still open', () => {
    const state = rejectOpen(correct(initialReview(subject), subject, 0, 80))
    expect(decisions(state)).toEqual(['accepted', 'rejected', 'rejected', 'rejected', 'accepted'])
    expect(reviewCounts(state, subject)).toEqual({ accepted: 2, open: 0, rejected: 3, corrected: 1 })
  })
})

describe('figureYear', () => {
  it.each<[number | null, number | null, number | null, number | null]>([
    [2024, 2024, 2025, 2025],
    [null, 2024, 2025, 2025],
    [2023, 2024, 2025, 2023],
    [2024, null, 2024, 2024],
  ])('a figure of %s in a report read as %s and set to %s counts for %s', (year, stated, report, expected) => {
    expect(figureYear({ year }, stated, report)).toBe(expected)
  })
})

describe('acceptedFigures', () => {
  it('carries corrected values with a note saying what was read', () => {
    const state = correct(initialReview(subject), subject, 2, 90)
    const taken = acceptedFigures(state, subject, 2024)
    expect(taken.map(f => [f.indicator, f.value])).toEqual([['inspections', 76], ['penalty_cases', 90], ['publicity_materials', 12000]])
    expect(taken[1]?.note).toBe('截至11月底；人工更正，原识别为87')
    expect(taken[0]).not.toHaveProperty('note')
  })
})

describe('reviewedSubmissions', () => {
  const target = { township: '青石镇', code: '990101101000', year: 2024 }

  it('builds the report year’s submission from the accepted figures, with their sentences', () => {
    const parts = reviewedSubmissions(subject, initialReview(subject), target) as ReportSubmission[]
    expect(parts).toHaveLength(1)
    expect(parts[0]?.submission).toMatchObject({ township: '青石镇', code: '990101101000', year: 2024, values: { inspections: 76, publicity_materials: 12000 }, approx: ['publicity_materials'], source: { file: 'qingshi.txt', row: null } })
    expect(parts[0]?.evidence.inspections?.sentence).toBe('inspections共76件。')
  })

  it('builds one more submission for a figure accepted for an earlier year, the report year first', () => {
    const parts = reviewedSubmissions(subject, decide(initialReview(subject), subject, 3, 'accepted'), target) as ReportSubmission[]
    expect(parts.map(p => [p.submission.year, p.submission.values])).toEqual([
      [2024, { inspections: 76, publicity_materials: 12000 }],
      [2023, { litigation_cases: 5 }],
    ])
  })

  it('moves the report year’s figures to the year the reviewer set', () => {
    const parts = reviewedSubmissions(subject, initialReview(subject), { ...target, year: 2025 }) as ReportSubmission[]
    expect(parts.map(p => p.submission.year)).toEqual([2025])
  })

  it.each<[string, ReviewState, typeof target | { township: null, code: null, year: number }, string]>([
    ['nothing is accepted', rejectOpen(initialReview(subject)).map(r => ({ ...r, decision: 'rejected' as const })), target, '没有采用'],
    ['the township is unknown', initialReview(subject), { township: null, code: null, year: 2024 }, '乡镇'],
  ])('gives an error when %s', (_name, state, to, message) => {
    expect(reviewedSubmissions(subject, state, to)).toEqual({ error: expect.stringContaining(message), errorText: { code: expect.stringMatching(/^report-/) } })
  })

  it('gives an error when the year is unknown', () => {
    expect(reviewedSubmissions(subject, initialReview(subject), { ...target, year: null })).toEqual({ error: expect.stringContaining('年度'), errorText: { code: 'report-needs-year' } })
  })
})

describe('addTypedFigure', () => {
  const base: ExtractResult = {
    file: 'a.txt', township: '大同镇', townshipCode: null, year: 2024, sections: [], warnings: [],
    values: [{ indicator: 'normative_docs', year: 2024, value: 2, unit: '件', approx: false, partial: false, evidence: '制发规范性文件2件。', start: 0, end: 2, preferred: true }],
    unreadable: [{ text: '4件', evidence: '前置把关4件。', start: 10, end: 12, indicators: ['normative_docs'] }],
  }

  it('adds the typed figure as accepted, sets the rival back to open and drops it from the unreadable list', () => {
    const out = addTypedFigure(base, [{ decision: 'accepted', value: 2 }], 0, { id: 'normative_docs', unit: '件' }, 4)
    expect(out?.result.unreadable).toEqual([])
    expect(out?.result.values[1]).toMatchObject({ indicator: 'normative_docs', value: 4, year: 2024, evidence: '前置把关4件。', start: 10, end: 12 })
    expect(out?.review).toEqual([{ decision: 'open', value: 2 }, { decision: 'accepted', value: 4 }])
  })

  it.each([
    ['an index out of range', 3, 4],
    ['a value that is no number', 0, Number.NaN],
  ])('refuses %s', (_, index, value) => {
    expect(addTypedFigure(base, [{ decision: 'accepted', value: 2 }], index, { id: 'normative_docs', unit: '件' }, value)).toBeNull()
  })
})
