// Figures in running text: a number (Arabic, with 万/亿/千, or a Chinese numeral) followed by a unit
// or a percent sign, with the approximation marks around it. Only figures with a unit are taken:
// a bare number in prose is a year, a list marker, a document number or a phone number.
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../chineseNumber'

export interface NumberToken {
  /** Clean offsets of the figure: the number (after any 约/近 prefix) through the unit and 以上/左右. */
  start: number
  end: number
  /** Clean offset just after the digits or numeral, before 余/万/unit. */
  numEnd: number
  /** With 万/亿/千 applied: 3.3万 → 33000. */
  value: number
  /** The unit as written, without 万: '件', '人次', '元', '%'. */
  unit: string
  approx: boolean
  /** The number was written in Chinese numerals (四场, 两万余人次). */
  chinese: boolean
  /** The number as written, digits or numeral only: '3.3', '两万', '一'. */
  raw: string
}

/** Units a figure may carry, longest first so that 人次 wins over 人 and 场次 over 场. */
export const UNITS = [
  '人次', '场次', '批次', '件次', '学时', '课时', '小时',
  '件', '宗', '起', '例', '个', '次', '场', '期', '批', '轮', '条', '份', '册', '张', '本', '卷', '篇',
  '名', '人', '位', '项', '元', '%',
] as const

const ARABIC = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y
const APPROX_BEFORE = /(?:大约|约为|约合|将近|接近|超过|约|近|超|逾)$/
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3 }
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6 + 0

function readUnit(clean: string, at: number): string | null {
  for (const unit of UNITS) if (clean.startsWith(unit, at)) return unit
  return null
}

/** The longest prefix of the numeral run at `from` that parseChineseNumber reads. */
function readNumeral(clean: string, from: number): [number, number] | null {
  let end = from
  while (end < clean.length && CHINESE_NUMERAL_CHARS.has(clean[end] as string)) end++
  for (; end > from; end--) {
    const n = parseChineseNumber(clean.slice(from, end))
    if (n !== null) return [n, end]
  }
  return null
}

/** Reads 余/多, 万/亿/千 (after Arabic digits only), 余/多, the unit and 以上/左右 after a number. */
function readTail(clean: string, at: number, arabic: boolean): { end: number, factor: number, unit: string, approx: boolean } | null {
  let i = at
  let approx = false
  let factor = 1
  if (clean[i] === '余' || clean[i] === '多') { approx = true; i++ }
  const multiplier = arabic ? MULTIPLIERS[clean[i] as string] : undefined
  if (multiplier !== undefined) {
    factor = multiplier
    i++
    if (clean[i] === '余' || clean[i] === '多') { approx = true; i++ }
  }
  const unit = readUnit(clean, i)
  if (unit === null) return null
  i += unit.length
  if (clean.startsWith('以上', i) || clean.startsWith('左右', i) || clean.startsWith('有余', i)) { approx = true; i += 2 }
  return { end: i, factor, unit, approx }
}

/**
 * Every figure with a unit in the cleaned text, in order: '76次', '7,610元', '294.65万元' (value
 * 2946500, unit 元), '3.3万余人次', '5000余份', '98%以上', '四场', '两万余人次', '千余人'.
 * A Chinese numeral starts only where no other numeral character precedes it (so 十四五 is not 四五).
 */
export function scanNumbers(clean: string): NumberToken[] {
  const tokens: NumberToken[] = []
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i] as string
    const prev = clean[i - 1] ?? ''
    let value: number
    let numEnd: number
    let chinese = false
    if (c >= '0' && c <= '9') {
      if (/[\d.,]/.test(prev)) continue
      ARABIC.lastIndex = i
      const m = ARABIC.exec(clean) as RegExpExecArray
      value = Number(m[0].replaceAll(',', ''))
      numEnd = i + m[0].length
    } else if (CHINESE_NUMERAL_CHARS.has(c) && !CHINESE_NUMERAL_CHARS.has(prev)) {
      const numeral = readNumeral(clean, i)
      if (!numeral) continue
      ;[value, numEnd] = numeral
      chinese = true
    } else {
      continue
    }
    const tail = readTail(clean, numEnd, !chinese)
    if (tail) {
      const before = clean.slice(Math.max(0, i - 3), i)
      tokens.push({
        start: i, end: tail.end, numEnd,
        value: round6(value * tail.factor), unit: tail.unit,
        approx: tail.approx || APPROX_BEFORE.test(before),
        chinese, raw: clean.slice(i, numEnd),
      })
      i = tail.end - 1
    } else {
      i = numEnd - 1
    }
  }
  return tokens
}
