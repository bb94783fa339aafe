import { describe, expect, it } from 'vitest'
import type { FileConflict } from '@/core/conflicts'
import { applyBatch, emptyDataset, emptyLog } from '@/core/dataset'
import { runReportImport, type ReportImportInput } from '@/core/extract/reportImport'
import type { ReportSubmission } from '@/core/extract/toSubmission'
import { makeSubmission, testRegistry } from '../../helpers/registry'
import { rowsOf } from '@/core/tableRows'

const registry = testRegistry()
const REPORT = '大同镇报告.txt'
const part: ReportSubmission = {
  submission: makeSubmission({ inspections: 76, penalty_cases: 41 }, { source: { file: REPORT, row: null }, sources: { inspections: { file: REPORT, row: null }, penalty_cases: { file: REPORT, row: null } } }),
  evidence: { inspections: { sentence: '检查76次。', start: 0, end: 3 }, penalty_cases: { sentence: '处罚41件。', start: 5, end: 8 } },
  skipped: [],
}
const loaded = applyBatch(emptyDataset, emptyLog, { reports: [{ file: 'sample.csv', format: 'wide-csv', encoding: 'utf-8', rows: 1, accepted: 1, rejected: 0, status: 'ok' }], submissions: [makeSubmission({ inspections: 70 })], issues: [] }, registry)
const input = (extra: Partial<ReportImportInput> = {}): ReportImportInput => ({
  file: REPORT, parts: [part], found: 5, base: { dataset: emptyDataset, log: emptyLog }, registry, receivedAt: 1, importedAt: 2, ...extra,
})
const never = () => Promise.reject(new Error('asked'))

describe('runReportImport', () => {
  it('merges the figures and logs the report as a file of figures found and imported', async () => {
    const r = await runReportImport(input(), { decide: never })
    expect(r.changed).toBe(true)
    expect(rowsOf(r.dataset)[0]?.values).toMatchObject({ inspections: 76, penalty_cases: 41 })
    expect(r.log.files).toEqual([expect.objectContaining({ file: REPORT, format: 'report', rows: 5, accepted: 2, rejected: 3, status: 'ok', receivedAt: 1, importedAt: 2 })])
    expect(r.applied).toEqual([part])
  })

  it('asks about figures that differ from loaded ones, as a table import does, and replaces them when told', async () => {
    const asked: FileConflict[][] = []
    const r = await runReportImport(input({ base: loaded }), { decide: async (c) => { asked.push(c); return { [REPORT]: 'replace' } } })
    expect(asked[0]?.[0]?.entries[0]?.changes.map(c => [c.indicator, c.old, c.next])).toEqual([['inspections', 70, 76]])
    expect(rowsOf(r.dataset)[0]?.values.inspections).toBe(76)
    expect(r.log.issues.some(i => i.code === 'replaced-value')).toBe(true)
  })

  it('keeps the loaded figures when the clerk says so, and merges nothing of that township-year', async () => {
    const r = await runReportImport(input({ base: loaded }), { decide: async () => ({ [REPORT]: 'keep' }) })
    expect(r.changed).toBe(false)
    expect(r.dataset).toBe(loaded.dataset)
    expect(r.applied).toEqual([])
    expect(r.log.files.at(-1)).toMatchObject({ file: REPORT, accepted: 0, rejected: 5, status: 'failed' })
    expect(r.log.issues.map(i => i.code)).toContain('kept-loaded')
  })
})
