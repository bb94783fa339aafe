// What real reports write, sentence by sentence: each case is one sentence of a 2024 report and the
// figures it must give (indicator, value, and the year when it is not 2024), or none.
import { describe, expect, it } from 'vitest'
import { extractReport } from '@/core/extract/extract'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()
const TITLE = '青石镇2024年度法治政府建设情况报告\n'

/** The figures of one sentence in a 2024 report: 'indicator=value' (+ '@year', '~' approx, '!' partial). */
function figures(sentence: string): string[] {
  return extractReport(TITLE + sentence, { registry }).values.map(v =>
    `${v.indicator}=${v.value}${v.year === 2024 ? '' : `@${v.year}`}${v.approx ? '~' : ''}${v.partial ? '!' : ''}`)
}

describe('extractReport reads the figures real reports write', () => {
  it.each([
    ['a number with spaces around it', '全年共办理行政处罚案件 731 宗。', ['penalty_cases=731']],
    ['件', '受理行政复议案件2件。', ['reconsideration_received=2']],
    ['起', '成功调解矛盾纠纷45起。', ['disputes_resolved=45']],
    ['个 for cases', '行政处罚案件数268个。', ['penalty_cases=268']],
    ['次', '开展行政执法检查76次。', ['inspections=76']],
    ['场', '举办法律讲座12场。', ['publicity_events=12']],
    ['场次', '开展法治宣传活动18场次。', ['publicity_events=18']],
    ['期', '举办执法人员培训班3期。', ['enforcement_training=3']],
    ['批次', '接待群众来信来访21批次。', ['petitions=21']],
    ['条', '主动公开政府信息312条。', ['disclosures=312']],
    ['份', '发放宣传资料3600份。', ['publicity_materials=3600']],
    ['册', '发放法治宣传册800册。', ['publicity_materials=800']],
    ['名', '培育“法律明白人”96名。', ['legal_literate_persons=96']],
    ['人', '全镇共有行政执法人员23人。', ['enforcement_staff=23']],
    ['人次', '组织执法人员参加培训115人次。', ['enforcement_training_attendance=115']],
    ['项', '梳理基本履职事项118项。', ['duty_list_items=118']],
    ['学时 per person', '执法人员人均培训学时达到62学时。', ['enforcement_training_hours_per_capita=62']],
    ['a Chinese numeral', '开展普法讲座四场。', ['publicity_events=4']],
    ['a Chinese numeral with 万余', '法治宣传覆盖群众两万余人次。', ['publicity_audience=20000~']],
    ['千余', '现场解答法律咨询千余人次。', ['legal_consultations=1000~']],
    ['a decimal with 万余', '受教育群众达3.3万余人次。', ['publicity_audience=33000~']],
    ['万元, converted to 元', '全年罚没金额294.65万元。', ['penalty_amount=2946500']],
    ['a percentage after 达 and a space', '执法人员持证上岗率达 100%。', ['enforcement_cert_rate=100']],
    ['a percentage with decimals', '矛盾纠纷调解成功率99.14%。', ['mediation_success_rate=99.14']],
    ['a percentage with 以上 as a bound', '信访事项按期办结率保持在98%以上。', ['petition_conclusion_rate=98~']],
    ['a cue after the figure', '全年开展6次集中学法活动，发放1200余份宣传资料。', ['collective_law_study=6', 'publicity_materials=1200~']],
    ['约 before the figure', '为群众提供法律咨询约300人次。', ['legal_consultations=300~']],
  ])('reads %s', (_, sentence, expected) => {
    expect(figures(sentence)).toEqual(expected)
  })

  it.each([
    ['持证上岗率、年度培训覆盖率双100%', '全镇执法人员持证上岗率、年度培训覆盖率双100%。', ['enforcement_cert_rate=100']],
    ['出庭应诉率与案件胜诉率均达100%', '行政机关负责人出庭应诉率与案件胜诉率均达100%。', ['head_appearance_rate=100', 'litigation_win_rate=100']],
    ['分别为 over two rates', '规范性文件合法性审核率、报备率分别为100%、95%。', ['normative_doc_review_rate=100', 'normative_doc_filing_rate=95']],
  ])('shares one percentage between rates: %s', (_, sentence, expected) => {
    expect(figures(sentence).sort()).toEqual(expected.sort())
  })

  it.each([
    ['无…纠错及…败诉情况', '全年无行政复议纠错及行政诉讼败诉情况。', ['litigation_lost=0', 'reconsideration_corrected=0']],
    ['未制定规范性文件', '本年度未制定规范性文件。', ['normative_docs=0']],
    ['未发生…和…案件', '全年未发生行政复议和行政诉讼案件。', ['litigation_cases=0', 'reconsideration_received=0']],
    ['无一例败诉', '近年来应诉案件无一例败诉。', ['litigation_lost=0']],
    ['未被申请行政复议', '本年度我镇未被申请行政复议。', ['reconsideration_received=0']],
    ['a negation of only some cases, which is no zero', '全年无一起因执法不当引发的行政复议案件。', []],
    ['a negation of an act, which is no zero', '执法人员未按规定出示执法证件。', []],
  ])('reads a zero stated by negation: %s', (_, sentence, expected) => {
    expect(figures(sentence).sort()).toEqual(expected.sort())
  })

  it('reads the old and the new value of 由…增至…', () => {
    expect(figures('行政检查次数由上年的80次增至96次，持证率由2023年的85%提升至100%。'))
      .toEqual(['inspections=80@2023', 'inspections=96', 'enforcement_cert_rate=85@2023', 'enforcement_cert_rate=100'])
  })

  it('reads the figures of an earlier year in the year the sentence names', () => {
    expect(figures('2023年，我镇应诉行政案件4件，审结4件，胜诉3件；今年以来共收到行政复议申请2件。'))
      .toEqual(['litigation_cases=4@2023', 'litigation_concluded=4@2023', 'litigation_won=3@2023', 'reconsideration_received=2'])
  })

  it('takes the new cases out of a count that includes carried-over cases, and lists the carried-over cases', () => {
    const r = extractReport(`${TITLE}全年共办理被申请行政复议案件3件（含2023年结转1件），已审结2件。`, { registry })
    expect(r.values.map(v => [v.indicator, v.value, v.year])).toEqual([
      ['reconsideration_received', 2, 2024], ['reconsideration_carried_in', 1, 2024], ['reconsideration_concluded', 2, 2024],
    ])
    expect(r.values[0]?.note).toContain('原文3件含上年结转1件')
  })

  it('marks a figure of part of the year as partial and keeps it preferred', () => {
    const [v] = extractReport(`${TITLE}截至11月底，共开展行政检查58次。`, { registry }).values
    expect(v).toMatchObject({ indicator: 'inspections', value: 58, partial: true, preferred: true })
    expect(v?.note).toContain('截至11月底')
  })

  it('marks a campaign figure as partial and prefers the total', () => {
    const r = extractReport(`${TITLE}全年共开展行政检查120次。在食品安全专项整治行动中，开展行政检查35次。`, { registry })
    expect(r.values.map(v => [v.value, v.partial, v.preferred])).toEqual([[120, false, true], [35, true, false]])
  })

  it('marks a figure of one procedure type as partial, not the figures after it', () => {
    expect(figures('办理行政处罚案件53件，简易程序处罚案件31件，罚没款6.8万元。'))
      .toEqual(['penalty_cases=53', 'penalty_cases=31!', 'penalty_amount=68000'])
  })

  it('marks a sub-item after 其中 as partial', () => {
    const r = extractReport(`${TITLE}共受理行政复议案件5件，其中被申请行政复议案件3件。`, { registry })
    expect(r.values.map(v => [v.indicator, v.value, v.partial, v.preferred])).toEqual([
      ['reconsideration_received', 5, false, true], ['reconsideration_received', 3, true, false],
    ])
  })

  it('lists every candidate of one indicator and prefers the stated total', () => {
    const r = extractReport(`${TITLE}今年开展行政检查12次。全年累计开展行政检查40次。`, { registry })
    expect(r.values.map(v => [v.value, v.preferred])).toEqual([[12, false], [40, true]])
  })
})

describe('extractReport leaves alone what is not an indicator value', () => {
  it.each([
    ['a target', '每季度开展法治宣传活动不少于4次。'],
    ['an aim', '力争全年开展普法活动20场以上。'],
    ['a plan', '计划开展执法培训3期。'],
    ['a plan for next year', '2025年将开展法治讲座10场。'],
    ['an increase', '今年新增法律明白人3名。'],
    ['a growth rate', '行政处罚案件同比增长23%。'],
    ['percentage points', '持证上岗率提高5个百分点。'],
    ['a decrease against a baseline year', '信访件较2023年下降12件。'],
    ['a document number', '印发《关于加强行政执法的通知》（青府发〔2024〕26号）。'],
    ['a festival', '围绕“3·15”“12·4”等节点开展宣传。'],
    ['a date', '报告于2024年12月2日报送。'],
    ['a meeting ordinal', '召开党委第四次会议研究法治建设。'],
    ['a plenary session', '深入学习六届七次全会精神。'],
    ['exam statistics', '组织执法人员参加资格考试，参考率100%，合格率96%，优秀率40%。'],
    ['a phone number', '公布法律服务热线0831-1234567。'],
    ['a code', '统一社会信用代码11510000MB1234567X。'],
    ['masked digits', '全年办理行政处罚案件**件，罚没金额XX元。'],
    ['masked digits with ×', '培训执法人员××人次。'],
    ['a digit next to a mask', '开展行政检查1*次。'],
    ['an idiom with 一', '在一次环境执法检查中发现问题。'],
    ['a frequency', '每月开展行政检查2次。'],
    ['figures of several years', '2021年以来累计办理行政处罚案件560件。'],
    ['a count of a different thing near a cue', '执法人员参加培训合格率达95%。'],
    ['what remains to be done', '仍有2名执法人员未取得执法证。'],
    ['a duration', '案件平均办理时间缩短至3个工作日。'],
    ['a subset after 中', '全镇执法人员中具有法律职业资格的仅5人。'],
    ['个 far from its cue', '建成矛盾纠纷调处化解中心1个。'],
    ['two verbs sharing one noun', '全年审核、备案规范性文件3件、2件。'],
    ['a figure not followed by the noun it counts', '开展3起行政复议案件的应诉答辩。'],
  ])('extracts nothing from %s', (_, sentence) => {
    expect(figures(sentence)).toEqual([])
  })

  it('reads past a stray annotation inside a word', () => {
    expect(figures('全镇共有执法[1]人员28名。')).toEqual(['enforcement_staff=28'])
  })

  it('extracts nothing from a figure in the next-year section', () => {
    const text = `${TITLE}一、主要举措和成效\n开展行政检查30次。\n二、下一年度工作安排\n开展行政检查40次。\n`
    expect(extractReport(text, { registry }).values.map(v => v.value)).toEqual([30])
  })
})

/** The preferred figures of one sentence in a 2024 report, as figures() writes them. */
function preferred(text: string): string[] {
  return extractReport(TITLE + text, { registry }).values.filter(v => v.preferred).map(v =>
    `${v.indicator}=${v.value}${v.year === 2024 ? '' : `@${v.year}`}${v.approx ? '~' : ''}${v.partial ? '!' : ''}`)
}

describe('extractReport reads the wordings the evaluation corpus taught', () => {
  it.each([
    ['参与 before a verb cue, which is no 与 joining two verbs', '法律顾问参与审核合同22件。', ['contracts_reviewed=22']],
    ['各类 between a verb and its noun', '全年审查各类合同27份，共受理各类矛盾纠纷64件。', ['contracts_reviewed=27', 'disputes_mediated=64']],
    ['a per-capita time named by its unit', '执法人员人均完成培训学习58学时。', ['enforcement_training_hours_per_capita=58']],
    ['a count in 个 after 总数达到 and a bracketed label', '全镇市级民主法治示范村（社区）累计达到3个。', ['democracy_law_villages=3']],
    ['carried-over disclosure requests', '本年新收政府信息公开申请6件，上年结转1件。', ['disclosure_requests=6', 'disclosure_requests_carried_in=1']],
    ['a lawsuit caused by disclosure', '因政府信息公开引发行政诉讼1件。', ['disclosure_litigations=1']],
    ['lawyers serving as advisers', '聘请3名律师担任常年法律顾问。', ['legal_advisors=3']],
    ['attendance in 人次 after a training cue', '全年组织执法人员参加培训3期，累计培训97人次。', ['enforcement_training=3', 'enforcement_training_attendance=97']],
    ['a second figure sharing the cue of the first', '共接待来访群众45批次、132人次。', ['petitions=45', 'petition_visitors=132']],
    ['thousands grouped by a space', '全年开展行政检查 2 048 次，罚没款 12 500 元。', ['inspections=2048', 'penalty_amount=12500']],
    ['a percentage written out with a decimal', '执法人员持证率达到百分之九十五点五。', ['enforcement_cert_rate=95.5']],
    ['百分之百', '矛盾纠纷调解成功率为百分之百。', ['mediation_success_rate=100']],
    ['活动 in a paragraph about 普法', '（三）普法宣传。开展“法治进校园”等活动17场。', ['publicity_events=17']],
    ['成功率 and 成功 in a paragraph about disputes', '调处纠纷40件，成功38件，成功率95%。', ['disputes_mediated=40', 'disputes_resolved=38', 'mediation_success_rate=95']],
    ['化解 in a paragraph about petitions', '受理信访事项22件，化解21件。', ['petitions=22', 'petitions_concluded=21']],
    ['a pending case named after its figure', '被申请行政复议案件4件，审结3件，1件尚在审理中。', ['reconsideration_received=4', 'reconsideration_concluded=3', 'reconsideration_pending=1']],
    ['另有, which adds a figure rather than naming what remains', '应诉案件2件，审结1件，另有1件未审结。', ['litigation_cases=2', 'litigation_concluded=1', 'litigation_pending=1']],
    ['审查率 in a sentence about decisions', '作出重大行政决策3项，审查率100%。', ['major_decisions=3', 'major_decision_review_rate=100']],
    ['major enforcement decisions reviewed', '审核重大执法决定6件。', ['major_enforcement_reviews=6']],
    ['对…进行法制审核', '对9件重大执法决定进行了法制审核。', ['major_enforcement_reviews=9']],
    ['对…进行合法性审核 of normative documents', '对2件规范性文件进行合法性审核。', ['normative_docs_reviewed=2']],
    ['执法 inside a case-file cue', '评查执法案卷35卷。', ['case_files_reviewed=35']],
    ['覆盖居民', '法治宣传覆盖居民1.2万人次。', ['publicity_audience=12000']],
    ['a booklet in a paragraph about 普法', '（一）普法宣传。发放普法手册900册。', ['publicity_materials=900']],
    ['documents still in force', '清理后现行有效的规范性文件共5件。', ['normative_docs_in_force=5']],
    ['a figure in brackets right after its cue', '开展行政检查（共计88次）。', ['inspections=88']],
    ['达到了 before a rate', '负责人出庭应诉率达到了100%。', ['head_appearance_rate=100']],
    ['a rate of 0 without a percent sign', '行政诉讼败诉率为0，复议纠错率为零。', ['litigation_loss_rate=0', 'reconsideration_correction_rate=0']],
    ['counts stated respectively for two verbs', '受理、办结信访事项分别为25件、24件。', ['petitions=25', 'petitions_concluded=24']],
    ['review and filing respectively', '全年审核、备案规范性文件分别为4件、4件。', ['normative_docs_reviewed=4', 'normative_docs_filed=4']],
  ])('reads %s', (_, sentence, expected) => {
    expect(figures(sentence)).toEqual(expected)
  })

  it.each([
    ['未采取', '本年度未采取行政强制措施。', ['coercion_cases=0']],
    ['a qualifier shared by two nouns', '全年未发生因信息公开引起的行政复议和行政诉讼案件。', ['disclosure_litigations=0', 'disclosure_reconsiderations=0']],
    ['均为零 after a list', '本年度行政复议和行政诉讼案件均为零。', ['litigation_cases=0', 'reconsideration_received=0']],
    ['an aim of zero, which is no zero', '力争行政复议纠错案件为零。', []],
  ])('reads a zero: %s', (_, sentence, expected) => {
    expect(figures(sentence).sort()).toEqual(expected)
  })

  it.each([
    ['2022年全年 keeps its year', '2022年全年受理信访事项40件。', ['petitions=40@2022']],
    ['a baseline 由去年的 ends at 增至', '持证人数由去年的10人增至12人，办理行政处罚案件30件。', ['enforcement_certified=10@2023', 'enforcement_certified=12', 'penalty_cases=30']],
    ['上年度结转 names no year', '行政应诉案件3件，上年度结转1件。', ['litigation_cases=3', 'litigation_carried_in=1']],
  ])('reads the year: %s', (_, sentence, expected) => {
    expect(figures(sentence)).toEqual(expected)
  })

  it('prefers the new cases of 其中新收 over the total that includes carried-over ones', () => {
    expect(preferred('全年复议案件6件，其中新收5件、上年结转1件。')).toEqual(['reconsideration_received=5', 'reconsideration_carried_in=1'])
  })

  it.each([
    ['materials', '发放宣传册800册、宣传折页1500份。'],
    ['duty items', '梳理基本履职事项80项、配合履职事项40项。'],
  ])('prefers none of the parts of %s listed with 、 and no total', (_, sentence) => {
    expect(preferred(sentence)).toEqual([])
    expect(figures(sentence).every(f => f.endsWith('!'))).toBe(true)
  })

  it('reads 经合法性审查 after a count of decisions as the reviewed decisions, unless it is larger', () => {
    expect(figures('作出重大行政决策3项，经合法性审查3项。')).toEqual(['major_decisions=3', 'major_decisions_reviewed=3'])
    expect(figures('作出重大行政决策2项，开展合法性审查40件。')).toEqual(['major_decisions=2', 'legality_reviews=40'])
  })

  it('reads figures in brackets as the year the report names for them', () => {
    expect(figures('主要数据如下（括号内为2023年数据）：\n行政检查\t60次（52次）\n')).toEqual(['inspections=60', 'inspections=52@2023'])
  })

  it('marks every figure partial when the report says its data end before December', () => {
    const r = extractReport(`${TITLE}本报告数据统计截至11月30日。\n开展行政检查80次。`, { registry })
    expect(r.values.map(v => [v.value, v.partial])).toEqual([[80, true]])
    expect(r.values[0]?.note).toContain('截至11月30日')
    expect(extractReport(`${TITLE}数据统计截至12月31日。\n开展行政检查80次。`, { registry }).values[0]?.partial).toBe(false)
  })

  it('extracts nothing from a work plan, and says so', () => {
    const r = extractReport('中共某镇委员会\n关于印发《某镇2025年普法工作要点》的通知\n全年开展普法活动40场，集体学法12次。\n', { registry })
    expect(r.values).toEqual([])
    expect(r.warnings.join('')).toContain('工作要点')
  })

  it.each([
    ['a county total', '全县今年共办理行政处罚案件800件。'],
    ['a city total', '全市共有执法人员3000名。'],
    ['auxiliary staff', '另有辅助执法人员12名。'],
    ['an activity outside a paragraph about 普法', '（二）安全生产。开展“安全月”活动5场。'],
  ])('extracts nothing from %s', (_, sentence) => {
    expect(figures(sentence)).toEqual([])
  })
})

describe('extractReport reads the wordings of the second held-out batch', () => {
  it.each([
    ['the leaders’ study of law', '镇领导班子开展法治专题学习5次。', ['collective_law_study=5']],
    ['the headcount of an enforcement body', '综合执法大队现有队员18名。', ['enforcement_staff=18']],
    ['an activity in a sentence about a 宣传月', '围绕“民法典宣传月”，开展送法上门等活动9场。', ['publicity_events=9']],
  ])('reads %s', (_, sentence, expected) => {
    expect(figures(sentence)).toEqual(expected)
  })

  it.each([
    ['the staff’s study of law, which is no collective study of the leaders', '组织执法人员专题学习新修订的法律法规4次。'],
    ['a figure of an enforcement body in a unit that is no headcount', '综合执法大队开展联合整治15次。'],
  ])('extracts nothing from %s', (_, sentence) => {
    expect(figures(sentence)).toEqual([])
  })

  it('extracts nothing from a leader’s own 述法报告, and says so', () => {
    const r = extractReport('某镇党委书记2024年度述法报告\n本人全年接访群众40人次，包案化解信访事项5件。\n', { registry })
    expect(r.values).toEqual([])
    expect(r.warnings.join('')).toContain('述法')
  })
})
