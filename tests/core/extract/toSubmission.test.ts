import { describe, expect, it } from 'vitest'
import { extractReport } from '@/core/extract/extract'
import { toSubmission, type ReportSubmission } from '@/core/extract/toSubmission'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const text = '青石镇2024年度法治政府建设情况报告\n全年开展行政检查76次，发放宣传资料5000余份。截至11月底，办理行政处罚案件40件。2023年，应诉行政案件6件。'
const result = { ...extractReport(text, { registry, file: 'qingshi.txt' }), townshipCode: '990101101000' }
const accepted = result.values.filter(v => v.preferred)

describe('toSubmission', () => {
  const built = toSubmission(result, accepted) as ReportSubmission

  it('builds the submission of the report township and year, sourced from the report file', () => {
    expect(built.submission).toMatchObject({
      township: '青石镇', code: '990101101000', year: 2024,
      values: { inspections: 76, publicity_materials: 5000, penalty_cases: 40 },
      approx: ['publicity_materials'], derived: [], source: { file: 'qingshi.txt', row: null },
      sources: { inspections: { file: 'qingshi.txt', row: null } },
    })
  })

  it('keeps the sentence behind each figure beside the submission', () => {
    expect(built.evidence.inspections).toEqual({ sentence: '全年开展行政检查76次，发放宣传资料5000余份。', start: text.indexOf('76次'), end: text.indexOf('76次') + 3 })
    expect(built.evidence.penalty_cases?.note).toContain('截至11月底')
  })

  it('notes partial figures on the submission', () => {
    expect(built.submission.notes).toContain('penalty_cases：只含部分年度')
  })

  it('skips figures of another year, saying which', () => {
    expect(built.skipped.map(s => [s.value.indicator, s.reason])).toEqual([['litigation_cases', '属于2023年，不是2024年']])
  })

  it('builds the submission of an earlier year when asked', () => {
    const earlier = toSubmission(result, accepted, { year: 2023 }) as ReportSubmission
    expect(earlier.submission.values).toEqual({ litigation_cases: 6 })
  })

  it('takes a corrected value and keeps the first of two figures for one indicator', () => {
    const inspections = accepted.find(v => v.indicator === 'inspections')!
    const r = toSubmission(result, [{ ...inspections, value: 77 }, inspections]) as ReportSubmission
    expect(r.submission.values.inspections).toBe(77)
    expect(r.skipped[0]?.reason).toBe('同一指标已接受了另一个数字')
  })

  it.each([
    ['no township', { ...result, township: null }, '乡镇'],
    ['no year', { ...result, year: null }, '年度'],
  ])('returns an error value with %s', (_, r, word) => {
    expect((toSubmission(r, accepted) as { error: string }).error).toContain(word)
  })

  it('drops the code when the township is overridden', () => {
    expect((toSubmission(result, accepted, { township: '白马镇' }) as ReportSubmission).submission).toMatchObject({ township: '白马镇', code: null })
  })
})
