// What a sentence says about the period of its figures: the year they refer to, whether they cover
// only part of the year, or several years together.
import type { Message } from '../messages/render'
import { parseChineseNumber } from '../chineseNumber'

export type YearReading =
  | { kind: 'year', year: number | null }
  /** Several years together (2021年以来累计, 近三年, 2022—2024年): not one year's figure. */
  | { kind: 'multi-year' }

const CHINESE_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
const YEAR_DIGITS = '[0-9〇零一二三四五六七八九]{4}'

/** A written year → number: '2024' or '二〇二四' → 2024; null outside 1990–2100. */
export function readYear(text: string): number | null {
  const digits = [...text].map(c => CHINESE_DIGITS[c] ?? c).join('')
  const n = Number(digits)
  return /^\d{4}$/.test(digits) && n >= 1990 && n <= 2100 ? n : null
}

/**
 * Year markers in a sentence, latest wins: 2023年 / 二〇二三年 (not 2023年结转, which names where
 * cases came from, and not 较2023年, a baseline), 今年 / 本年 / 全年 / 今年以来 (the report year;
 * 2022年全年 stays 2022), 去年 / 上年 (report year − 1, not 上年结转). A figure after none of them
 * is the report year's; a baseline 由上年的… ends at its 增至, so the figures after that are not the old year's.
 */
const MARKERS = new RegExp(`(?<![较比与])(${YEAR_DIGITS})年度?(?!度|结转|未结|遗留|以来|底前)|今年|本年度?|(?<!年|年度)(?:全年|当年)|(?<![较比与])(?:去年|上年度?|上一年度?)(?!度|结转|未结|同期|遗留)`, 'g')
/** A baseline year opened by 由/从 (由上年的156次增至214次) ends at the change word after it. */
const BASELINE_OPEN = /[由从]$/
const BASELINE_CLOSE = /(?:增|升|提升|提高|上升|下降|降|减少|减|缩短|扩大)(?:至|到)|增加到|增长到|增长至/
const MULTI_YEAR = new RegExp(`(${YEAR_DIGITS})年以来|${YEAR_DIGITS}年?\\s*[-—–~至到]\\s*${YEAR_DIGITS}年|近[两二三四五六七八九十\\d]+年|[两二三四五六七八九十\\d]+年来|历年|多年来`, 'g')

/** The year the figure at the end of `sentenceBefore` refers to. */
export function attributeYear(sentenceBefore: string, reportYear: number | null): YearReading {
  for (const m of sentenceBefore.matchAll(MULTI_YEAR)) {
    const since = m[1] ? readYear(m[1]) : null
    // 近三年…逐年下降，2025年被诉行政案件2件: a single year named after the span is the figure's.
    const after = sentenceBefore.slice(m.index + m[0].length)
    const single = [...after.matchAll(MARKERS)].some(y => y[1] !== undefined || /今年|本年/.test(y[0]))
    if ((!m[1] || reportYear === null || since === null || since < reportYear) && !single) return { kind: 'multi-year' }
  }
  let year = reportYear
  for (const m of sentenceBefore.matchAll(MARKERS)) {
    const baseline = BASELINE_OPEN.test(sentenceBefore.slice(0, m.index)) && BASELINE_CLOSE.test(sentenceBefore.slice(m.index))
    if (baseline) continue
    if (m[1]) year = readYear(m[1]) ?? year
    else if (/去年|上/.test(m[0])) year = reportYear === null ? null : reportYear - 1
    else year = reportYear
  }
  return { kind: 'year', year }
}

const MONTHS = '(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])'
const PARTIAL_PERIOD = new RegExp(`(?:截至|截止到?)[^，,。；]{0,12}?(${MONTHS})月(?:底|末|份|\\d{1,2}日|[一二三]?十?[一二三四五六七八九]?日)?|(?<!\\d)(?:1|一)\\s*[-—–~至到]\\s*(${MONTHS})月|前三季度|前[两二三]个?季度|上半年|下半年|[一二三四]季度`)

/** "截至11月底", "1-10月", "前三季度", "上半年" before the figure → a note quoting it; null for a full year (截至12月底 included). */
export function partialPeriod(sentenceBefore: string): Message | null {
  const m = PARTIAL_PERIOD.exec(sentenceBefore)
  if (!m) return null
  const monthText = m[1] ?? m[2]
  const month = monthText === undefined ? null : /\d/.test(monthText) ? Number(monthText) : parseChineseNumber(monthText)
  if (month === 12 && !/12月(?:[12]?\d|30)日/.test(m[0])) return null
  return { code: 'note-part-year', params: { text: m[0] } }
}

/** A campaign anywhere before the figure in its sentence: 在…专项整治行动中，开展检查18次. */
const CAMPAIGN = /专项(?:行动|整治|检查|执法|治理|活动|清理)|集中整治|整治行动|行动期间|活动期间|行动中/
/** A procedure type before the figure in its semicolon-clause: 简易程序31件, 其中简易程序…，罚款… */
const PROCEDURE = /简易程序|普通程序|一般程序|听证程序/

/** A campaign before the figure in its sentence, or a procedure type before it in its semicolon-clause: the figure is part of a total. */
export function partialScope(sentenceBefore: string, clauseBefore: string): Message | null {
  // 其中简易程序512件，处罚金额2.7万元；普通程序219件，处罚金额…: a procedure that opens the
  // semicolon-clause, or follows 其中 in it, holds the figures after it too.
  // A procedure in brackets ends there (112件（其中简易程序60件），罚没款合计…), and 合计 states a total.
  const semicolonClause = (sentenceBefore.split(/[；;]/).pop() ?? clauseBefore).replace(/[（(][^）)]*[）)]/g, '')
  const governs = new RegExp(`^(?:其中)?${PROCEDURE.source}|其中(?:${PROCEDURE.source})`).exec(semicolonClause)
  const procedure = /合计|共计|总计/.test(clauseBefore) ? null : PROCEDURE.exec(clauseBefore) ?? governs
  const m = CAMPAIGN.exec(sentenceBefore) ?? procedure
  return m ? { code: 'note-part-scope', params: { text: m[0] } } : null
}
