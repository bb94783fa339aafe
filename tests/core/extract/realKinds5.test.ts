// Kinds of the tune4 split of real reports (issue 11), each as a sentence in our own words from a
// 2024 report: '*' preferred, '!' partial, '?' unsure (held for review with a reason).
import { describe, expect, it } from 'vitest'
import { extractReport } from '@/core/extract/extract'
import { readHeader } from '@/core/extract/header'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const TITLE = '青石镇2024年度法治政府建设情况报告\n'

function read(text: string): string[] {
  return extractReport(TITLE + text, { registry }).values.map(v =>
    `${v.indicator}=${v.value}${v.preferred ? '*' : ''}${v.partial ? '!' : ''}${v.unsure ? '?' : ''}`)
}

describe('study at the weekly staff meeting is no 集体学法', () => {
  it.each([
    ['the weekly meeting’s study beside a monthly party-committee study', '全年开展周一例会学法10次、党委会学法每月1次，组织干部职工学习法律法规8次。', ['collective_law_study=10?', 'collective_law_study=8?']],
    ['a cadres’ assembly', '利用机关干部大会会前学法7次。', ['collective_law_study=7?']],
    ['the party committee’s own 会前学法 stays sure', '镇党委会会前学法9次。', ['collective_law_study=9*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('handled requests for disclosure and first readings of documents', () => {
  it.each([
    ['requests handled for residents', '全年办理群众政府信息公开5件，均按期答复。', ['disclosure_requests=5*']],
    ['requests received', '受理政府信息公开申请3件。', ['disclosure_requests=3*']],
    ['information published stays a disclosure', '通过网站主动公开政府信息41条。', ['disclosures=41*']],
    ['a first reading of a normative document waits for review', '合法性审查合同30份，行政规范性文件初审2件。', ['contracts_reviewed=30*', 'normative_docs_reviewed=2?']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('a heading that holds the word 街道 names no township', () => {
  it.each([
    ['法治街道 in a numbered heading', '2024年，柳岸街道认真贯彻上级关于法治建设的各项部署，依法履行职责，推动各项工作纳入法治轨道。\n一、主要举措和成效\n（一）加强法治街道建设，持续推进质效提升\n全年召开专题会议4次。', '柳岸街道'],
    ['法治乡村 in a heading', '2024年，河口乡坚持依法行政，认真落实上级关于法治政府建设的部署，为全乡发展提供法治保障。\n一、主要举措\n（二）推进法治乡建设，夯实基层基础\n', '河口乡'],
  ])('%s', (_, text, township) => {
    expect(readHeader(text).township).toBe(township)
  })
})

describe('counts before their nouns in a list, and zeros in brackets', () => {
  it.each([
    ['two cases, each count before its noun', '全年共办理3件行政复议、5件行政诉讼，均依法应诉。', ['reconsideration_received=3*', 'litigation_cases=5*']],
    ['the nouns before their counts still read', '行政复议3件、行政诉讼5件。', ['reconsideration_received=3*', 'litigation_cases=5*']],
    ['a lecture count before its noun beside materials after theirs', '举办法律讲座4场、发放宣传资料3000份。', ['publicity_events=4*', 'publicity_materials=3000*']],
    ['a zero by negation in brackets', '全年收到法院判决书9份（无行政败诉），调解书2份。', ['litigation_lost=0*']],
    ['the activity word after 集体学法', '组织领导班子开展集体学法活动6次，主要领导讲法治课1次。', ['collective_law_study=6*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})
