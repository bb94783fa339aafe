// Cues too varied for a word list, as patterns: each match is a cue hit, read like the words of
// patterns.ts (meetings of the rule-of-law body, review totals, contracts, disputes, materials, forms).

/** Objects of a legality review, as reports list them: 重大行政决策、规范性文件、执法决定及镇村合同. */
const REVIEW_OBJECT = '(?:重要|重大|镇村|村级|各类|镇政府)?(?:行政)?(?:合同|协议|决策(?:事项)?|规范性文件|执法决定|文件)'

/**
 * Cues too varied for a word list, as patterns (each match is a cue hit, read like the words above):
 * meetings of the body set up for the rule of law, a review count over several kinds of objects (the
 * total of legality reviews), and contracts counted where the sentence speaks of their review.
 */
export const PATTERN_CUES: readonly { re: RegExp, indicator: string, requires?: RegExp }[] = [
  // 召开依法治镇领导机构会议2次, 年度基层法治建设委员会会议1次, 依法治街委员会全体会议.
  { re: /(?:依法治(?:镇|乡|街|区|村)|法治(?:政府)?建设)[一-鿿]{0,6}?(?:领导小组|委员会|领导机构)(?:全体|专题|工作)?会议/g, indicator: 'rule_of_law_meetings' },
  // 成立…法治政府建设工作领导小组，全年召开领导小组会议4次: the group the sentence names is the rule-of-law one.
  { re: /领导小组(?:全体|专题|工作)?会议/g, indicator: 'rule_of_law_meetings', requires: /(?:法治|依法治)[一-鿿]{0,10}领导小组|领导小组会议[^，,。；;]{0,4}(?:研究|部署|听取)[^，,。；;]{0,8}法治/ },
  // 开展法治工作部署会议4次, 法治政府建设推进会2次: meetings named by the rule of law and their purpose.
  { re: /(?:法治|依法治(?:镇|乡|街|村))(?:政府)?(?:建设)?(?:工作)?(?:部署|推进|调度)会议?/g, indicator: 'rule_of_law_meetings' },
  // 利用党委会、中心组学习宪法、民法典等法律法规12次: the laws listed between 学习 and 等法律法规.
  { re: /学习(?:[^，,。；;\d]{1,40}?)等(?:法律法规|法律|法规|党内法规)/g, indicator: 'collective_law_study', requires: /党委|党工委|党组(?!织)|班子|中心组|领导干部/ },
  // 覆盖300余名群众, 吸引300余名群众参与: the audience counted before its noun, where publicity is spoken of.
  { re: /(?<=(?:覆盖|惠及|吸引|教育|服务|受众)\d+(?:余|多)?(?:名|人次|人))(?:群众|村民|居民)(?:参与|参加|受益)?/g, indicator: 'publicity_audience', requires: /宣传|普法|法治|讲座|法律/ },
  // 召开专题部署会议4次 in a sentence about the rule of law.
  { re: /专题(?:部署|推进|调度|工作|研究)会议?/g, indicator: 'rule_of_law_meetings', requires: /法治|依法/ },
  // 对重大行政决策、规范性文件…及镇村合同开展全流程审查1090件, 重要合同、重大行政决策合法性审核317项.
  { re: new RegExp(`(?:${REVIEW_OBJECT}(?:[、和及与]|以及)){1,5}${REVIEW_OBJECT}(?:[\u4e00-\u9fff]{0,6}?)(?:审查|审核)`, 'g'), indicator: 'legality_reviews' },
  // 受理物业、邻里等纠纷213件: disputes taken up, whatever kinds are named between the verb and 纠纷.
  // (人民调解委员会排查纠纷 counts screened ones, 化解纠纷 resolved ones: not these.)
  { re: /(?:受理|调解|调处)(?:(?!排查|化解|成功)[^，,。；;\d]){0,12}?(?:矛盾)?纠纷(?:案件)?/g, indicator: 'disputes_mediated' },
  // 开展“法治流动课堂”18次, 法律夜校, 普法大篷车: named forms of publicity (a 讲堂 for cadres is doubted, doubts.ts).
  { re: /(?:法治|普法|法律|宪法)[\u4e00-\u9fff]{0,3}?(?:课堂|讲堂|夜校|集市|大篷车|小院|剧场|赶集)/g, indicator: 'publicity_events' },
  // 发放宣传手册、折页等资料8000余份: kinds listed before 等资料.
  { re: /(?:宣传|普法|法治)?(?:手册|折页|读本|宣传单|海报|小册子|明白纸)[^，,。；;\d]{0,8}?等(?:各类)?(?:宣传|普法)?(?:资料|材料|物品)/g, indicator: 'publicity_materials' },
  // 公开涉农资金分配、惠民政策落实等事项信息15条: what was disclosed named between 公开 and 信息.
  { re: /(?<!依申请|申请|信息)(?:主动)?公开(?:发布)?[^，,。；;\d]{0,24}?(?:政务|政府)?信息(?=\d)/g, indicator: 'disclosures' },
  // 主动公开15条信息, 发布政务信息的次序倒过来: the count before 条 and the noun after it.
  { re: /(?<=(?:公开|发布)[^，,。；;\d]{0,6}\d+条)(?:政务|政府)?信息/g, indicator: 'disclosures' },
  // 审查…各类合同58份, 镇村合同审查1077件: contracts with their count, where reviews are spoken of.
  { re: /(?:镇村|村级|村居|各类|重要|重大|经济|政府)?合同(?=(?:审查|审核)?\d)/g, indicator: 'contracts_reviewed', requires: /审查|审核|把关/ },
]
