// The kinds of error issue 11 found on real reports, one table per kind, each case a sentence in our
// own words from a 2024 report: the figures it must give ('*' preferred, '!' partial, '?' unsure).
import { describe, expect, it } from 'vitest'
import { extractReport } from '@/core/extract/extract'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const TITLE = '青石镇2024年度法治政府建设情况报告\n'

/** Every candidate of one sentence: 'indicator=value', '*' when preferred, '!' partial, '?' unsure. */
function read(sentence: string): string[] {
  return extractReport(TITLE + sentence, { registry }).values.map(v =>
    `${v.indicator}=${v.value}${v.preferred ? '*' : ''}${v.partial ? '!' : ''}${v.unsure ? '?' : ''}`)
}

describe('the count before its noun or verb', () => {
  it.each([
    ['听取 … 汇报 after the count', '镇党委今年4次听取法治建设工作汇报。', ['rule_of_law_meetings=4*']],
    ['a meeting named after the count', '全年召开3次专题会议研究法治工作。', ['rule_of_law_meetings=3*']],
    ['the leading group by name', '全年召开依法治镇领导小组会议2次。', ['rule_of_law_meetings=2*']],
    ['专题党委会', '召开专题党委会5次，研究部署法治政府建设。', ['rule_of_law_meetings=5*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('one figure for two rates', () => {
  it.each([
    ['审查率 and 报备率 of documents', '全年规范性文件审查率和报备率均达到100%。', ['normative_doc_filing_rate=100*', 'normative_doc_review_rate=100*']],
    ['审查率 of decisions stays with decisions', '重大行政决策合法性审查率达100%，规范性文件备案率100%。', ['major_decision_review_rate=100*', 'normative_doc_filing_rate=100*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence).sort()).toEqual(expected.sort())
  })
})

describe('who is counted', () => {
  it.each([
    ['all cadres are not the leadership group', '组织全体机关干部集体学法10次。', ['collective_law_study=10?']],
    ['party branches', '各村党支部结合三会一课开展集中学法20次。', ['collective_law_study=20?']],
    ['the leadership group is', '镇党委理论学习中心组集体学法6次。', ['collective_law_study=6*']],
    ['a lecture for cadres is no publicity', '为镇村干部举办法治讲座3场。', ['publicity_events=3?']],
    ['a lecture for villagers is', '在各村为村民举办法治讲座9场。', ['publicity_events=9*']],
    ['training of village cadres is no enforcement training', '组织镇村干部开展法律知识培训4期。', ['enforcement_training=4?']],
    ['training of enforcement staff is', '组织执法人员开展法律知识培训4期。', ['enforcement_training=4*']],
    ['mediators are no legal advisers', '聘请由律师和人民调解员组成的法律顾问团队8名。', ['legal_advisors=8?']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('wording outside the aliases', () => {
  it.each([
    ['主题宣传', '开展“宪法进万家”主题宣传11次。', ['publicity_events=11*']],
    ['院坝会 about law', '召开普法院坝会36场。', ['publicity_events=36*']],
    ['院坝会 about something else is no publicity', '召开院坝会36场，听取群众对道路建设的意见。', []],
    ['小册子', '印发法治小册子2500册。', ['publicity_materials=2500*']],
    ['明白纸', '发放法治明白纸4000张。', ['publicity_materials=4000*']],
    ['已办结 of petitions', '受理群众信访事项16件，已办结15件。', ['petitions=16*', 'petitions_concluded=15*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('several figures for one indicator in one sentence', () => {
  it.each([
    ['two activities, no total', '开展主题宣传7次，召开院坝会25场。', ['publicity_events=7!', 'publicity_events=25!']],
    ['two meetings, no total', '召开依法治镇领导小组会议2次、专题党委会3次。', ['rule_of_law_meetings=2!', 'rule_of_law_meetings=3!']],
    ['a total, then its parts', '共开展普法活动40场，其中法治讲座12场。', ['publicity_events=40*', 'publicity_events=12!']],
    ['a total stated with 包括', '全年开展普法活动30场，包括院坝会普法18场。', ['publicity_events=30*', 'publicity_events=18!']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('carry-over', () => {
  it.each([
    ['a total with carried-in cases gives the new ones', '办理行政复议案件7件（含上年结转3件）。', ['reconsideration_received=4*', 'reconsideration_carried_in=3*']],
    ['litigation', '全年应诉行政诉讼案件5件（含上年结转1件）。', ['litigation_cases=4*', 'litigation_carried_in=1*']],
    ['new cases stated are kept', '被申请行政复议5件，其中新收4件、上年结转1件。', ['reconsideration_received=5', 'reconsideration_received=4*', 'reconsideration_carried_in=1*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('figures it cannot assign', () => {
  it('lists a figure of a sentence that names an indicator as unreadable, with its sentence', () => {
    const r = extractReport(`${TITLE}规范性文件方面，本年度镇政府提请县司法局前置把关4件。`, { registry })
    expect(r.values).toEqual([])
    expect(r.unreadable).toEqual([expect.objectContaining({ text: '4件', evidence: '规范性文件方面，本年度镇政府提请县司法局前置把关4件。' })])
    expect(r.unreadable[0]?.indicators).toContain('normative_docs')
  })

  it('lists a figure no cue takes when the sentence names the indicator (法律顾问和调解员)', () => {
    const r = extractReport(`${TITLE}配备法律顾问和人民调解员共31名。`, { registry })
    expect(r.values).toEqual([])
    expect(r.unreadable.map(u => u.text)).toEqual(['31名'])
  })

  it('lists nothing for figures of sentences that name no indicator', () => {
    expect(extractReport(`${TITLE}全镇共有常住人口3.2万人，辖12个村。`, { registry }).unreadable).toEqual([])
  })
})

describe('checks inside a report', () => {
  it.each([
    ['a win rate beside fewer wins than cases', '全年应诉行政案件6件，胜诉5件，胜诉率100%。', true],
    ['a win rate that fits its counts', '全年应诉行政案件6件，审结6件，胜诉6件，胜诉率100%。', false],
    ['a certification rate off its counts', '全镇有行政执法人员34名，持证执法人员33名，持证率100%。', true],
    ['a rate within rounding', '全镇有行政执法人员34名，持证执法人员33名，持证率97.1%。', false],
  ])('%s (warning: %s)', (_, sentence, warned) => {
    const r = extractReport(TITLE + sentence, { registry })
    expect(r.warnings.some(w => w.includes('V03'))).toBe(warned)
    expect(r.values.some(v => v.unit === '%' && (v.note ?? '').includes('V03'))).toBe(warned)
  })
})
