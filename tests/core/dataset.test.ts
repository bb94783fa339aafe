import { describe, expect, it } from 'vitest'
import { emptyDataset, emptyLog, mergeSubmissions } from '@/core/dataset'
import { ingest } from '@/core/import'
import type { Submission } from '@/core/types'
import { ctx, registry, textFile } from '../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const sub = (values: Submission['values'], file = 'a.csv', extra: Partial<Submission> = {}): Submission =>
  ({ township: '大同镇', code: '990101102000', year: 2024, values, approx: [], derived: [], source: { file, row: 2 }, ...extra })

describe('mergeSubmissions', () => {
  it('lets the later file win figure by figure and reports each changed value', () => {
    const { submissions, issues } = mergeSubmissions([sub({ inspections: 10, penalty_cases: 3 })], [sub({ inspections: 12, penalty_cases: 3, disclosures: 50 }, 'b.csv')], registry)
    expect(submissions).toHaveLength(1)
    expect(submissions[0]?.values).toEqual({ inspections: 12, penalty_cases: 3, disclosures: 50 })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ file: 'b.csv', code: 'replaced-value', indicator: 'inspections', severity: 'warning' })
    expect(issues[0]?.message).toMatch(/由 10（a.csv 第 2 行）改为 12/)
  })

  it('keeps figures the later file does not mention, with their own source', () => {
    const { submissions } = mergeSubmissions([sub({ inspections: 10 })], [sub({ disclosures: 50, inspections: null }, 'b.csv')], registry)
    expect(submissions[0]?.values).toEqual({ inspections: 10, disclosures: 50 })
    expect(submissions[0]?.sources?.inspections?.file).toBe('a.csv')
    expect(submissions[0]?.sources?.disclosures?.file).toBe('b.csv')
  })

  it('keeps different township-years apart', () => {
    const { submissions } = mergeSubmissions([sub({ inspections: 1 })], [sub({ inspections: 2 }, 'b.csv', { year: 2023 })], registry)
    expect(submissions).toHaveLength(2)
  })

  it('does not mutate its inputs', () => {
    const current = [sub({ inspections: 10 })]
    const frozen = JSON.stringify(current)
    mergeSubmissions(current, [sub({ inspections: 12 }, 'b.csv')], registry)
    expect(JSON.stringify(current)).toBe(frozen)
  })
})

describe('ingest', () => {
  const good = textFile('good.csv', '乡镇,年度,行政执法人员数,持行政执法证件人数\n大同镇,2024,20,19\n')

  it('derives missing rates from their formula and marks them derived', async () => {
    const { dataset } = await ingest([good], ctx)
    expect(rowsOf(dataset)[0]?.values.enforcement_cert_rate).toBe(95)
    expect(rowsOf(dataset)[0]?.derived).toContain('enforcement_cert_rate')
  })

  it('keeps the loaded data when an import fails (the very same object)', async () => {
    const first = await ingest([good], ctx)
    const second = await ingest([textFile('bad.csv', '乡镇,年度,行政检查次数\n,xx,1\n')], ctx, first.dataset, first.log)
    expect(second.dataset).toBe(first.dataset)
    expect(second.log.files.map(f => [f.file, f.status])).toEqual([['good.csv', 'ok'], ['bad.csv', 'failed']])
  })

  it('refuses a bad file whole and still loads the good ones of the same drop', async () => {
    const { dataset, log } = await ingest([textFile('junk.csv', '\u0000\u0001\u0002binary'), good], ctx)
    expect(rowsOf(dataset)).toHaveLength(1)
    expect(log.files.find(f => f.file === 'junk.csv')?.status).toBe('failed')
  })

  it('replaces the report and issues of a file that is read again', async () => {
    const bad = textFile('x.csv', '乡镇,年度,行政检查次数\n大同镇,2024,abc\n')
    const first = await ingest([bad], ctx)
    const second = await ingest([textFile('x.csv', '乡镇,年度,行政检查次数\n大同镇,2024,5\n')], ctx, first.dataset, first.log)
    expect(second.log.files).toHaveLength(1)
    expect(second.log.issues.filter(i => i.code === 'not-a-number')).toEqual([])
    expect(rowsOf(second.dataset)[0]?.values.inspections).toBe(5)
  })

  it('validates the merged data, naming the township and figures', async () => {
    const { dataset } = await ingest([textFile('v.csv', '乡镇,年度,行政执法人员数,持行政执法证件人数\n大同镇,2024,20,25\n')], ctx)
    expect(dataset.validationIssues).toContainEqual(expect.objectContaining({ code: 'part-exceeds-whole', township: '大同镇', year: 2024, severity: 'error', row: 2, file: 'v.csv' }))
  })

  it('starts from the empty dataset and log', async () => {
    expect(await ingest([], ctx)).toMatchObject({ dataset: emptyDataset, log: { files: [], issues: [] } })
    expect(emptyLog.files).toEqual([])
  })
})
