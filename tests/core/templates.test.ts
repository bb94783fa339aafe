import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { townshipResolver } from '@/core/import'
import { readXlsxFile } from '@/core/import/readWorkbook'
import { readTextFile } from '@/core/import/readText'
import { defaultTemplateIds, formulaInWords, guideRows, templateCsv, templateRows, templateXlsx } from '@/core/templates'
import { registry, textFile, townships } from '../helpers/ingest'

const rctx = { registry, resolveTownship: townshipResolver(townships) }

describe('defaultTemplateIds', () => {
  const ids = defaultTemplateIds(registry)
  it.each([
    ['asks for a core indicator a township reports', 'enforcement_staff', true],
    ['leaves out a rate computed from its parts', 'enforcement_cert_rate', false],
    ['asks for the county-sourced litigation, reconsideration and case-file figures', 'litigation_cases', true],
    ['asks for 复议纠错', 'reconsideration_corrected', true],
    ['asks for 案卷评查', 'case_files_reviewed', true],
    ['leaves out a county-sourced rate computed from its parts', 'litigation_win_rate', false],
    ['leaves out a non-core indicator', 'legal_advisors', false],
  ])('%s (%s)', (_what, id, included) => {
    expect(ids.includes(id)).toBe(included)
  })
})

describe('templateRows and templateCsv', () => {
  it('heads the table with 乡镇, 年度 and Chinese labels with units, and pre-fills townships and year', () => {
    const rows = templateRows(registry, [{ name: '大同镇' }, { name: '青石镇' }], 2025, ['enforcement_staff', 'penalty_amount', 'leader_law_report'])
    expect(rows).toEqual([
      ['乡镇', '年度', '行政执法人员数（人）', '罚没金额（元）', '党政主要负责人述法'],
      ['大同镇', 2025, null, null, null],
      ['青石镇', 2025, null, null, null],
    ])
  })

  it('writes UTF-8 CSV with a BOM and CRLF line ends', () => {
    const csv = templateCsv(registry, [{ name: '大同镇' }], 2025, ['inspections'])
    expect(csv).toBe('\uFEFF乡镇,年度,行政检查次数（次）\r\n大同镇,2025,\r\n')
  })

  it('is programmer error to ask for an indicator the registry does not have', () => {
    expect(() => templateRows(registry, [], 2025, ['no_such_id'])).toThrow(/no_such_id/)
  })

  it('imports back without a single issue once filled in with numbers', () => {
    const csv = templateCsv(registry, townships, 2025)
    const filled = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
      .map((r, i) => (i === 0 ? r : r.map((c, k) => (k < 2 ? c : String(i + k)))))
    const r = readTextFile(textFile('template.csv', `\uFEFF${Papa.unparse(filled)}`), rctx)
    expect(r.issues).toEqual([])
    expect(r.report).toMatchObject({ accepted: townships.length, rejected: 0, status: 'ok' })
    expect(Object.keys(r.submissions[0]?.values ?? {}).sort()).toEqual([...defaultTemplateIds(registry)].sort())
  })
})

describe('guideRows', () => {
  it('explains each indicator and lists the rates computed on import from them', () => {
    const rows = guideRows(registry, ['enforcement_staff', 'enforcement_certified'])
    expect(rows[0]).toEqual(['指标代码', '指标名称', '计量单位', '类型', '口径', '计算公式', '填写说明'])
    expect(rows.map(r => r[0])).toEqual(['指标代码', 'enforcement_staff', 'enforcement_certified', 'enforcement_cert_rate'])
    expect(rows[3]).toEqual(['enforcement_cert_rate', '行政执法人员持证率', '%', '比率（%）', expect.any(String), '持行政执法证件人数 ÷ 行政执法人员数 × 100', '导入时自动计算，无需填写'])
  })

  it.each([
    ['a / b * 100', 'a ÷ b × 100'],
    ['disclosure_requests_concluded / (disclosure_requests + disclosure_requests_carried_in) * 100', '本年度办理结果总计 ÷ (本年新收政府信息公开申请数 + 上年结转政府信息公开申请数) × 100'],
  ])('writes the formula %s in words', (formula, words) => {
    expect(formulaInWords(formula, registry)).toBe(words)
  })
})

describe('templateXlsx', () => {
  it('reads back with every header recognised, townships and year filled in, and a guide sheet', async () => {
    const bytes = await templateXlsx(registry, townships, 2025)
    const r = await readXlsxFile({ name: '模板.xlsx', bytes }, rctx)
    expect(r.sheets).toEqual(['填报数据', '指标说明'])
    expect(r.sheetsRead).toEqual(['填报数据'])
    expect(r.report.unknownColumns).toBeUndefined()
    expect(r.issues).toEqual([])
    expect(r.report).toMatchObject({ accepted: townships.length, status: 'ok' })
    expect(r.submissions.map(s => [s.township, s.year])).toEqual(townships.map(t => [t.name, 2025]))
    expect(Object.keys(r.submissions[0]?.values ?? {}).sort()).toEqual([...defaultTemplateIds(registry)].sort())
  })
})
