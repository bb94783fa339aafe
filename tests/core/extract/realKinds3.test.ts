// Kinds of the held-out split of issue 11, after it was spent for tuning, each as a sentence in our
// own words from a 2024 report: '*' preferred, '!' partial, '?' unsure (held for review with a reason).
import { describe, expect, it } from 'vitest'
import { extractReport } from '@/core/extract/extract'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const TITLE = '青石镇2024年度法治政府建设情况报告\n'

function read(text: string): string[] {
  return extractReport(TITLE + text, { registry }).values.map(v =>
    `${v.indicator}=${v.value}${v.preferred ? '*' : ''}${v.partial ? '!' : ''}${v.unsure ? '?' : ''}`)
}

describe('who is counted', () => {
  it.each([
    ['the leaders’ and the members’ study forms counted together', '通过党委会、中心组学习、主题党日等形式开展法治专题学习5场。', ['collective_law_study=5?']],
    ['study of grassroots party organisations', '将学法纳入三会一课，开展基层党组织集中学习320余次。', []],
    ['cadres of the offices and the villages', '组织机关和村社干部专题学法12场次。', ['collective_law_study=12?']],
    ['a 宣讲 of party congress spirit', '围绕党的二十大精神开展宣讲活动25场。', ['publicity_events=25?']],
    ['a 宣讲 on the law', '围绕宪法和民法典开展宣讲活动25场。', ['publicity_events=25*']],
    ['a leader who leads a team to a 宣讲', '党政主要负责人带队深入社区开展法治宣讲4场。', ['publicity_events=4?']],
    ['a legal adviser’s own 宣讲', '法律顾问进村宣讲6次。', ['publicity_events=6?']],
    ['a service desk’s visitors are no petitions', '镇公共法律服务站接待来访群众1200人次。', ['petition_visitors=1200?']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('activities for one group are parts of the year’s publicity', () => {
  it.each([
    ['special groups', '针对老年人、青少年等特殊群体开展普法专场活动3场。', ['publicity_events=3!']],
    ['merchants, aimed at', '梳理商户常见法律问题，有针对性地开展普法活动15场。', ['publicity_events=15!']],
    ['a school’s audience after the year’s total', '全年开展法治宣传活动40场。开展法律进校园3次，受众师生600余人次。', ['publicity_events=40*', 'publicity_audience=600!']],
    ['a campaign named with 等 is the whole', '深化普法宣传，开展“法律进乡村”等活动24场。', ['publicity_events=24*']],
    ['the public as audience', '面向群众和企业开展普法活动36场。', ['publicity_events=36*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('which noun a count belongs to', () => {
  it.each([
    ['a numeral that opens a slogan', '构建司法所、法律顾问协同的“三位一体”审查机制。', []],
    ['a noun followed by 审查 and its count', '其中，行政规范性文件审查2件，重大行政执法决定审查9件。', ['normative_docs_reviewed=2*', 'major_enforcement_reviews=9*']],
    ['a list under one review verb', '全年审查镇政府行政规范性文件2件、重大行政决策3项、各类合同58份。', ['normative_docs_reviewed=2*', 'major_decisions_reviewed=3*', 'contracts_reviewed=58*']],
    ['a review total and its parts after 其中', '全年开展合法性审查400件，其中规范性文件3件、重大行政决策5件、镇村合同392件。', ['legality_reviews=400*', 'normative_docs_reviewed=3*', 'major_decisions_reviewed=5*', 'contracts_reviewed=392*']],
    ['decisions made, then reviewed', '重大行政决策均经合法性审查，全年作出重大行政决策2项，经合法性审查2项。', ['major_decisions=2*', 'major_decisions_reviewed=2*']],
    ['a review count over several kinds of objects', '对重大决策、规范性文件及镇村合同开展全流程审查860件。', ['legality_reviews=860*']],
    ['a review count over contracts and decisions', '完成重要合同、重大行政决策合法性审核210项。', ['legality_reviews=210*']],
    ['the reviewed decisions after their count', '12项重大决策事项逐一经过合法性审查。', ['major_decisions_reviewed=12*']],
    ['a filing with a qualifier before the noun', '向县司法局报备疑似规范性文件12件。', ['normative_docs_filed=12*']],
    ['documents about decisions are no decisions', '政务公开栏公开重大决策文件40件。', []],
    ['a verb of its own after the comma', '全年未制发行政规范性文件，清理以往文件11件，废止2件。', ['normative_docs=0*', 'normative_docs_repealed=2*']],
    ['contracts signed are no reviews', '签订合同12份。', []],
    ['a bare 覆盖率 after the villages’ advisers', '全镇12个村都聘请律师担任法律顾问，覆盖率达100%。', ['village_legal_advisor_coverage=100*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('meetings of the body set up for the rule of law', () => {
  it.each([
    ['依法治镇领导机构会议', '全年召开依法治镇领导机构会议2次。', ['rule_of_law_meetings=2*']],
    ['the leading group the sentence sets up', '成立法治政府建设工作领导小组，全年召开领导小组会议3次。', ['rule_of_law_meetings=3*']],
    ['a 专题部署会议 in a sentence on the rule of law', '召开专题部署会议4次，研究解决法治阵地建设等问题。', ['rule_of_law_meetings=4*']],
    ['another leading group', '召开安全生产领导小组会议5次。', []],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('counts before their noun, zeros, carry-over, pending and years', () => {
  it.each([
    ['a headcount after 全乡', '全乡3名执法人员全部取得行政执法证。', ['enforcement_staff=3*']],
    ['no documents issued, the verb after the noun', '全年无规范性文件制发。', ['normative_docs=0*']],
    ['carried-in requests after 其中', '受理依申请公开7件，其中上年结转1件，均已按期办结。', ['disclosure_requests=6*', 'disclosure_requests_carried_in=1*']],
    ['meetings counted before their noun, 专题研究 after it', '召开2次党委会议专题研究法治政府建设工作。', ['rule_of_law_meetings=2*']],
    ['disputes taken up, kinds named between verb and noun', '街道人民调解委员会受理物业、邻里等纠纷213件，调解成功205件。', ['disputes_mediated=213*', 'disputes_resolved=205*']],
    ['尚有 before a pending case', '本年度办理行政复议案件5件，已审结4件，尚有1件在审理中。', ['reconsideration_received=5*', 'reconsideration_concluded=4*', 'reconsideration_pending=1*']],
    ['仍有 before what is left over', '仍有2名执法人员未取得执法证。', []],
    ['均经合法性审核 without a count of its own', '制发行政规范性文件2件，均经合法性审核。', ['normative_docs=2*', 'normative_docs_reviewed=2?']],
    ['training where the sentence names 基层干部', '开展法律法规专题培训7场次，常态化开展执法人员素养提升行动，提高基层干部法治能力。', ['enforcement_training=7?']],
    ['a single year after a span of years', '近三年行政诉讼案件逐年下降，2024年被诉行政案件2件。', ['litigation_cases=2*']],
    ['a span of years alone', '近三年累计办理行政诉讼案件9件。', []],
    ['one festival’s activity', '结合瑶族盘王节开展民族团结和法治宣传1场。', ['publicity_events=1!']],
    ['a list of days is the whole campaign', '结合国家宪法日、民法典宣传月开展法治宣传活动28场。', ['publicity_events=28*']],
    ['a rate named with its own noun', '全年审查行政规范性文件2件、重大行政决策3项，规范性文件审查率达到100%。', ['normative_docs_reviewed=2*', 'major_decisions_reviewed=3*', 'normative_doc_review_rate=100*']],
    ['a bare 覆盖率 of decision reviews', '重大决策和重大合同的合法性审查做到全覆盖，覆盖率100%。', ['major_decision_review_rate=100*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})

describe('phrasings beyond the real reports read (own words)', () => {
  it.each([
    ['a body’s meetings whose rule-of-law part follows 其中', '全年共召开党委会议36次，其中专题研究法治建设工作3次。', ['rule_of_law_meetings=3*']],
    ['two bodies’ meetings on the rule of law', '召开党委会、政府常务会专题研究法治政府建设工作6次。', ['rule_of_law_meetings=6*']],
    ['study of which law is the part after 其中', '党委理论学习中心组集中学习24次，其中学习法律法规6次。', ['collective_law_study=6*']],
    ['law named in the clause before the study', '将法治思想纳入党委理论学习中心组学习计划，全年开展专题学习9次。', ['collective_law_study=9*']],
    ['the villages’ advisers are not the government’s', '全镇共有村（社区）法律顾问15名，实现村（社区）法律顾问全覆盖。', []],
    ['lawyers serving the township government', '聘请2名律师担任镇政府法律顾问。', ['legal_advisors=2*']],
    ['kinds of materials listed before 等资料', '累计发放宣传手册、折页等资料8000余份。', ['publicity_materials=8000*']],
    ['disputes screened by the mediation committee', '人民调解委员会排查纠纷120件。', []],
    ['a named form of publicity', '在6个行政村开展法治流动课堂18次。', ['publicity_events=18*']],
    ['one subject’s campaign', '开展禁毒宣传活动12场，发放禁毒宣传资料3000份。', ['publicity_events=12!', 'publicity_materials=3000!']],
    ['a list of subjects is the whole', '围绕宪法、民法典、禁毒、反诈等主题开展普法活动80场。', ['publicity_events=80*']],
    ['materials of several kinds, one of a subject', '深化普法宣传，发放民法典读本、反诈宣传折页等资料1.86万份。', ['publicity_materials=18600*']],
  ])('%s', (_, sentence, expected) => {
    expect(read(sentence)).toEqual(expected)
  })
})
