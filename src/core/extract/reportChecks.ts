// Checks over a whole report: the period its figures cover, the township's role (V22), the five
// parts (V20), and every stated rate against the counts the same report gives for it (V03).
import { parseChineseNumber } from '../chineseNumber'
import { evaluateRate, rateFormulas, roundRate } from '../formula'
import type { Message } from '../messages/render'
import type { Registry } from '../types'
import { roundingTolerance } from '../validate/rateRules'
import type { Candidate } from './choose'
import type { Scan } from './figures'
import type { SectionCheck } from './types'

/** Wording that makes the township the review body (V22): since 2024 it is only ever the respondent. */
export const ROLE_WORDING = /受理[^。；，,]{0,8}行政复议(?:申请|案件)|行政复议(?:申请)?受理窗口|办理[^。；，,]{0,4}行政复议案件/

/** 文中数据统计截至2024年11月30日: a statement of the whole report's period. */
const DATA_CUTOFF = /(?:本报告|报告|文中|本文|以上|以下|各项|所有)[^。；;\n]{0,6}?(?:数据|数字)[^。；;\n]{0,8}?截(?:至|止)(?:到)?(?:[0-9〇零一二三四五六七八九]{4}年)?(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:(\d{1,2})日|底|末)?/

/** The cut-off the report states for all its figures ("截至2024年11月30日"), when it ends before 31 December. */
export function dataCutoff(clean: string): string | null {
  const m = DATA_CUTOFF.exec(clean)
  if (!m) return null
  const month = /\d/.test(m[1] as string) ? Number(m[1]) : parseChineseNumber(m[1] as string)
  const full = month === 12 && (m[2] === undefined || Number(m[2]) === 31)
  return full ? null : m[0].slice(m[0].search(/截/))
}

export function reportWarnings(scan: Scan, sections: readonly SectionCheck[]): Message[] {
  const { header } = scan
  const warnings: Message[] = []
  if (header.kind === 'plan') warnings.push({ code: 'report-plan' })
  if (header.kind === 'personal') warnings.push({ code: 'report-personal' })
  if (header.township === null) warnings.push({ code: 'report-no-township' })
  if (header.unknownTownship) warnings.push({ code: 'report-unknown-township', params: { name: header.unknownTownship } })
  if (header.year === null) warnings.push({ code: 'report-no-year' })
  const signed = header.signed
  if (signed && header.year !== null && signed.year === header.year && !(signed.month === 12 && signed.day === 31)) {
    warnings.push({ code: 'report-signed-early', params: { year: signed.year, month: signed.month, day: signed.day } })
  }
  const role = ROLE_WORDING.exec(scan.clean)
  if (role && (header.year === null || header.year >= 2024)) {
    warnings.push({ code: 'report-role-wording', params: { wording: role[0] } })
  }
  const missing = sections.filter(s => !s.found).map((s): Message => ({ code: `section-${s.id}` }))
  if (missing.length > 0) {
    const joined = missing.reduce((first: Message, second: Message): Message => ({ code: 'report-sections-joined', params: { first, second } }))
    warnings.push({ code: 'report-missing-sections', params: { sections: joined } })
  }
  return warnings
}


/** When a report leaves out the concluded count, the rate is read against the cases it states (胜诉率 beside 6 cases). */
const DENOMINATOR_STAND_INS: Readonly<Record<string, readonly string[]>> = {
  litigation_concluded: ['litigation_cases', 'litigation_carried_in'],
  reconsideration_concluded: ['reconsideration_received', 'reconsideration_carried_in'],
}

/**
 * Every preferred rate of the report year against the preferred counts of its formula in the same
 * report (V03): beyond rounding, the rate gets a note and the report a warning (胜诉率100% beside
 * 6 cases and 5 won). Approximate counts are not checked; a missing concluded count is stood in for
 * by the cases stated (and said so).
 */
export function rateWarnings(found: Candidate[], registry: Registry, year: number | null): Message[] {
  const chosen = found.filter(c => c.preferred && c.year === year)
  const values: Record<string, number> = {}
  const approx = new Set<string>()
  for (const c of chosen) {
    values[c.indicator] = c.value
    if (c.approx) approx.add(c.indicator)
  }
  const warnings: Message[] = []
  for (const { indicator, formula } of rateFormulas(registry)) {
    const rate = chosen.find(c => c.indicator === indicator.id)
    if (!rate || rate.approx) continue
    let { denominator } = formula
    let standIn: Message | '' = ''
    if (denominator.length === 1 && values[denominator[0] as string] === undefined) {
      const alt = DENOMINATOR_STAND_INS[denominator[0] as string]
      if (alt && values[alt[0] as string] !== undefined) {
        denominator = alt.filter(id => values[id] !== undefined)
        standIn = { code: 'report-rate-stand-in', params: { cases: denominator.map(id => values[id]).join('+') } }
      }
    }
    const inputs = [...formula.numerator, ...denominator]
    if (inputs.some(id => approx.has(id))) continue
    const computed = evaluateRate({ ...formula, denominator }, values).value
    if (computed === null || Math.abs(rate.value - computed) <= roundingTolerance(rate.value) + 1e-9) continue
    const num = formula.numerator.map(id => values[id]).join('+')
    const text: Message = { code: 'report-rate-mismatch', params: { indicator: { indicator: indicator.id }, rate: rate.value, numerator: num, denominator: denominator.map(id => values[id]).join('+'), standIn, computed: roundRate(computed) } }
    rate.notes.push(text)
    warnings.push(text)
  }
  return warnings
}
