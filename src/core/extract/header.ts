// The township and the report year, read from the title lines and the signature of a report.
import { createTownshipMatcher } from '../townshipMatch'
import { coreName } from '../townshipNames'
import type { Township } from '../types'
import { readYear } from './context'

export interface ReportHeader {
  /** The official name when the list knows it, else the name as written (大同镇); null when none found. */
  township: string | null
  code: string | null
  /** The name as the report writes it, when it is not in the township list (for a warning). */
  unknownTownship: string | null
  year: number | null
  /** The signing date at the end of the report, when there is one. */
  signed: { year: number, month: number, day: number } | null
  /**
   * What the title says the document is when it is no report of the township: 'plan' (工作要点,
   * 工作计划, 实施方案 …: its figures are targets) or 'personal' (述法报告, 述职报告: one leader's
   * own work, not the township's totals). Absent for a report.
   */
  kind?: 'plan' | 'personal'
}

const TITLE_LINES = 6
const SIGNATURE_LINES = 4
/** Title and signature lines are short; a line this long is body text. */
const BODY_LINE = 40
/** Lines of a saved web page or a PDF that name the publisher and the date: 发布机构, 来源, 成文日期 … */
const HEAD_LINES = 30
const YEAR = /([0-9〇零一二三四五六七八九]{4})\s*年/g
const DATE = /([0-9〇零一二三四五六七八九]{4})\s*(?:年|-|\/|\.(?=\d))\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|(?!\d))/
/** A township name after a boundary: the start of a line, a higher division, a bracket or colon, 关于 or 中共. */
const TOWNSHIP = /(?:^|[省市县区旗盟州\s\]】）)：:>|]|关于|中共|人民政府|[0-9〇零一二三四五六七八九]年度?)([\u4e00-\u9fff]{1,8}?(?:街道办事处|街道|(?:镇镇|乡乡)(?=[0-9〇零一二三四五六七八九]{4}|人民政府|政府|党委|关于|法治|$)|镇|乡))/g
/**
 * A name in the opening sentence, after a boundary (2025年，…, 一年来，…, 中共…) and before what the
 * township does (在…领导下, 坚持, 深入 …) or its organ (人民政府, 党委). 街 counts here (龙归街).
 */
const OPENING_NAME = /(?:^|[，,、：:。]|[0-9〇零一二三四五六七八九]{4}年度?|一年来|今年以来|近年来|中共|现将)([\u4e00-\u9fff]{2,8}?(?:街道办事处|街道|镇|乡|街))(?=人民政府|政府|党委|党工委|办事处|委员会|领导班子|班子|在|坚持|始终|深入|认真|紧紧|全面|紧扣|以|围绕|立足|聚焦|积极|高度|按照|严格|持续|不断|法治政府|[0-9〇零一二三四五六七八九]{4}年)/g
/** Words that open a line or a phrase before a name and are never part of it: 现将, 来源, 发布机构 … */
const NAME_PREFIX = /^(?:人民政府|政府|有效|切实|积极|推动|推进|助推|促进|现将|现就|兹将|来源|信息来源|文章来源|发布机构|发文机关|发布单位|发文单位|发布部门|责任部门|责任科室|责任单位|主办单位|承办单位|所属机构|公开主体|发布|机构|单位|根据|关于|中共|中国共产党|我|对|为|在|经|由|组织|召开|全面)+/
/** What no township's own name holds: 我镇, 全镇, 依法治镇, 各乡镇 … */
const NOT_A_NAME = /^[我全本该各每此其某]|政府|党委|党工委|区委|县委|市委|依法治|乡镇|(?:美丽|特色|中心|传统|重点|宜居|和美|小)村镇|(?:小|型|色)城镇|集镇|重镇|强镇|名镇|乡村|城乡|下乡|返乡|家乡|老乡|[将把列纳]入|法治|^(?:加强|推进|深化|打造|建设|创建|不断|持续|进一步|规范|完善|健全|提升|优化|强化|落实|严格|坚持|着力|努力|服务|指导|督促|统筹|支持)/
/** Inside a name, before its kind word: another kind word or a verb (我街道持续规范街道办事处…) shows a phrase, not a name. */
const INNER_NOT_NAME = /街道|乡镇|持续|规范|不断|加强|推进|深化|打造|创建|进一步|完善|健全|提升|优化|强化|落实|严格|坚持|着力|努力|督促|统筹/
/** 发布机构 XX镇, 来源：XX镇人民政府: the publisher named on a metadata line. */
const PUBLISHER = /(?:发布机构|发文机关|发布单位|发文单位|发布部门|信息来源|文章来源|来源)[\]】：:\s|｜]*([^\s[【|｜]{2,30})/
/** A metadata label alone on its line, its value on the next (发布机构: / 澧浦镇). */
const META_LABEL = /^[•·\s]*(?:发布机构|发文机关|发布单位|信息来源|来源|发布日期|成文日期|发布时间)[：:]?$/
/** A title among the first lines: short, no comma, naming a report on the rule of law. */
const TITLE_LIKE = /^[^，,。；;：:]{6,60}$/
const TITLE_WORDS = /(?:报告|总结)/
const TITLE_TOPIC = /法治|依法/
/** The year in a title: 2024年, 2024年度, and 2024 right before 法治 (沅江路街道2024法治政府建设年度报告). */
const TITLE_YEAR = /([0-9〇零一二三四五六七八九]{4})\s*(?:年|(?=法治|依法))/g
/** A body that speaks in the first person of one leader: 本人切实履行…, 现将个人履行…: a 述职/述法 report. */
const PERSONAL_BODY = /本人(?:切实|认真|始终|坚持|严格|带头|全面)|现将(?:本人|个人)/
/** A 述职 report opens with its own heading: 一、履职情况, 个人履职情况. */
const PERSONAL_OPENING = /^(?:[一1][、.．])?(?:个人)?履职(?:尽责)?情况/
/** The opening sentence starts with the year it is about: 2025年，… */
const OPENING_START_YEAR = /^[^，,。]{0,6}?([0-9〇零一二三四五六七八九]{4})\s*(?:年度?|(?=以来))/
/** 成文日期 2026-01-20, 发布日期：2026年1月20日: the date a page gives for the document. */
const META_DATE = /(?:成文日期|发布日期|发文日期|印发日期|发布时间|生成日期|日期)[\]】：:\s]*/
/** 现将我镇2024年法治政府建设工作情况报告如下: the opening sentence names the year the report is about. */
const OPENING_YEAR = /(?:现将|现就|现对|兹将|特将)[^。；]{0,20}?([0-9〇零一二三四五六七八九]{4})\s*年|[，,]([0-9〇零一二三四五六七八九]{4})\s*年度?[，,](?=[^，,。]{0,3}(?:我|本)?[\u4e00-\u9fff]{0,8}(?:街道|镇|乡))/
const CN_SMALL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }

function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  if (s.length === 1) return CN_SMALL[s] ?? 0
  const [a, b, c] = [...s].map(ch => CN_SMALL[ch] ?? 0)
  if (s.startsWith('十')) return 10 + (b ?? 0)
  return (a ?? 0) * 10 + (s.length === 3 ? (c ?? 0) : 0)
}

function readDate(line: string): ReportHeader['signed'] {
  const m = DATE.exec(line)
  const year = m ? readYear(m[1] as string) : null
  const date = m && year ? { year, month: smallNumber(m[2] as string), day: smallNumber(m[3] as string) } : null
  return date && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 ? date : null
}

/** The date on a metadata line (成文日期 2026-01-20), if any. */
function metaDate(lines: readonly string[]): ReportHeader['signed'] {
  for (const line of lines) {
    const m = META_DATE.exec(line)
    const date = m ? readDate(line.slice(m.index + m[0].length)) : null
    if (date) return date
  }
  return null
}

/**
 * The report year: a year in a title line that names the report, else any year in the title, else
 * the year of the opening sentence (现将…2024年…报告如下), else the signing or publication date
 * (a report dated January–June is about the year before).
 */
function readReportYear(title: readonly string[], opening: string | undefined, signed: ReportHeader['signed']): number | null {
  const named = title.find(l => /报告|情况|总结|工作/.test(l) && TITLE_YEAR.test(l) && !META_DATE.test(l))
  TITLE_YEAR.lastIndex = 0
  for (const line of named ? [named] : title.filter(l => !DATE.test(l))) {
    for (const m of line.matchAll(named ? TITLE_YEAR : YEAR)) {
      const y = readYear(m[1] as string)
      if (y !== null) return y
    }
  }
  const start = opening ? OPENING_START_YEAR.exec(opening) : null
  const open = start ?? (opening ? OPENING_YEAR.exec(opening) : null)
  const openYear = open ? readYear((open[1] ?? open[2]) as string) : null
  if (openYear !== null) return openYear
  if (!signed) return null
  return signed.month <= 6 ? signed.year - 1 : signed.year
}

const PLAN_TITLE = /工作要点|工作计划|工作安排|实施方案|行动方案|任务清单|责任清单|工作思路/
const REPORT_TITLE = /报告|总结|情况|述职|述法/
const PERSONAL_TITLE = /述法报告|述职报告|述职述法|述法述职/
const TOWNSHIP_REPORT_TITLE = /法治(?:政府)?建设[^，。]{0,8}(?:报告|总结)/

/** A title that names a plan and no report (关于印发《…2025年法治政府建设工作要点》的通知). */
export function isPlanTitle(title: readonly string[]): boolean {
  return title.some(l => PLAN_TITLE.test(l)) && !title.some(l => REPORT_TITLE.test(l))
}

/** What kind of document the title lines name: a plan, one leader's 述法报告, or (undefined) a report. */
export function documentKind(title: readonly string[]): 'plan' | 'personal' | undefined {
  if (isPlanTitle(title)) return 'plan'
  return title.some(l => PERSONAL_TITLE.test(l) && !TOWNSHIP_REPORT_TITLE.test(l)) ? 'personal' : undefined
}

/** A written name without the words before it (现将大同镇 → 大同镇); null when what is left names no township (我镇, 依法治镇). */
export function cleanName(written: string): string | null {
  const name = written.replace(NAME_PREFIX, '')
  const core = name.replace(/(?:街道办事处|街道|镇|乡)$/, '')
  return core.length >= 2 && !NOT_A_NAME.test(name) && !INNER_NOT_NAME.test(core) ? name : null
}

/** Township names written in these lines, in order: the title's, publishers of metadata lines, then names after a boundary, then those of the opening sentence. */
function candidates(title: readonly string[], lines: readonly string[], opening: string | undefined, paragraphs: readonly string[]): string[] {
  // The title first: a page's publisher may be written otherwise (王河乡 on the page, 王河镇 in the title).
  // A line that names the report comes before other top lines (责任部门 XX镇 公开形式 … above it).
  const own = title.filter(l => !PUBLISHER.test(l))
  const ordered = [...own.filter(l => TITLE_WORDS.test(l) && TITLE_TOPIC.test(l)), ...own.filter(l => !(TITLE_WORDS.test(l) && TITLE_TOPIC.test(l)))]
  const names: string[] = ordered.flatMap(line => [...line.matchAll(TOWNSHIP)].map(m => m[1] as string))
  for (const line of lines) {
    const publisher = PUBLISHER.exec(line)
    if (!publisher) continue
    for (const m of (publisher[1] as string).matchAll(TOWNSHIP)) names.push(m[1] as string)
    const whole = /([\u4e00-\u9fff]{2,8}?(?:街道办事处|街道|(?:镇镇|乡乡)(?=人民政府|政府|党委|$)|镇|乡))/.exec(publisher[1] as string)
    if (whole) names.push(whole[1] as string)
  }
  for (const line of lines) names.push(...[...line.matchAll(TOWNSHIP)].map(m => m[1] as string))
  // The opening sentence first, then the rest of the opening paragraph (…要求。现将大顺镇2025年…).
  const [first = '', ...rest] = (opening ?? '').split(/。/)
  for (const part of [first, rest.join('。')]) names.push(...[...part.matchAll(OPENING_NAME)].map(m => m[1] as string))
  // A paragraph of the first lines that opens with the name (东里镇深入贯彻…), when the opening says 我镇.
  for (const line of paragraphs) names.push(...[...line.matchAll(OPENING_NAME)].filter(m => m.index === 0).map(m => m[1] as string))
  return names.map(cleanName).filter((n): n is string => n !== null)
}

/** The kind a written name states: 翠屏街道办事处 → 街道, 翠屏镇 → 镇; null when it states none (翠屏街). */
function kindOf(name: string): '镇' | '乡' | '街道' | null {
  const base = name.replace(/(?:人民政府|政府|办事处|党委|党工委)+$/, '')
  return base.endsWith('街道') ? '街道' : base.endsWith('镇') ? '镇' : base.endsWith('乡') ? '乡' : null
}

/** 列入下太镇委党校课程, 报翠屏镇人民政府, 纳入了东庄镇发展总体规划: a township named by its own organs or plans after a verb, anywhere in the text. */
const ORGAN_NAME = /(?:列入|纳入|报请?|提请|经|由|向)了?([\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))(?=镇?委|党委|党工委|人民政府|政府|办事处|(?:经济社会)?发展(?:总体)?规划|年度工作计划)/g

/** 印发《沙面街道2024年党风廉政建设年度任务》: a township named at the head of its own document's title. */
const DOC_TITLE_NAME = /《([\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))(?=[0-9〇零一二三四五六七八九]{4}年|关于)/g

/** The one township a text names by its organs (organNames) or its documents' titles, when it names just one: the fallback of a report that says only 我镇. */
function organNames(clean: string): string[] {
  for (const re of [ORGAN_NAME, DOC_TITLE_NAME]) {
    const names = new Set([...clean.matchAll(re)].map(m => cleanName(m[1] as string)).filter((n): n is string => n !== null))
    if (names.size === 1) return [...names]
  }
  return []
}

/** The lines as read for the header: a metadata label alone on its line joined to the value on the next. */
function headerLines(clean: string): string[] {
  const raw = clean.split('\n').map(l => l.trim()).filter(l => l !== '')
  const lines: string[] = []
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string
    if (META_LABEL.test(line) && i + 1 < raw.length && !META_LABEL.test(raw[i + 1] as string)) lines.push(`${line}${raw[++i] as string}`)
    else lines.push(line)
  }
  return lines
}

/**
 * Reads the header of a report: the township from the first lines or the signature, matched to the
 * list when one is given (the longest tail of a written name that the list knows: 关于大同镇 → 大同镇);
 * the year from the title, else the signing date; and whether the title names a plan or a leader's
 * own report rather than the township's (kind).
 */
export function readHeader(clean: string, townships?: readonly Township[]): ReportHeader {
  const lines = headerLines(clean)
  const isBody = (l: string): boolean => l.length >= BODY_LINE && /[，,。；;]/.test(l) && !PUBLISHER.test(l) && !META_DATE.test(l)
  const firstBody = lines.findIndex(isBody)
  const top = lines.slice(0, firstBody < 0 ? TITLE_LINES : Math.min(firstBody, TITLE_LINES))
  const early = lines.slice(0, HEAD_LINES)
  const titled = early.filter(l => !top.includes(l) && TITLE_LIKE.test(l) && TITLE_WORDS.test(l) && TITLE_TOPIC.test(l))
  const title = [...top, ...titled]
  const meta = early.filter(l => PUBLISHER.test(l) || META_DATE.test(l))
  const signature = lines.slice(-SIGNATURE_LINES).filter(l => l.length < BODY_LINE)
  const opening = early.find(isBody)
  const signed = signature.map(readDate).find(d => d !== null) ?? metaDate(meta)
  const year = readReportYear(title, opening, signed)
  const names = candidates(title, [...meta, ...title, ...signature], opening, early)
  if (names.length === 0) names.push(...organNames(clean))
  const personal = (opening !== undefined && PERSONAL_BODY.test(opening)) || PERSONAL_OPENING.test(lines[0] ?? '')
  const docKind = documentKind(title) ?? (personal ? 'personal' : undefined)
  const extra = docKind ? { kind: docKind } : {}
  if (townships && townships.length > 0) {
    const match = createTownshipMatcher(townships)
    for (const name of names) {
      for (let k = 0; k < name.length - 1; k++) {
        const m = match(name.slice(k))
        // 新安街道 is not the list's 新安镇: a name that states its kind must be of that kind.
        if (m.township && kindOf(name) !== null && kindOf(name) !== m.township.kind) break
        if (m.township) return { township: m.township.name, code: m.township.code, unknownTownship: null, year, signed, ...extra }
      }
    }
  }
  const written = names[0]
  if (!written) return { township: null, code: null, unknownTownship: null, year, signed, ...extra }
  const suffix = /街道/.test(written) ? '街道' : written.endsWith('乡') ? '乡' : written.endsWith('街') ? '街' : '镇'
  const core = coreName(written)
  // 龙岗街 keeps its 街; 房镇镇 is 房镇 and its 镇.
  const township = suffix === '街' && core.endsWith(suffix) ? core : `${core}${suffix}`
  return { township, code: null, unknownTownship: townships && townships.length > 0 ? township : null, year, signed, ...extra }
}
