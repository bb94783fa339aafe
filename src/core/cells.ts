// One cell's text → a number in the indicator's unit. Used by the normalizer on every cell, so the
// common case (a plain number) is one regex test and one Number() call.
import { parseChineseNumber, CHINESE_NUMERAL_CHARS } from './chineseNumber'
import type { Message } from './messages/render'
import type { Indicator } from './types'

export type CellValue =
  /**
   * A figure. value has 万/亿 already applied; unit is the text unit written after the number ('' if
   * none): '1.2万元' → 12000 '元', '5000余份' → 5000 approx '份'. scaled is set (only) when the cell
   * wrote 万 or 亿 but no unit ('1.2万'): it already states its magnitude, so the column header's
   * unit factor (万元) must not be applied again.
   */
  | { kind: 'value', value: number, approx: boolean, unit: string, scaled?: true }
  /** Nothing reported: '', '—', '/', 'N/A', '未填', '空' … */
  | { kind: 'missing' }
  /** Reported as not applicable to this township: '不适用', '无此项', '无此项职责', '不涉及'. */
  | { kind: 'not-applicable' }
  /** Text that is no number, and why (a message of the catalogue). */
  | { kind: 'invalid', reason: Message }

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/
const NARROW = /[\uFF01-\uFF5E\u3000\u00A0\u2212\u200B]/g
const DASHES = /^[-—–―/\\]+$/
/**
 * 'N/A' and 'NA' count as missing in any letter case: spreadsheets use them for "no data", and
 * 'n/a' meaning something else than 'N/A' would surprise anyone. Not-applicable needs the Chinese words.
 */
const MISSING_WORDS = new Set(['n/a', 'na', '#n/a', 'null', '未填', '未填写', '空', '无数据', '暂无数据'])
const NOT_APPLICABLE_WORDS = new Set(['不适用', '无此项', '无此项职责', '无此职责', '不涉及'])
const PREFIX = /^(?:共计|合计|累计|共|计|达)?\s*(大约|约为|约合|约|超过|超|将近|接近|近|逾|不少于|不低于|至少)?\s*/
const ARABIC = /-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y
const TAIL = /^\s*([余多])?([千万亿])?([余多])?\s*(.*?)\s*(以上|左右|有余)?$/s
const UNIT = /^(?:%|‰|[\u3400-\u9fff]{1,6})$/
const RANGE = /^\d+(?:\.\d+)?\s*[-—–~至到]\s*\d+(?:\.\d+)?$/
const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8 }

const MISSING: CellValue = Object.freeze({ kind: 'missing' })
const NOT_APPLICABLE: CellValue = Object.freeze({ kind: 'not-applicable' })
const NOT_A_NUMBER: CellValue = Object.freeze({ kind: 'invalid', reason: { code: 'cell-not-a-number' } })

/** Rounds away float noise (1.2 × 10000, 294.65 × 10000) and turns -0 into 0. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6 + 0

/** Full-width ASCII (０-９，．％－（）Ｎ／Ａ) → ASCII, U+3000 and NBSP → space, then trimmed. */
function normalizeCellText(raw: string): string {
  return raw.replace(NARROW, (c) => {
    const code = c.charCodeAt(0)
    if (code >= 0xFF01) return String.fromCharCode(code - 0xFEE0)
    if (code === 0x2212) return '-'
    return code === 0x200B ? '' : ' '
  }).trim()
}

/** Missing and not-applicable markers, after normalizeCellText; null for anything else. */
function readMarker(s: string): CellValue | null {
  if (s === '' || DASHES.test(s)) return MISSING
  if (MISSING_WORDS.has(s.toLowerCase())) return MISSING
  return NOT_APPLICABLE_WORDS.has(s) ? NOT_APPLICABLE : null
}

function value(v: number, approx: boolean, unit: string, scaled: boolean): CellValue {
  if (!Number.isFinite(v)) return { kind: 'invalid', reason: { code: 'cell-too-large' } }
  return scaled && unit === '' ? { kind: 'value', value: v, approx, unit, scaled: true } : { kind: 'value', value: v, approx, unit }
}

/** Reads a Chinese numeral at the start of s (longest prefix that is one): '两万余人次' → [20000, 2]. */
function readChineseNumeral(s: string, from: number): [number, number] | null {
  let end = from
  while (end < s.length && CHINESE_NUMERAL_CHARS.has(s[end] as string)) end++
  for (; end > from; end--) {
    const n = parseChineseNumber(s.slice(from, end))
    if (n !== null) return [n, end]
  }
  return null
}

/**
 * One cell → a number, for count, amount and rate indicators. Never throws.
 *
 * Accepts: '268', '7,610' and '7，610' (thousands grouped by three), '12.5', '-5' (kept; validation
 * rejects it), full-width digits ('１００％'), a unit after the number ('7610元', ' 731 宗', '100%'),
 * 万/亿 (and 千 after Arabic digits) as multipliers ('1.2万元' → 12000 元), Chinese numerals
 * ('四场', '十二', '两万'), and approximate figures, which keep the stated value with approx: true —
 * prefixes 约 超 超过 近 将近 逾 不少于 …, and 余 多 以上 左右 after the number or unit
 * ('5000余份', '3000以上', '千余', '3.3万余人次', '98%以上'). Neutral prefixes 共 合计 累计 达 are dropped.
 * '无' ("none") is read as 0: in a count cell it answers "how many?" with nothing.
 * Rejected: '1e3', '12-15', '1.2.3', '5 6', formulas, and any other text.
 */
export function parseNumberCell(raw: string): CellValue {
  if (PLAIN_NUMBER.test(raw)) return value(Number(raw) + 0, false, '', false)
  const s = normalizeCellText(raw)
  const marker = readMarker(s)
  if (marker) return marker
  if (s === '无') return { kind: 'value', value: 0, approx: false, unit: '' }
  if (PLAIN_NUMBER.test(s)) return value(Number(s) + 0, false, '', false)

  const prefix = PREFIX.exec(s) as RegExpExecArray // every group is optional: always matches
  const start = prefix[0].length
  let n: number
  let end: number
  let scaled = false
  ARABIC.lastIndex = start
  const arabic = ARABIC.exec(s)
  if (arabic) {
    n = Number(arabic[0].replaceAll(',', ''))
    end = start + arabic[0].length
  } else {
    const chinese = readChineseNumeral(s, start)
    if (!chinese) return explainInvalid(s)
    n = chinese[0]
    end = chinese[1]
    scaled = /[万亿萬億]/.test(s.slice(start, end))
  }

  const tail = TAIL.exec(s.slice(end))
  if (!tail) return explainInvalid(s)
  const [, approxBefore, multiplier, approxAfter, unitText = '', approxTrailing] = tail
  const unit = unitText.startsWith('(') && unitText.endsWith(')') ? unitText.slice(1, -1).trim() : unitText
  if (unit !== '' && !UNIT.test(unit)) return explainInvalid(s)
  if (multiplier) {
    n *= MULTIPLIERS[multiplier] as number
    scaled ||= multiplier !== '千'
  }
  const approx = Boolean(prefix[1] || approxBefore || approxAfter || approxTrailing)
  return value(round6(n), approx, unit, scaled)
}

/**
 * The figure of a cell that is a plain decimal ('268', '-5', '12.5'), multiplied by `factor` (the
 * header's unit factor) and rounded like convertToUnit: the same number parseNumberCell followed by
 * convertToUnit gives. null for any other cell (units, markers, text, numbers too large): those take
 * the full path. The normalizer's shortcut for the common cell.
 */
export function plainNumberInUnit(raw: string, factor: number): number | null {
  if (!PLAIN_NUMBER.test(raw)) return null
  const n = Number(raw) + 0
  return Number.isFinite(n) ? round6(n * factor) : null
}

function explainInvalid(s: string): CellValue {
  if (s.startsWith('=')) return { kind: 'invalid', reason: { code: 'cell-formula' } }
  if (RANGE.test(s)) return { kind: 'invalid', reason: { code: 'cell-range' } }
  return NOT_A_NUMBER
}

const FLAG_TRUE = new Set(['是', '有', '已', '按时', '√', '✓', '✔', '☑', 'true', 'yes', 'y', '1'])
const FLAG_FALSE = new Set(['否', '无', '未', '没有', '逾期', '超期', '×', '✗', '✘', '☒', 'false', 'no', 'n', '0'])
const FLAG_TRUE_WORD = /^(?:已|按时)[\u4e00-\u9fff]{1,4}$/ // 已公开, 已建立, 按时报送
const FLAG_FALSE_WORD = /^(?:未|逾期|没有)[\u4e00-\u9fff]{1,4}$/ // 未公开, 未建立, 逾期报送

/**
 * A yes/no cell → value 1 or 0 (unit ''): 是/否, 有/无, 已/未 and words starting with them
 * (已公开/未公开), 按时/逾期, √/×, ✓/✗, true/false, yes/no, 1/0. Missing and not-applicable
 * markers as in parseNumberCell. Never throws.
 */
export function parseFlagCell(raw: string): CellValue {
  const s = normalizeCellText(raw)
  const marker = readMarker(s)
  if (marker) return marker
  const lower = s.toLowerCase()
  if (FLAG_TRUE.has(lower) || FLAG_TRUE_WORD.test(s)) return { kind: 'value', value: 1, approx: false, unit: '' }
  if (FLAG_FALSE.has(lower) || FLAG_FALSE_WORD.test(s)) return { kind: 'value', value: 0, approx: false, unit: '' }
  return { kind: 'invalid', reason: { code: 'cell-not-a-flag' } }
}

/**
 * A parsed figure → the indicator's canonical unit. The cell's own unit wins over the column
 * header's: unit '' takes headerFactor (the factor of the header's unit, 1 if none; skipped when
 * the cell is `scaled`), a unit listed in indicator.unit_aliases takes its factor, the canonical
 * unit itself and '%' on a rate take 1. Any other unit is an error value (in Chinese).
 * The result is rounded to 6 decimals so that 1.2 × 10000 is 12000.
 */
export function convertToUnit(
  cell: { value: number, unit: string, scaled?: boolean },
  indicator: Indicator,
  headerFactor: number,
): { value: number } | { error: Message } {
  let factor: number
  if (cell.unit === '') {
    factor = cell.scaled ? 1 : headerFactor
  } else if (Object.hasOwn(indicator.unit_aliases, cell.unit)) {
    factor = indicator.unit_aliases[cell.unit] as number
  } else if (cell.unit === indicator.unit || (cell.unit === '%' && indicator.kind === 'rate')) {
    factor = 1
  } else {
    return { error: { code: 'cell-unit-mismatch', params: { unit: cell.unit, indicator: { indicator: indicator.id }, expected: { unit: indicator.id } } } }
  }
  return { value: round6(cell.value * factor) }
}
