// The township and the report year, read from the title lines and the signature of a report.
import { coreName, createTownshipMatcher } from '../townships'
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

const TITLE_LINES = 5
const SIGNATURE_LINES = 4
/** Title and signature lines are short; a line this long is body text. */
const BODY_LINE = 40
const YEAR = /([0-9〇零一二三四五六七八九]{4})\s*年/g
const DATE = /([0-9〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日/
/** A township name at the start of a line or after a higher division, 关于 or 中共: 示例县大同镇, 关于城关街道. */
const TOWNSHIP = /(?:^|[省市县区\s])([\u4e00-\u9fff]{1,8}?(?:街道办事处|街道|镇|乡))/g
const LINE_PREFIX = /^(?:关于|中共|中国共产党)/
const HAS_YEAR = /[0-9〇零一二三四五六七八九]{4}\s*年/
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
  return m && year ? { year, month: smallNumber(m[2] as string), day: smallNumber(m[3] as string) } : null
}

/** The report year: a year in a title line that names the report, else any year in the title, else the signing date (reports signed in January–June are for the year before). */
function readReportYear(title: readonly string[], signed: ReportHeader['signed']): number | null {
  const named = title.find(l => /报告|情况|总结|工作/.test(l) && HAS_YEAR.test(l))
  for (const line of named ? [named] : title.filter(l => !DATE.test(l))) {
    for (const m of line.matchAll(YEAR)) {
      const y = readYear(m[1] as string)
      if (y !== null) return y
    }
  }
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

/** Township names written in these lines, in order. */
function candidates(lines: readonly string[]): string[] {
  return lines.flatMap(l => [...l.replace(LINE_PREFIX, '').matchAll(TOWNSHIP)].map(m => m[1] as string))
}

/**
 * Reads the header of a report: the township from the first lines or the signature, matched to the
 * list when one is given (the longest tail of a written name that the list knows: 关于大同镇 → 大同镇);
 * the year from the title, else the signing date; and whether the title names a plan or a leader's
 * own report rather than the township's (kind).
 */
export function readHeader(clean: string, townships?: readonly Township[]): ReportHeader {
  const lines = clean.split('\n').map(l => l.trim()).filter(l => l !== '')
  const firstBody = lines.findIndex(l => l.length >= BODY_LINE)
  const title = lines.slice(0, firstBody < 0 ? TITLE_LINES : Math.min(firstBody, TITLE_LINES))
  const signature = lines.slice(-SIGNATURE_LINES).filter(l => l.length < BODY_LINE)
  const signed = signature.map(readDate).find(d => d !== null) ?? null
  const year = readReportYear(title, signed)
  const names = candidates([...title, ...signature])
  const docKind = documentKind(title)
  const extra = docKind ? { kind: docKind } : {}
  if (townships && townships.length > 0) {
    const match = createTownshipMatcher(townships)
    for (const name of names) {
      for (let k = 0; k < name.length - 1; k++) {
        const m = match(name.slice(k))
        if (m.township) return { township: m.township.name, code: m.township.code, unknownTownship: null, year, signed, ...extra }
      }
    }
  }
  const written = names[0]
  if (!written) return { township: null, code: null, unknownTownship: null, year, signed, ...extra }
  const suffix = /街道/.test(written) ? '街道' : written.endsWith('乡') ? '乡' : '镇'
  const township = `${coreName(written)}${suffix}`
  return { township, code: null, unknownTownship: townships && townships.length > 0 ? township : null, year, signed, ...extra }
}
