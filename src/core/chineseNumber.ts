// Chinese numerals (四, 十二, 一百零五, 两万, 三千五百, 叁拾) → numbers. Pure, no allocations per character.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0,
  一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
}

/** 十, 百, 千 scale the digit before them inside one section (a group below 万). */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }

/** 万 and 亿 close a section. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }

/** Every character that can be part of a Chinese numeral, for callers that scan a prefix. */
export const CHINESE_NUMERAL_CHARS = new Set([...Object.keys(DIGITS), ...Object.keys(SMALL_UNITS), ...Object.keys(BIG_UNITS)])

/**
 * Reads a whole string as a Chinese numeral; null when it is anything else (mixed with Arabic
 * digits, units, spaces, or a digit sequence such as 二〇二四, which is a year, not a quantity).
 *
 * Accepted: 十 → 10, 十二 → 12, 二十 → 20, 一百零五 → 105, 两万 → 20000, 三千五百 → 3500,
 * 叁拾 → 30, 三亿五千万 → 350000000, a bare unit 百/千/万 → 100/1000/10000 (as in 千余人),
 * and the spoken short form where a last digit takes the next lower unit: 三千五 → 3500, 两万五 → 25000.
 */
export function parseChineseNumber(s: string): number | null {
  const len = s.length
  if (len === 0) return null
  if (len === 1 && DIGITS[s] === 0) return 0

  let total = 0        // everything closed by 万/亿
  let section = 0      // the group below the next 万/亿
  let pending = -1     // a digit waiting for its unit, -1 if none
  let lastSmall = 1e5  // the last small unit in this section; the next must be smaller
  let lastBig = 1e17   // the last big unit; the next 万 must come after a 亿, not after a 万
  let lastUnit = 0     // the unit just before the pending digit, for 三千五 → 3500
  let zeroSeen = false // a 零 since the last unit: 一百零五 is 105, not 150
  let any = false      // a digit or unit has been read

  for (let i = 0; i < len; i++) {
    const ch = s[i] as string
    const digit = DIGITS[ch]
    if (digit !== undefined) {
      if (pending >= 0) return null // 二三, 五零: digit runs are not numerals
      if (digit === 0) {
        if (!any) return null       // a leading 零 (零五) is not a numeral
        zeroSeen = true
        continue
      }
      pending = digit
      any = true
      continue
    }
    const small = SMALL_UNITS[ch]
    if (small !== undefined) {
      if (small >= lastSmall) return null // 十百, 百百
      // a unit needs its digit, except at the start (十二, 百余) and in 一千零十
      if (pending < 0 && any && !(small === 10 && zeroSeen)) return null
      section += (pending < 0 ? 1 : pending) * small
      pending = -1
      lastSmall = small
      lastUnit = small
      zeroSeen = false
      any = true
      continue
    }
    const big = BIG_UNITS[ch]
    if (big !== undefined) {
      if (pending >= 0) section += pending
      if (section === 0) {
        if (any) return null // 亿万, 一亿万
        section = 1          // a bare 万 as in 万余人
      }
      if (big === 1e8) {
        total = (total + section) * big
      } else {
        if (lastBig <= big) return null // 一万二万
        total += section * big
      }
      lastBig = big
      section = 0
      pending = -1
      lastSmall = 1e5
      lastUnit = big
      zeroSeen = false
      any = true
      continue
    }
    return null
  }

  if (zeroSeen && pending < 0) return null // a trailing 零 (一百零)
  if (pending >= 0) {
    // 三千五 → 5 × 100; 十五 → 5 × 1; 一百零五 and a lone digit → 5
    section += !zeroSeen && lastUnit > 10 ? pending * (lastUnit / 10) : pending
  }
  return total + section
}
