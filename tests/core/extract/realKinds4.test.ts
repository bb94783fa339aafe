// Kinds of the tune3 split of real reports (issue 11), each as a sentence in our own words from a
// 2024 report: '*' preferred, '!' partial, '?' unsure (held for review with a reason).
import { describe, expect, it } from 'vitest'
import { extractReport } from '@/core/extract/extract'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const TITLE = '青石镇2024年度法治政府建设情况报告\n'

function read(text: string): string[] {
  return extractReport(TITLE + text, { registry }).values.map(v =>
    `${v.indicator}=${v.value}${v.preferred ? '*' : ''}${v.partial ? '!' : ''}${v.unsure ? '?' : ''}`)
}

describe('the leadership’s study and the other study of one sentence', () => {
  it.each([
    ['the thought studied between the cue and its count', '镇党委理论学习中心组集中学习研讨习近平法治思想2次，全体机关干部集中学习宪法和民法典3次。', ['collective_law_study=2*', 'collective_law_study=3?']],
    ['the object studied before 纳入', '把习近平法治思想作为班子学习的重点内容，纳入党委理论学习中心组学习9次、专题研讨4次。', ['collective_law_study=9*']],
    ['general theory study of the centre group, no law named', '党委理论学习中心组学习9次，专题研讨4次。', []],
    ['the centre group beside another meeting’s 会前学法', '镇党委理论学习中心组开展法治专题学习6次，镇政府常务会议会前学法9次。', ['collective_law_study=6*', 'collective_law_study=9?']],
    ['two meetings’ 会前学法 without the centre group stay parts', '镇党委会会前学法6次，镇政府常务会议会前学法9次。', ['collective_law_study=6!', 'collective_law_study=9!']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('disclosed information counted in 条', () => {
  it.each([
    ['what was disclosed named between 公开 and 信息', '依托政务公开栏和政府网站，公开惠民补贴发放、项目招标等事项信息23条。', ['disclosures=23*']],
    ['the count before 条信息', '通过政府网站公开17条信息，保障群众知情权。', ['disclosures=17*']],
    ['a request for disclosure is no disclosure', '全年收到政府信息公开申请3件。', ['disclosure_requests=3*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})
