// The cue table: the words that name an indicator in a report's prose. It is built from the
// registry (labels and aliases, so a county that adds an alias teaches the extractor too), with the
// rules below for words that are ambiguous on their own, and extra phrases real reports use.
import type { Registry } from '../types'

/** The subject a paragraph is about, for words such as 审结 or 维持 that mean different figures in each. */
export type Topic = 'reconsideration' | 'litigation' | 'disclosure' | 'dispute' | 'petition' | 'publicity'

export interface CueDef {
  /** The words as written in reports. */
  text: string
  indicator: string
  /** Only when this is the nearest topic before the figure. */
  topic?: Topic
  /** Only when the sentence matches (e.g. 备案 only where the sentence speaks of 规范性文件). */
  requires?: RegExp
  /** Where `requires` is tested: the sentence (default) or its paragraph up to the sentence's end. */
  scope?: 'paragraph'
  /**
   * Also required, before the cue in its semicolon-clause, in its comma-clause, or in the clause after it
   * unless that opens with 其中/另: 全年召开党委会议36次，其中专题研究法治建设3次 does not make the 36
   * meetings on the rule of law.
   */
  near?: RegExp
  /** Where the cue stands: before the figure (行政检查76次), or also right after it (4场法律讲座). */
  side: 'before' | 'both'
}

/** Cues that name an indicator loosely (查处违法行为 for penalties): a figure with a plainer cue is preferred. */
export const WEAK_CUE = /^查处.*违法/

/** Nearest-wins topic words. */
export const TOPIC_WORDS: readonly [Topic, RegExp][] = [
  ['reconsideration', /复议/g],
  ['litigation', /诉讼|应诉|起诉|被诉|胜诉|败诉|撤诉|出庭|一审|二审|行政案件/g],
  ['disclosure', /信息公开|依申请公开|公开申请/g],
  ['dispute', /纠纷|人民调解|调解委员会/g],
  ['petition', /信访|来访/g],
  ['publicity', /普法|法治宣传|法律宣传|宣传教育|宣传(?:周|月|日)/g],
]

const RECON = { topic: 'reconsideration', side: 'before' } as const
const LITIG = { topic: 'litigation', side: 'before' } as const
const DISCL = { topic: 'disclosure', side: 'before' } as const
const NORMATIVE = { requires: /规范性文件/ } as const
/** 全镇备案率、合规率均达100%, in a paragraph about documents. */
const NORMATIVE_NEAR = { requires: /规范性文件/, scope: 'paragraph' } as const
const PER_CAPITA = { requires: /人均|每人|均达|平均/, side: 'before' } as const
const ON_LAW = { requires: /法治|依法|法律/ } as const
const DISPUTE = { topic: 'dispute', side: 'before' } as const
const PETITION = { topic: 'petition', side: 'before' } as const
const PUBLICITY = { topic: 'publicity', side: 'before' } as const

/** Registry aliases that need a rule; 'skip' for words too general to name one figure. */
const ALIAS_RULES: Readonly<Record<string, Partial<CueDef> | 'skip'>> = {
  维持: RECON, 驳回: RECON, 撤销: RECON, 变更: RECON, 确认违法: RECON, 确认无效: RECON, 责令履行: RECON,
  纠正: RECON, 纠错: RECON, 调解: RECON, 和解: RECON, 调撤: RECON, 撤回: RECON, 撤回申请: RECON, 终止: RECON, 终止审理: RECON,
  二审: LITIG, 上诉: LITIG, 开庭: LITIG, 庭审: LITIG, 驳回起诉: LITIG,
  答复: DISCL, 已答复: DISCL, 收到申请: DISCL, 新收申请: DISCL, 结果纠正: DISCL, 重复申请: DISCL,
  备案: NORMATIVE, 报备: NORMATIVE, 报送备案: NORMATIVE, 废止: NORMATIVE, 清理废止: NORMATIVE, 宣布失效: NORMATIVE,
  现行有效: NORMATIVE, 合法性审核: NORMATIVE, 经合法性审核: NORMATIVE, 审核率: NORMATIVE_NEAR, 备案率: NORMATIVE_NEAR, 报备率: NORMATIVE_NEAR,
  合法性审查率: { requires: /决策/ }, 合法性审查覆盖率: { requires: /决策/ },
  学时: PER_CAPITA, 培训学时: PER_CAPITA,
  专题研究: ON_LAW, 专题会议: ON_LAW, 参加人数: ON_LAW, 覆盖人数: ON_LAW,
  办理案件: 'skip', 办结案件: 'skip', 优秀案卷: 'skip', 检查: { side: 'before' }, 咨询: { side: 'before' },
}

type Extra = [indicator: string, texts: string, rule?: Partial<CueDef>]

/** 因政府信息公开被申请, 因信息公开引发的, 涉及信息公开的: a case about disclosure (a qualifier, see VERB_SHIFTS). */
const DISCLOSURE_CAUSE = /(?:因|涉及)(?:政府)?信息公开(?:工作)?(?:被申请|被|引发的?|引起的?|产生的?)?的?$/

/** Phrases of real reports that the registry does not list, by indicator ('/'-separated). */
const EXTRA_CUES: readonly Extra[] = [
  ['publicity_events', '法律讲座/法律知识讲座/讲座/宣传活动/普法宣传/法治宣讲/宣讲活动/普法活动/送法进村/送法进企业'],
  ['publicity_audience', '受益群众/参与人数/受教育人数/听众/参加群众/受众群众/覆盖居民/受教育居民/参与居民/惠及居民/覆盖人群'],
  ['publicity_materials', '宣传手册/宣传品/宣传折页/普法读本'],
  ['legal_consultations', '提供法律咨询/接受法律咨询/法律咨询服务'],
  ['penalty_cases', '处罚案件数'],
  ['penalty_amount', '罚款/罚没/总金额/金额/罚金', { requires: /罚/ }],
  ['disclosures', '政务信息/政府信息'],
  // 全年办理群众政府信息公开10件: requests handled, not information published.
  ['disclosure_requests', '办理群众政府信息公开/办理政府信息公开申请/受理政府信息公开申请/办理依申请公开/受理依申请公开'],
  ['enforcement_certified', '持证执法人员/持有执法证件/领取执法证'],
  ['enforcement_certified', '持证', { side: 'before' }],
  ['enforcement_training', '培训', { requires: /执法/ }],
  ['enforcement_training_attendance', '参训'],
  ['major_decisions_reviewed', '重大行政决策合法性审查'],
  ['contracts_reviewed', '审核合同/合同合法性审查'],
  // 全镇11个村社也都聘请律师担任法律顾问，覆盖率达100%: a bare 覆盖率 after the villages' advisers.
  ['village_legal_advisor_coverage', '覆盖率', { requires: /村[^，,。；;]{0,12}法律顾问|法律顾问[^。；;]{0,6}村/ }],
  ['normative_docs_reviewed', '审核规范性文件/合法性审核规范性文件'],
  ['normative_docs_filed', '备案规范性文件/报备规范性文件'],
  ['reconsideration_received', '复议申请/被申请复议/行政复议申请'],
  // 其中新收4件、上年结转1件: the new cases of a total that includes carried-over ones (see choose.ts).
  ['reconsideration_received', '新收', RECON],
  ['litigation_cases', '新收', LITIG],
  ['disclosure_requests', '新收', DISCL],
  ['litigation_cases', '应诉行政案件/被诉案件/行政诉讼案件'],
  ['litigation_cases', '应诉', LITIG],
  ['reconsideration_concluded', '审结/办结/结案/已审结/已办结', RECON],
  ['litigation_concluded', '审结/办结/结案/已审结/已办结', LITIG],
  // 另有1件尚在审理中: these also stand after their figure.
  ['reconsideration_pending', '尚未审结/未审结/尚在审理中/仍在审理中/正在审理中/在审理中', { topic: 'reconsideration', side: 'both' }],
  ['litigation_pending', '尚未审结/未审结/尚在审理中/仍在审理中/正在审理中/在审理中', { topic: 'litigation', side: 'both' }],
  ['reconsideration_pending', '审理中/审结中/正在审理/在办', RECON],
  ['litigation_pending', '审理中/审结中/正在审理/在办', LITIG],
  ['reconsideration_carried_in', '结转/上年结转/上年度结转', RECON],
  ['litigation_carried_in', '结转/上年结转/上年度结转', LITIG],
  ['disputes_mediated', '调解矛盾纠纷/排查化解矛盾纠纷/受理矛盾纠纷/调处矛盾纠纷/调解各类纠纷/化解各类矛盾纠纷'],
  ['disputes_resolved', '成功化解'],
  ['petitions', '受理信访'],
  ['petitions_concluded', '办结/已办结/化解', PETITION],
  ['petition_conclusion_rate', '办结率/按期办结率', PETITION],
  ['petitions', '群众来访/来访群众', PETITION],
  ['petition_visitors', '群众来访/来访群众', PETITION],
  ['disputes_resolved', '化解/成功', DISPUTE],
  ['mediation_success_rate', '成功率', DISPUTE],
  // 开展“法律进乡村”等活动24场: an activity counted in a paragraph about 普法.
  ['publicity_events', '法治宣传/法律宣传/活动', PUBLICITY],
  ['publicity_materials', '手册/读本/折页/宣传单', PUBLICITY],
  ['democracy_law_villages', '民主法治示范村（社区）/民主法治示范社区（村）'],
  ['disclosure_requests_carried_in', '结转/上年结转/上年度结转', DISCL],
  ['major_decision_review_rate', '审查率', { requires: /决策/ }],
  ['major_enforcement_reviews', '重大执法决定/重大行政执法决定', { side: 'before' }],
  ['case_files_reviewed', '评查执法案卷/抽查执法案卷/评查行政执法案卷'],
  // 2名执业律师担任法律顾问: the figure counts lawyers who serve as advisers.
  ['legal_advisors', '律师担任法律顾问/律师担任常年法律顾问/执业律师担任法律顾问/律师担任政府法律顾问/律师担任镇政府法律顾问/律师担任乡政府法律顾问/律师担任街道法律顾问/律师担任镇法律顾问'],
  ['collective_law_study', '学法'],
  // 领导班子开展集体学法活动12次: the activity word closes the cue.
  ['collective_law_study', '集体学法活动/学法活动'],
  // 党委理论学习中心组开展法治专题学习4次: the leaders' study of law, not the staff's.
  // 街道中心组共开展3次法治专题学习: also after the count.
  // 全年组织党工委专题学习4次, in a paragraph on the study of law: the leadership body's own study.
  ['collective_law_study', '党工委专题学习/党委专题学习/党工委专题学法/党委专题学法', { scope: 'paragraph', requires: /法治思想|法律|法规|宪法|民法典|学法/ }],
  ['collective_law_study', '法治专题学习/专题法治学习/法治学习/专题学习/集中学习/中心组学习/学习法律法规/集中学习法律法规/专题学习法律法规', { requires: /党委|党工委|党组(?!织)|班子|中心组|领导干部/, near: /法治|法律|法规|《/ }],
  // 综合行政执法队伍现有人员22名: the body named, its headcount after it (a unit in 人/名 decides).
  ['enforcement_staff', '执法队伍/执法队/执法中队/执法大队', { side: 'before' }],
  ['enforcement_cert_rate', '持证上岗'],
  ['head_appearance_rate', '出庭应诉'],
  // 召开依法治镇领导小组会议3次, 党委全年3次听取法治建设工作汇报: meetings on the rule of law by name.
  ['rule_of_law_meetings', '依法治镇领导小组会议/依法治乡领导小组会议/依法治街领导小组会议/依法治镇委员会会议/依法治乡委员会会议/依法治镇工作会议/依法治乡工作会议'
    + '/法治建设领导小组会议/法治政府建设领导小组会议/全面依法治镇委员会会议/全面依法治乡委员会会议/专题党委会/党委专题会/法治建设专题会议/法治建设工作会议/法治政府建设工作会议'
    + '/听取法治建设工作汇报/听取法治政府建设工作汇报/听取法治建设情况汇报/听取法治政府建设情况汇报/听取法治工作汇报/听取依法治镇工作汇报'
    + '/专题研究法治建设/专题研究法治政府建设/研究部署法治建设/研究部署法治政府建设/研究法治建设工作/研究法治政府建设工作'],
  // 召开党委会议研究部署法治工作3次: the body's own meetings, when they took up the rule of law.
  ['rule_of_law_meetings', '党委会议/党委会/党工委会议/党工委会/党工委扩大会议/党政联席会议/党政联席会/班子会议/政府常务会议/常务会议/党委扩大会议', { near: /(?:研究|部署|听取|审议)[^，,。；;]{0,10}(?:法治|依法)|法治[^，,。；;]{0,6}专题|专题党委会/ }],
  ['publicity_events', '主题宣传/主题宣传活动/法治文艺演出/送法上门/以案释法/普法宣讲/法治宣讲活动/法治集市/法治电影'],
  // 院坝会, 坝坝会: village meetings, publicity when the sentence speaks of law or publicity.
  ['publicity_events', '院坝会/坝坝会/院落会/群众会', { requires: /法|宣传/ }],
  ['publicity_materials', '小册子/宣传小册子/明白纸/法治明白纸/宣传海报/宣传画/发放材料/宣传材料/普法材料/分发资料/分发宣传资料/分发法治宣传资料'],
  ['rule_of_law_meetings', '听取法治汇报/听取法治建设汇报/听取法治政府建设汇报/听取法治工作情况汇报'],
  // 召开4次法治专题党委会: the meeting named after its count, with 法治 before 专题.
  ['rule_of_law_meetings', '法治专题党委会/法治专题党委会议/法治专题党工委会/法治专题党工委会议/法治专题会议/法治专题会'],
  ['penalty_cases', '查处违法行为/查处交通违法行为/查处道路交通违法行为/查处违法违规行为'],
  ['contracts_reviewed', '审查监督合同/审查合同文书/审核合同文书/合同文书/审核重大合同/审查重大合同/重大合同审查/重大合同审核'],
  // 重新作出行政行为: a correction, as 撤销 or 变更.
  ['reconsideration_corrected', '重新作出行政行为/责令重新作出', RECON],
  // 规范性文件审查率和报备率均达到100%: the review rate of documents, where documents and no decisions are named.
  ['normative_doc_review_rate', '审查率/合法性审查率', { requires: /^(?![^]*决策)[^]*规范性文件/ }],
  // 规范性文件审查率和报备率均达到100%: the rate named with its own noun, whatever else the sentence lists.
  ['normative_doc_review_rate', '规范性文件审查率/规范性文件审核率/规范性文件合法性审查率/规范性文件合法性审核率'],
  // 重大决策和重大合同的合法性审查做到全覆盖，覆盖率100%.
  ['major_decision_review_rate', '覆盖率', { requires: /决策[^。；;]{0,16}(?:合法性)?审查/ }],
]

/**
 * Words that turn a noun cue into another indicator, or (to: null) into no indicator at all. Verbs
 * stand right before the cue (了/已 may sit between): 审结行政复议案件2件 is concluded, not received.
 * Qualifiers describe the noun: 现行有效的规范性文件 are in force, 辅助执法人员 are not enforcement
 * staff, 因政府信息公开引发的行政复议 are disclosure cases; a qualifier also reaches the nouns joined
 * to the first one (因信息公开引发的行政复议和行政诉讼).
 */
export const VERB_SHIFTS: readonly { from: string, verbs: RegExp, to: string | null, qualifier?: true }[] = [
  { from: 'reconsideration_received', verbs: /(?:审结|办结|结案)(?:了)?$/, to: 'reconsideration_concluded' },
  { from: 'litigation_cases', verbs: /(?:审结|办结|结案)(?:了)?$/, to: 'litigation_concluded' },
  { from: 'normative_docs', verbs: /(?:审核|审查)(?:了)?$/, to: 'normative_docs_reviewed' },
  { from: 'normative_docs', verbs: /(?:备案|报备)(?:了)?$/, to: 'normative_docs_filed' },
  { from: 'normative_docs', verbs: /(?:废止|清理)(?:了)?$/, to: 'normative_docs_repealed' },
  { from: 'petitions', verbs: /(?:办结|化解)(?:了)?$/, to: 'petitions_concluded' },
  { from: 'disputes_mediated', verbs: /成功$/, to: 'disputes_resolved' },
  { from: 'normative_docs', verbs: /现行有效的?$/, to: 'normative_docs_in_force', qualifier: true },
  { from: 'enforcement_staff', verbs: /(?:辅助|协管|协勤|编外)$/, to: null, qualifier: true },
  // 村（社区）法律顾问15名: the villages' advisers, not the government's.
  { from: 'legal_advisors', verbs: /村(?:（社区）|\(社区\)|社区|居|社|级)?(?:的)?$/, to: null, qualifier: true },
  { from: 'enforcement_certified', verbs: /(?:辅助|协管|协勤|编外)$/, to: null, qualifier: true },
  { from: 'reconsideration_received', verbs: DISCLOSURE_CAUSE, to: 'disclosure_reconsiderations', qualifier: true },
  { from: 'litigation_cases', verbs: DISCLOSURE_CAUSE, to: 'disclosure_litigations', qualifier: true },
]

/** The indicator that counts the reviewed ones of a noun (对3件规范性文件进行合法性审核 → normative_docs_reviewed). */
export const REVIEWED_AFTER: Readonly<Record<string, string>> = {
  normative_docs: 'normative_docs_reviewed',
  major_decisions: 'major_decisions_reviewed',
  major_enforcement_reviews: 'major_enforcement_reviews',
}
/** When a figure's unit does not fit the indicator its cue names, the indicator it fits instead (培训384人次). */
export const UNIT_SIBLINGS: Readonly<Record<string, readonly string[]>> = {
  enforcement_training: ['enforcement_training_attendance'],
  petitions: ['petition_visitors'],
}
/** The indicator a figure in 学时 with 人均 before it names. */
export const PER_CAPITA_HOURS = 'enforcement_training_hours_per_capita'

/** Verbs after which reports insert 各类/各项 before the noun: 审查各类合同, 受理各类矛盾纠纷. */
const FILLED_VERB = /^(?:审查|审核|受理|调处|调解|化解|排查|评查|抽查|发放|分发|开展|办理|查处)/
const FILLERS = ['各类', '各项', '各种']

/** Label words without brackets and quotes: 民主法治示范村（社区）数 → 民主法治示范村数. */
export function labelCue(label: string): string {
  return label.replace(/（[^）]*）|\([^)]*\)|[“”"]/g, '')
}

/**
 * The cue table for a registry: each count, amount and rate indicator's label and aliases (flags are
 * not read from prose), ALIAS_RULES applied, EXTRA_CUES added, and for cues that open with a verb the
 * same cue with 各类/各项/各种 after the verb. Longest cue first.
 */
export function buildCues(registry: Registry): CueDef[] {
  const cues: CueDef[] = []
  const seen = new Set<string>()
  const push = (indicator: string, text: string, rule: Partial<CueDef>): void => {
    const key = `${indicator}|${text}|${rule.topic ?? ''}`
    if (text.length < 2 || seen.has(key) || !registry.byId.has(indicator)) return
    seen.add(key)
    cues.push({ text, indicator, side: 'both', ...rule })
  }
  const add = (indicator: string, text: string, rule: Partial<CueDef> = {}): void => {
    push(indicator, text, rule)
    const verb = FILLED_VERB.exec(text)
    if (verb && text.length > verb[0].length + 1) for (const filler of FILLERS) push(indicator, `${verb[0]}${filler}${text.slice(verb[0].length)}`, rule)
  }
  for (const ind of registry.indicators) {
    if (ind.kind === 'flag') continue
    for (const text of [labelCue(ind.label_zh), ...ind.aliases]) {
      const rule = ALIAS_RULES[text]
      if (rule !== 'skip') add(ind.id, text, rule)
    }
  }
  for (const [indicator, texts, rule] of EXTRA_CUES) {
    for (const text of texts.split('/')) add(indicator, text, rule)
  }
  return cues.sort((a, b) => b.text.length - a.text.length)
}
