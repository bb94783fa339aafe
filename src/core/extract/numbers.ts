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

/** Digits, with thousands grouped by commas (7,610) or by single spaces (1 126, the typeset form). */
const ARABIC = /\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y
/** 百分之九十八点五, 百分之百, 百分之98: a percentage written out. */
const PERCENT_WORDS = '百分之'
const CHINESE_DIGIT_VALUES: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
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

/** A rate stated as 0 without a percent sign (败诉率为0, 纠错率为零) reads as 0%. */
const RATE_IS = /率(?:均|仍|也)?(?:为|是|保持为)$/
function zeroRate(clean: string, start: number, numEnd: number, value: number): { end: number, factor: number, unit: string, approx: boolean } | null {
  if (value !== 0 || !RATE_IS.test(clean.slice(Math.max(0, start - 5), start)) || /^[\d.%％]/.test(clean.slice(numEnd, numEnd + 1))) return null
  return { end: numEnd, factor: 1, unit: '%', approx: false }
}

/** 百分之 + a numeral (Chinese or Arabic, 点 for the decimal point) at `at` → a token in %; null if no numeral follows. */
function readPercentWords(clean: string, at: number): NumberToken | null {
  const from = at + PERCENT_WORDS.length
  let value: number
  let numEnd: number
  ARABIC.lastIndex = from
  const arabic = /\d/.test(clean[from] ?? '') ? ARABIC.exec(clean) : null
  if (arabic) {
    value = Number(arabic[0].replace(/[, ]/g, ''))
    numEnd = from + arabic[0].length
  } else {
    const numeral = readNumeral(clean, from)
    if (!numeral) return null
    ;[value, numEnd] = numeral
    if (clean[numEnd] === '点') {
      let digits = ''
      for (let j = numEnd + 1; CHINESE_DIGIT_VALUES[clean[j] as string] !== undefined; j++) digits += String(CHINESE_DIGIT_VALUES[clean[j] as string])
      if (digits !== '') {
        value = Number(`${value}.${digits}`)
        numEnd += 1 + digits.length
      }
    }
  }
  if (value > 100) return null
  let end = numEnd
  let approx = APPROX_BEFORE.test(clean.slice(Math.max(0, at - 3), at))
  if (clean.startsWith('以上', end) || clean.startsWith('左右', end)) { approx = true; end += 2 }
  return { start: at, end, numEnd, value: round6(value), unit: '%', approx, chinese: !arabic, raw: clean.slice(from, numEnd) }
}

/**
 * Every figure with a unit in the cleaned text, in order: '76次', '7,610元', '294.65万元' (value
 * 2946500, unit 元), '3.3万余人次', '5000余份', '98%以上', '四场', '两万余人次', '千余人'.
 * A Chinese numeral starts only where no other numeral character precedes it (so 十四五 is not 四五).
 * Also '1 126次' (thousands grouped by a space), '百分之九十八点五' (98.5, unit %) and a rate
 * of 0 with no percent sign ('败诉率为0', '纠错率为零' → 0 %).
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
      value = Number(m[0].replace(/[, ]/g, ''))
      numEnd = i + m[0].length
    } else if (clean.startsWith(PERCENT_WORDS, i)) {
      const percent = readPercentWords(clean, i)
      if (percent) tokens.push(percent)
      i = (percent?.end ?? i + PERCENT_WORDS.length) - 1
      continue
    } else if (CHINESE_NUMERAL_CHARS.has(c) && !CHINESE_NUMERAL_CHARS.has(prev)) {
      const numeral = readNumeral(clean, i)
      if (!numeral) continue
      ;[value, numEnd] = numeral
      chinese = true
    } else {
      continue
    }
    const tail = readTail(clean, numEnd, !chinese) ?? zeroRate(clean, i, numEnd, value)
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
