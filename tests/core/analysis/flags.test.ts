import { describe, expect, it } from 'vitest'
import { evaluateFlags, type FlagContext } from '@/core/analysis'
import { DEFAULT_FLAG_RULES, type FlagLevel, type FlagRules } from '@/core/flagRules'
import type { Issue, Submission } from '@/core/types'
import { registry, sub } from './testData'

const only = (id: string): FlagRules => ({ version: 1, rules: DEFAULT_FLAG_RULES.rules.filter(r => r.id === id) })

const issue = (severity: Issue['severity'], township: string, year: number): Issue => ({
  file: 'a.csv', row: 2, column: null, indicator: null, township, year, severity, code: 'inconsistent', message: '…',
})

interface Case {
  rule: string
  values: Submission['values']
  context?: Omit<FlagContext, 'registry'>
  level: FlagLevel
  message?: string
}

const cases: Case[] = [
  { rule: 'litigation-lost', values: { litigation_lost: 1 }, level: 'red', message: '行政诉讼败诉 1 件' },
  { rule: 'litigation-lost', values: { litigation_lost: 0 }, level: 'green' },
  { rule: 'reconsideration-corrected', values: { reconsideration_corrected: 2 }, level: 'red', message: '行政复议被纠错 2 件' },
  { rule: 'reconsideration-corrected', values: { reconsideration_corrected: 0 }, level: 'green' },
  { rule: 'head-appearance', values: { head_appearance_rate: 50, litigation_hearings: 2 }, level: 'red', message: '行政机关负责人出庭应诉率 50%，有开庭案件但未达 100%' },
  { rule: 'head-appearance', values: { head_appearance_rate: 100, litigation_hearings: 2 }, level: 'green' },
  { rule: 'head-appearance', values: { head_appearance_rate: null, litigation_hearings: 0, head_appearances: 0 }, level: 'grey' },
  { rule: 'enforcement-cert-target', values: { enforcement_cert_rate: 90 }, level: 'red', message: '行政执法人员持证率 90%，低于县定目标 95%' },
  { rule: 'enforcement-cert-target', values: { enforcement_cert_rate: 96.5 }, level: 'green' },
  { rule: 'enforcement-cert-target', values: { enforcement_cert_rate: null, enforcement_staff: 0, enforcement_certified: 0 }, level: 'grey' },
  { rule: 'annual-report-unpublished', values: { annual_report_published: 0 }, level: 'red', message: '法治政府建设年度报告未按期公开' },
  { rule: 'annual-report-unpublished', values: { annual_report_published: 1 }, level: 'green' },
  { rule: 'validation-errors', values: {}, context: { issues: [issue('error', '甲镇', 2024)] }, level: 'red', message: '数据有 1 处错误未更正，数据不可信' },
  { rule: 'validation-errors', values: {}, context: { issues: [issue('error', '乙镇', 2024), issue('error', '甲镇', 2023), issue('warning', '甲镇', 2024)] }, level: 'green' },
  { rule: 'rate-worse-than-last-year', values: { enforcement_cert_rate: 90 }, context: { previous: sub('甲镇', 2023, { enforcement_cert_rate: 93 }) }, level: 'yellow', message: '行政执法人员持证率 90%，较上年下降 3 个百分点' },
  { rule: 'rate-worse-than-last-year', values: { reconsideration_correction_rate: 20 }, context: { previous: sub('甲镇', 2023, { reconsideration_correction_rate: 12.5 }) }, level: 'yellow', message: '行政复议被纠错率 20%，较上年上升 7.5 个百分点' },
  { rule: 'rate-worse-than-last-year', values: { enforcement_cert_rate: 97.1, reconsideration_correction_rate: 5 }, context: { previous: sub('甲镇', 2023, { enforcement_cert_rate: 95.3, reconsideration_correction_rate: 10 }) }, level: 'green' },
  { rule: 'rate-below-median', values: { enforcement_cert_rate: 80 }, context: { countyMedians: { enforcement_cert_rate: 90 } }, level: 'yellow', message: '行政执法人员持证率 80%，差于全县中位数 90%' },
  { rule: 'rate-below-median', values: { reconsideration_correction_rate: 5 }, context: { countyMedians: { reconsideration_correction_rate: 10 } }, level: 'green' },
  { rule: 'core-completeness', values: { enforcement_staff: 3, enforcement_certified: null, enforcement_cert_rate: 100 }, level: 'yellow', message: '核心指标完整率 66.7%（2/3），低于 80%' },
  { rule: 'core-completeness', values: { enforcement_staff: 0, enforcement_certified: 0, enforcement_cert_rate: null }, level: 'green' },
  { rule: 'annual-report-late', values: { annual_report_submitted_on_time: 0 }, level: 'yellow', message: '法治政府建设年度报告未按时报送' },
  { rule: 'annual-report-late', values: { annual_report_submitted_on_time: 1 }, level: 'green' },
  { rule: 'validation-warnings', values: {}, context: { issues: [issue('warning', '甲镇', 2024), issue('warning', '甲镇', 2024)] }, level: 'yellow', message: '数据有 2 处疑问待核实' },
  { rule: 'validation-warnings', values: {}, context: { issues: [] }, level: 'green' },
]

describe('the default flag rules', () => {
  it.each(cases)('$rule gives $level for $values', ({ rule, values, context, level, message }) => {
    const result = evaluateFlags(sub('甲镇', 2024, values), { registry, ...context }, only(rule))
    expect(result.level).toBe(level)
    expect(result.reasons.map(r => r.message)).toEqual(message ? [message] : [])
  })

  it('has a passing and a failing case for every default rule', () => {
    for (const rule of DEFAULT_FLAG_RULES.rules) {
      const levels = cases.filter(c => c.rule === rule.id).map(c => c.level)
      expect(levels, rule.id).toContain('green')
      expect(levels, rule.id).toContain(rule.level)
    }
  })

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_FLAG_RULES))).toEqual(DEFAULT_FLAG_RULES)
  })
})

describe('evaluateFlags', () => {
  it('is red when a red rule fires, listing red reasons before yellow ones', () => {
    const s = sub('甲镇', 2024, { litigation_lost: 1, enforcement_cert_rate: 96 })
    const result = evaluateFlags(s, { registry, countyMedians: { enforcement_cert_rate: 98 }, previous: null }, DEFAULT_FLAG_RULES)
    expect(result.level).toBe('red')
    expect(result.reasons.map(r => [r.ruleId, r.level])).toEqual([
      ['litigation-lost', 'red'], ['rate-below-median', 'yellow'], ['core-completeness', 'yellow'],
    ])
  })

  it('is grey when no rule could be checked', () => {
    const result = evaluateFlags(sub('甲镇', 2024, {}), { registry }, only('litigation-lost'))
    expect(result.level).toBe('grey')
    expect(result.checks).toEqual([{ ruleId: 'litigation-lost', indicator: 'litigation_lost', status: 'no-data', level: 'grey' }])
  })

  it('reports a zero-denominator rate as not applicable, not as missing', () => {
    const s = sub('甲镇', 2024, { enforcement_staff: 0, enforcement_certified: 0 })
    const check = evaluateFlags(s, { registry }, only('enforcement-cert-target')).checks[0]
    expect(check).toMatchObject({ status: 'not-applicable', level: 'grey' })
  })

  it('skips rules naming an indicator the registry does not have', () => {
    const rules: FlagRules = { version: 1, rules: [{ id: 'x', type: 'value', level: 'red', indicator: 'no_such_id', op: '>', threshold: 0, message: 'x' }] }
    expect(evaluateFlags(sub('甲镇', 2024, { no_such_id: 5 }), { registry }, rules)).toEqual({ level: 'grey', reasons: [], checks: [] })
  })

  it('does not mutate the submission', () => {
    const s = sub('甲镇', 2024, { litigation_lost: 1 })
    const copy = structuredClone(s)
    evaluateFlags(s, { registry }, DEFAULT_FLAG_RULES)
    expect(s).toEqual(copy)
  })
})

describe('reasons in English', () => {
  it.each([
    ['litigation-lost', { litigation_lost: 1 }, '1 administrative lawsuits lost'],
    ['head-appearance', { head_appearance_rate: 50, litigation_hearings: 2 }, /^[^\u4e00-\u9fff]+ 50%: hearings held but below 100%$/],
    ['enforcement-cert-target', { enforcement_cert_rate: 90 }, /^[^\u4e00-\u9fff]+ 90%, below the county target of 95%$/],
  ] as const)('%s fills message_en with English labels', (rule, values, expected) => {
    const [reason] = evaluateFlags(sub('甲镇', 2024, values), { registry }, only(rule)).reasons
    expect(reason?.message_en).toMatch(expected)
  })
  it('gives every bundled and default rule an English reason', async () => {
    const bundled = (await import('../../../data/flags.json')).default.rules
    expect([...bundled, ...DEFAULT_FLAG_RULES.rules].filter(r => typeof r.message_en !== 'string' || /[\u4e00-\u9fff]/.test(r.message_en)).map(r => r.id)).toEqual([])
  })
})
