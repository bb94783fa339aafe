import { describe, expect, it } from 'vitest'
import { finalizeSubmissions } from '@/core/dataset'
import { submissionsToXlsx, xlsxRows } from '@/core/exportXlsx'
import { townshipResolver } from '@/core/import'
import { readXlsxFile } from '@/core/import/readWorkbook'
import { readTextFile } from '@/core/import/readText'
import type { Submission } from '@/core/types'
import { registry, textFile, townships } from '../helpers/ingest'

const rctx = { registry, resolveTownship: townshipResolver(townships) }
const readBack = async (subs: readonly Submission[], resolver = rctx) =>
  readXlsxFile({ name: 'export.xlsx', bytes: await submissionsToXlsx(subs, registry) }, resolver)
const figures = (subs: readonly Submission[]) => subs.map(s => ({ township: s.township, year: s.year, values: s.values, approx: s.approx, notApplicable: s.notApplicable }))

describe('submissionsToXlsx', () => {
  it('reads back to the same figures: numbers, missing, approximate, not applicable, several years', async () => {
    const csv = '乡镇,年度,行政执法人员数,持行政执法证件人数,罚没金额（万元）,行政检查次数,党政主要负责人述法\n'
      + '大同镇,2024,20,19,1.2,,是\n青石镇,2024,10,10,约0.5,不适用,否\n大同镇,2023,18,,0.75,40,\n'
    const before = finalizeSubmissions(readTextFile(textFile('in.csv', csv), rctx).submissions, registry)
    const r = await readBack(before)
    expect(r.issues).toEqual([])
    expect(r.report).toMatchObject({ format: 'xlsx', accepted: 3, status: 'ok' })
    const again = finalizeSubmissions(r.submissions, registry)
    const byKey = (subs: readonly Submission[]) => figures(subs).sort((a, b) => `${a.township}${a.year}`.localeCompare(`${b.township}${b.year}`))
    expect(byKey(again)).toEqual(byKey(before))
  })

  it.each(['=cmd|calc', '=1+1', '=1+1\n+1', '@SUM(A1)', '-1+1'])('writes numbers as numbers and the name %j as a string cell that reads back exactly', async (township) => {
    const hostile: Submission = { township, code: null, year: 2024, values: { inspections: 3 }, approx: [], derived: [], source: { file: 'x', row: 2 } }
    const r = await readBack([hostile], { registry, resolveTownship: name => ({ name, code: null }) })
    expect(r.submissions).toEqual([expect.objectContaining({ township, values: { inspections: 3 } })])
  })

  it('writes every figure as a number, the approximate ones named in 约数标注 and where each row came from in 来源', () => {
    const subs: Submission[] = [
      { township: '大同镇', code: null, year: 2024, values: { inspections: 5000, penalty_amount: 12000, enforcement_staff: 20 }, approx: ['inspections', 'penalty_amount'], derived: [], source: { file: 'a.csv', row: 3 } },
      { township: '青石镇', code: null, year: 2024, values: { inspections: null, penalty_amount: 800, enforcement_staff: 10 }, approx: [], derived: [], notApplicable: ['inspections'], source: { file: 'b.xlsx', row: 2 }, sources: { enforcement_staff: { file: 'b.xlsx', row: 2 }, penalty_amount: { file: '报告.docx', row: null } } },
    ]
    expect(xlsxRows(subs, registry)).toEqual([
      ['乡镇', '年度', '行政执法人员数（人）', '行政检查次数（次）', '罚没金额（元）', '约数标注', '来源'],
      ['大同镇', 2024, 20, 5000, 12000, '行政检查次数（次）：约；罚没金额（元）：约', 'a.csv 第3行'],
      ['青石镇', 2024, 10, '不适用', 800, null, 'b.xlsx 第2行；报告.docx'],
    ])
  })

  it.each([
    ['行政检查次数（次）：约；罚没金额（元）：约', ['inspections', 'penalty_amount']],
    ['罚没金额:不少于', ['penalty_amount']],
    ['', []],
    ['不是指标：约；行政检查次数', ['inspections']],
  ])('reads the approximate figures %j of 约数标注 back as approximate', async (marks, approx) => {
    const csv = `乡镇,年度,行政检查次数（次）,罚没金额（元）,约数标注,来源\n大同镇,2024,5000,12000,${marks},a.csv 第3行\n`
    const r = readTextFile(textFile('in.csv', csv), rctx)
    expect(r.issues).toEqual([])
    expect(r.report.unknownColumns).toBeUndefined()
    expect(r.submissions[0]).toMatchObject({ values: { inspections: 5000, penalty_amount: 12000 }, approx })
  })

  it('writes a header-only workbook for no submissions', async () => {
    const r = await readBack([])
    expect(r.report).toMatchObject({ rows: 0, status: 'failed' })
    expect(r.issues.map(i => i.code)).toEqual(['no-rows'])
  })
})
