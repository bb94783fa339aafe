// More kinds found on real reports (the tune split of issue 11), each as a sentence in our own
// words from a 2024 report: '*' preferred, '!' partial, '?' unsure.
import { describe, expect, it } from 'vitest'
import { extractReport } from '@/core/extract/extract'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const TITLE = '青石镇2024年度法治政府建设情况报告\n'

function read(text: string): string[] {
  return extractReport(TITLE + text, { registry }).values.map(v =>
    `${v.indicator}=${v.value}${v.preferred ? '*' : ''}${v.partial ? '!' : ''}${v.unsure ? '?' : ''}`)
}

describe('cues real reports use', () => {
  it.each([
    ['听取法治汇报', '镇党委年内听取法治汇报3次。', ['rule_of_law_meetings=3*']],
    ['法治专题学习 after the count', '全年镇党委中心组共开展5次法治专题学习。', ['collective_law_study=5*']],
    ['study of laws named in book titles', '组织班子成员集中学习《中华人民共和国行政处罚法》、《信访工作条例》等法律法规9次。', ['collective_law_study=9*']],
    ['分发 materials', '全年分发各类宣传资料1.2万余份。', ['publicity_materials=12000*']],
    ['发放材料', '发放普法材料900份。', ['publicity_materials=900*']],
    ['合计 a little further from its cue', '全年行政处罚工作规范开展，合计214宗。', ['penalty_cases=214*']],
    ['a headcount after 共有', '全镇共有18名执法人员参与综合行政执法。', ['enforcement_staff=18*']],
    ['reviews counted in 次', '组织行政决策合法性审查6次。', ['major_decisions_reviewed=6*']],
    ['合同文书', '审查监督合同文书27份。', ['contracts_reviewed=27*']],
    ['a contract review after another figure with 、', '司法所参与班子会议7次、审核合同4份。', ['contracts_reviewed=4*']],
    ['the count before the verb that opens the meeting', '年度内3次召开专题会议研究部署法治政府建设工作。', ['rule_of_law_meetings=3*']],
    ['party committee meetings that took up the rule of law', '全年召开党委会议研究部署法治政府建设工作5次。', ['rule_of_law_meetings=5*']],
    ['法治专题党委会议', '全年召开法治专题党委会议4次。', ['rule_of_law_meetings=4*']],
    ['party committee meetings on other matters are none', '全年召开党委会议42次，研究“三重一大”事项120项。', []],
    ['查处违法行为 when nothing plainer is given', '全年查处违法行为120余件。', ['penalty_cases=120*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })

  it('prefers 处罚决定 over 查处违法行为 in one sentence', () => {
    expect(read('查处各类违法行为51起，作出行政处罚决定38宗。')).toEqual(['penalty_cases=51', 'penalty_cases=38*'])
  })

  it('takes the study named 集体学法 as the total beside special sessions', () => {
    expect(read('召开党委会开展专题学法2次，按照学法计划集体学法19次。')).toEqual(['collective_law_study=2!', 'collective_law_study=19*'])
  })

  it.each([
    ['figures after a procedure in the semicolon-clause are its part', '合计处罚案件300宗，其中简易程序210件，罚款1.5万元；普通程序90件，罚款56万元。', ['penalty_cases=300*', 'penalty_amount=15000!', 'penalty_amount=560000!']],
    ['a procedure in brackets ends there', '共办理处罚案件80件（其中简易程序案件50件），罚没款合计12万元。', ['penalty_cases=80*', 'penalty_amount=120000*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })

  it('reads a filing rate in a paragraph about documents, though the sentence does not name them', () => {
    expect(read('严格规范性文件管理，全年制发规范性文件2件。全镇备案率、合规率均达100%。')).toEqual(['normative_docs=2*', 'normative_doc_filing_rate=100*'])
  })

  it('reads a long list of negated outcomes', () => {
    expect(read('全年我镇无行政复议变更、撤销、重新作出行政行为案件和行政诉讼败诉类案件的发生。').filter(f => f.endsWith('*')).sort())
      .toEqual(['litigation_lost=0*', 'reconsideration_corrected=0*'])
  })
})

describe('figures it cannot assign', () => {
  it('lists no numeral of a slogan (四个意识, “7个一”) as unreadable', () => {
    const r = extractReport(`${TITLE}牢固树立“四个意识”，推进重大行政决策“7个一”规范化建设。`, { registry })
    expect(r.unreadable).toEqual([])
  })
})

describe('what is not the township total', () => {
  it.each([
    ['a count per village', '每个村都培养了3名法律明白人。', []],
    ['a lecture in a sentence about the leaders’ study', '党委中心组集中学习4次，举办法治讲座2次。', ['collective_law_study=4*', 'publicity_events=2?']],
    ['a lecture for the public stays', '党委中心组集中学法4次，并为村民举办法治讲座2次。', ['collective_law_study=4*', 'publicity_events=2*']],
    ['training that names no enforcement staff', '全年开展综合法律知识培训5次，机关职工全员参加。', ['enforcement_training=5?']],
    ['training of cadres and enforcement staff together', '面向镇村干部、执法人员等群体，组织法治培训25场次。', ['enforcement_training=25?']],
    ['enforcement training named as such stays', '组织执法规范化培训5场，群众满意度不断提高。', ['enforcement_training=5*']],
    ['a leader’s own lectures', '党委书记带头开展法治专题宣讲3场次。', ['publicity_events=3?']],
    ['study on another subject', '党委中心组开展主题教育集中学习5次、行政执法人员法律培训2次。', ['collective_law_study=5?', 'enforcement_training=2*']],
    ['trainings and study counted together', '镇党委组织开展各类法治培训、集中学习40余场次。', ['collective_law_study=40?']],
    ['general study beside study on law', '开展党委中心组专题学习15次、专题法治学习6次。', ['collective_law_study=15?', 'collective_law_study=6*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})
