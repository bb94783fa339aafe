// Who is counted: readings the cue allows but the people or the body named beside it put in doubt.
// Study by all cadres is not the leadership group's 集体学法; a 法治讲座 held for cadres is their own
// learning, not publicity for the public; training of 镇村干部 is not 执法人员培训; 调解员 are not
// 法律顾问. Such a figure is kept for review, marked unsure with the reason, and never preferred.
import type { Message } from '../messages/render'

export interface Doubt {
  /** The indicators the rule is about ('all': every one). */
  indicators: readonly string[] | 'all'
  /** Tested on the figure's reading: the comma-clauses that hold its cue and the figure. */
  when: RegExp
  /** Unless this also matches the reading (the leadership named, 执法 named …). */
  unless?: RegExp
  /** Read the whole sentence instead of the figure's own clauses, or (narrow) only its own part of a list,
   * or (led) its own part with the comma-clause before it when its own opens with a verb (开展…),
   * or (subject) the words of the cue's comma-clause before the cue: who does what is counted. */
  scope?: 'sentence' | 'narrow' | 'led' | 'subject'
  /** For the reviewer: a code of src/core/messages/report.*.ts. */
  reason: Message
}

/** Cadres and party bodies other than the leadership group. */
const CADRES = /全体(?:机关)?干部|全镇干部|全乡干部|机关干部|干部职工|镇村(?:两级)?干部|村(?:（社区）|\(社区\)|社区|居|社)?(?:两委)?干部|村组干部|基层干部|党员干部|全体党员|党支部|(?:基层)?党组织|三会一课|主题党日|网格员|调解员|法律明白人|青少年|学生/

/** The leadership's own study (the bodies 集体学法 counts). */
const LEADERSHIP = /领导班子|班子成员|党委(?:理论学习)?中心组|党工委(?:理论学习)?中心组|中心组|党委会|党工委会|党政班子|常务会|政府常务会议|党委会议/
/** Party members' study forms, which are not the leadership's. */
const MEMBERS = /主题党日|三会一课|党支部|支部(?:学习|会议|大会)|党员大会/
/** A study or publicity count about party congress or speech spirit that names no law. */
const PARTY_SPIRIT = /二十大|二十届|全会精神|讲话精神|重要讲话|重要指示|会议精神|创新理论|主题教育|党史|党纪/
/** Groups one activity is aimed at: an activity for them is one part of the year's publicity. */
const GROUPS = /青少年|未成年人|老年人|妇女|儿童|残疾人|外来务工|务工人员|农民工|新就业|快递|外卖|商户|个体户|经营户|退役军人|学生|师生|企业职工|企业员工|特殊群体|重点人群|重点群体/g
/** 结合瑶族盘王节, 结合国家宪法日: one day's activities. */
const FESTIVAL = /结合[^，,。；;、]{0,10}(?:节|纪念日|宪法日|法治日)(?![日目点、和及与等])/
/** One subject's campaign (禁毒宣传活动12场): a part of the year's publicity, unless it is one of a list of subjects. */
const ONE_TOPIC = /禁毒|扫黑除恶|反诈|防诈|电信诈骗|电诈|反邪教|非法集资|消防|安全生产|防溺水|交通安全|食品安全|森林防火|禁赌|国家安全|征兵|医保|垃圾分类|防汛|防灾/
const TOPIC_LIST = new RegExp(`等(?:主题|内容|法律法规|专题)|[、和](?:宪法|民法典)|(?:宪法|民法典)[、和]|、[^，,]{0,4}(?:${ONE_TOPIC.source})|(?:${ONE_TOPIC.source})[^，,]{0,6}、`)
const PUBLIC = /群众|村民|居民|全镇|全乡|全街道|全体|广大|社会公众/
const AIMED = /针对|面向|专场|有针对性/
/** 法律进校园: one venue's named activity (quotes are gone from the clean text). */
const VENUE = /(?:法律|法治|普法|送法|宪法|民法典)(?:进|走进)(?:校园|学校|企业|社区|乡村|农村|村居|家庭|单位|机关|网格|军营|工地|市场|万家)/g
/** Venues whose audience is one group (students, one firm's staff): not 乡村, 社区 or 家庭, which reach everyone. */
const GROUP_VENUE = /校园|学校|企业|军营|工地|市场|机关|单位$/
/** One venue of one group named, not a list of them (法律进乡村、进学校 or “法律进校园”等活动 is the whole campaign). */
function oneVenue(clause: string): boolean {
  const venues = [...clause.matchAll(VENUE)]
  const only = venues[0]
  return venues.length === 1 && only !== undefined && GROUP_VENUE.test(only[0]) && !/^(?:[、和及与等]|活动等)/.test(clause.slice(only.index + only[0].length))
}

/** Several bodies as the subject (全镇14个基层党委, 各党支部, 所属单位): a count of all their activities, not of one body. */
const MANY_BODIES = /(?:\d+|[两二三四五六七八九十]{1,3})个(?:基层)?(?:党委|党总支|党支部|党组织|村|社区|村（社区）|村居|单位|部门|站所|科室)|各(?:基层)?(?:党委|党总支|党支部|党组织|村|社区|村（社区）|村居|单位|部门|站所|科室)|所属|下辖|辖区内?(?:各|所有)/

/** Helping another organ (协助法庭, 配合县市场监管局): the work is that organ's, the township only took part. */
const OTHER_ORGAN = /(?:协助|配合|协同)(?:上级|省|市|县|区)?[\u4e00-\u9fff]{0,8}?(?:法庭|法院|派出所|公安|检察院|局|部门|委员会|办公室|中心)/

export const DOUBTS: readonly Doubt[] = [
  {
    // 协助法庭化解疑难复杂案件2件, 配合县市场监管局开展执法检查12次: another organ's cases or checks.
    indicators: 'all',
    scope: 'subject',
    when: OTHER_ORGAN,
    reason: { code: 'doubt-other-organ' },
  },
  {
    // 在中心组带动下，全镇14个基层党委开展集体法治学习研讨200余场次: the study of 14 bodies added up, whoever led it.
    indicators: ['collective_law_study', 'rule_of_law_meetings'],
    scope: 'subject',
    when: MANY_BODIES,
    reason: { code: 'doubt-many-bodies' },
  },
  {
    // 通过党委会、中心组学习、主题党日等形式开展专题学习4场: the leaders' and the members' study counted together.
    indicators: ['collective_law_study'],
    when: new RegExp(`(?:${LEADERSHIP.source})[^。；;]{0,24}(?:${MEMBERS.source})|(?:${MEMBERS.source})[^。；;]{0,24}(?:${LEADERSHIP.source})`),
    reason: { code: 'doubt-study-mixed' },
  },
  {
    indicators: ['collective_law_study'],
    when: /全体(?:机关)?干部|全镇干部|全乡干部|机关干部|干部职工|镇村(?:两级)?干部|村(?:（社区）|\(社区\)|社区|居|社)?(?:两委)?干部|机关和村|党员干部|全体党员|党支部|(?:基层)?党组织|三会一课|主题党日|(?<!中心组)理论学习(?!中心组)|学习强国|夜学|周学|培训[、和及与](?:集中|专题)?学/,
    unless: LEADERSHIP,
    reason: { code: 'doubt-study-cadres' },
  },
  {
    // 主题教育集中学习4次: study on other subjects than law. (把习近平法治思想纳入中心组学习12次: the object
    // studied stands before 纳入, in the clause the cue's `near` has read.)
    indicators: ['collective_law_study'],
    scope: 'narrow',
    when: /^(?![^]{0,2}(?:纳入|列入))[^]*(?:主题教育|党史学习|党纪学习|理论学习(?!中心组)|中心组学习)/,
    unless: /法/,
    reason: { code: 'doubt-study-subject' },
  },
  {
    // 周例会学法11次: the weekly staff meeting's study, not the leadership group's.
    indicators: ['collective_law_study'],
    scope: 'narrow',
    when: /例会|周一会|干部大会|职工大会/,
    unless: /党委会|党工委会|班子|中心组|常务会/,
    reason: { code: 'doubt-study-meeting' },
  },
  {
    // 行政规范性文件初审1件: a first reading, not the documents that passed the legality review.
    indicators: ['normative_docs_reviewed', 'normative_docs'],
    scope: 'narrow',
    when: /初审|初步审查/,
    reason: { code: 'doubt-first-reading' },
  },
  {
    indicators: ['publicity_events', 'publicity_audience'],
    when: /(?:为|对|面向|组织)(?:全体|全镇|全乡|镇村|机关|村|党员)?[^，,。；;]{0,6}干部[^，,。；;]{0,12}(?:讲座|培训|学法|授课|讲法)|干部(?:学法|法治)?(?:讲座|培训)|(?:讲座|授课)[^，,。；;]{0,10}(?:对象|参加)[^，,。；;]{0,4}干部/,
    unless: /群众|村民|居民|企业|学生|商户|进村|进社区|进企业|进学校/,
    reason: { code: 'doubt-publicity-cadres' },
  },
  {
    // 聚焦镇村干部、执法人员…组织法治培训40场次: training of cadres, unless the clause itself names enforcement training.
    indicators: ['enforcement_training', 'enforcement_training_attendance', 'enforcement_training_hours_per_capita'],
    scope: 'sentence',
    when: CADRES,
    unless: /执法[^，,。；;、]{0,6}培训|执法资格/,
    reason: { code: 'doubt-training-cadres' },
  },
  {
    // 党政主要负责人带头…开展法治专题宣讲2场次: one leader's own activity, not the township's total.
    indicators: ['publicity_events', 'publicity_audience'],
    scope: 'sentence',
    when: /(?:主要负责人|主要领导|书记|镇长|乡长|街道主任|主任)[^，,。；;]{0,24}(?:带头|牵头|亲自|带队|带领)|(?:法律顾问|律师|司法所长)(?:进村|下村|入村|驻村|走进|深入)[^，,。；;]{0,8}宣讲/,
    reason: { code: 'doubt-one-person' },
  },
  {
    // 党委中心组集中学习6次，举办法治讲座1次: lectures among the leaders' or the staff's own study.
    indicators: ['publicity_events', 'publicity_audience'],
    scope: 'sentence',
    when: /中心组|学法|干部职工|机关干部|干部队伍|政府职工|全体干部|党员干部|领导干部|机关工作人员|公职人员|[镇乡街][、和]?村(?:（社区）|\(社区\)|社区)?(?:两级)?干部|干部学习/,
    unless: /群众|村民|居民|学生|师生|企业|商户|进村|进社区|进校园|进企业|进学校|入户|集市|赶集|普法宣传|法治宣传/,
    reason: { code: 'doubt-publicity-in-study' },
  },
  {
    // 综合法律知识培训3次, 政府职工全员参与: training that names no enforcement staff.
    indicators: ['enforcement_training', 'enforcement_training_attendance', 'enforcement_training_hours_per_capita'],
    scope: 'sentence',
    when: /培训|参训|学时|课时/,
    unless: /执法/,
    reason: { code: 'doubt-training-unnamed' },
  },
  {
    // 围绕党的二十大精神…开展宣讲活动30余场: a 宣讲 of party spirit, not legal publicity.
    indicators: ['publicity_events', 'publicity_audience'],
    scope: 'sentence',
    when: PARTY_SPIRIT,
    unless: /法/,
    reason: { code: 'doubt-party-spirit' },
  },
  {
    // 镇公共法律服务站接待来访群众2310人次: a service desk's visitors, not petitions.
    indicators: ['petitions', 'petition_visitors', 'petitions_concluded'],
    scope: 'sentence',
    when: /公共法律服务|法律服务站|法律服务中心|便民服务|服务大厅|政务服务|热线|12345/,
    unless: /信访/,
    reason: { code: 'doubt-service-visits' },
  },
  {
    // 挂宣传横幅12条、宣传海报35张、发放小册子2000余册: posters and banners are put up, not handed out.
    indicators: ['publicity_materials'],
    scope: 'narrow',
    when: /海报|宣传画|横幅|展板|挂图|标语/,
    unless: /发放|分发|派发|赠送|发送/,
    reason: { code: 'doubt-posters' },
  },
  {
    // 列入村居党支部学习第一议题，开展法治学习18场: the clause before names who studied (the village branches).
    indicators: ['collective_law_study'],
    scope: 'led',
    when: /村(?:居|（社区）|\(社区\)|社区)?党(?:支部|组织)|党支部|三会一课|主题党日|党员大会/,
    unless: LEADERSHIP,
    reason: { code: 'doubt-study-branches' },
  },
  {
    indicators: ['legal_advisors'],
    when: /调解员|法律明白人|法律援助联络员|网格员/,
    reason: { code: 'doubt-advisors' },
  },
]

const PUBLICITY_PARTS = new Set(['publicity_events', 'publicity_audience', 'publicity_materials', 'legal_consultations'])

/**
 * A publicity figure of one activity aimed at one or two groups (针对青少年、老年人等特殊群体, 有针对性地为商户)
 * or at one venue (法律进校园), read in its semicolon-clause up to the figure: a part of the year's
 * publicity, not its total. null when the clause also speaks to the public (群众, 居民 …).
 */
export function aimedPart(indicator: string, before: string): Message | null {
  if (!PUBLICITY_PARTS.has(indicator)) return null
  const clause = before.split(/[；;。]/).pop() ?? before
  if (oneVenue(clause)) return { code: 'part-one-venue' }
  if (FESTIVAL.test(clause)) return { code: 'part-festival' }
  const own = before.split(/[，,；;。]/).pop() ?? ''
  if (ONE_TOPIC.test(own) && !TOPIC_LIST.test(own)) return { code: 'part-one-topic' }
  const groups = new Set(clause.match(GROUPS) ?? [])
  if (groups.size === 0 || PUBLIC.test(clause) || !AIMED.test(clause)) return null
  return groups.has('特殊群体') || groups.has('重点人群') || groups.has('重点群体') || groups.size <= 2 ? { code: 'part-one-group' } : null
}

/** What a doubt reads: the figure's own part of a list, its comma-clauses, its sentence, and the words before its cue. */
export interface Reading { narrow: string, clauses: string, sentence: string, led?: string, subject?: string }

/** The reason to doubt a figure of this indicator, or null. */
export function doubtOf(indicator: string, reading: Reading): Message | null {
  for (const d of DOUBTS) {
    const text = d.scope === 'sentence' ? reading.sentence : d.scope === 'narrow' ? reading.narrow : d.scope === 'led' ? (reading.led ?? reading.narrow)
      : d.scope === 'subject' ? (reading.subject ?? '') : reading.clauses
    if ((d.indicators !== 'all' && !d.indicators.includes(indicator)) || !d.when.test(text)) continue
    if (d.unless?.test(text)) continue
    return d.reason
  }
  return null
}

/** Study that names no law (党委中心组专题学习13次) beside study that does (专题法治学习11次), in one sentence. */
export const GENERAL_STUDY: Message = { code: 'doubt-general-study' }

/** Study by other meetings (会前学法 at 党委会议, 干部大会) beside the centre group's own law study, in one sentence. */
export const OTHER_STUDY: Message = { code: 'doubt-other-study' }
