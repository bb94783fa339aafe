// The report text as the patterns read it, with a map back to the original characters: every
// figure's offsets are reported in the original text, so the UI can highlight what the clerk sees.

/** A cleaned copy of the text; map[i] is the original offset of clean[i], map[clean.length] = text.length. */
export interface PreparedText {
  clean: string
  map: number[]
}

/** Footnote marks dropped from inside words: 执法[1]人员, ［2］, 【注3】, [注]. Superscripts and circled numbers too. */
const ANNOTATION = /\[(?:注)?\d{0,2}\]|［(?:注)?[\d０-９]{0,2}］|【注?\d{1,2}】|〔注\d{0,2}〕/y
/** Pinyin with tone marks in brackets: (zhèn), (jiān). Plain ASCII words in brackets are kept. */
const PINYIN = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/y
const DROPPED_CHARS = /[\u200B-\u200D\uFEFF\u00AD\r“”"¹²³\u2070-\u2079\u2460-\u2473]/
const SPACES = /[ \t\u3000\u00A0\u2002-\u200A]/
/** A line that ends a sentence or a heading: no soft wrap after it. */
const LINE_END = /[。；！？：:;!?…）)」》】]$/
/** Markers that open a heading or a list item at the start of a line. */
export const HEADING_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分|\d{1,2}[、．.](?!\d)|[一二三四五六七八九十]+是)/

/** A line of page metadata (发布机构, 成文日期, 来源 …): it stands alone, however long. */
const META_LINE = /发布机构|发文机关|成文日期|发布日期|发文日期|索引号|发文字号|信息来源|文章来源|来源[：:]|发布时间/

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

/** Full-width digits, letters, ％ and ＊ → ASCII, one character for one; anything else unchanged. */
function narrow(c: string): string {
  const code = c.charCodeAt(0)
  if ((code >= 0xFF10 && code <= 0xFF19) || (code >= 0xFF21 && code <= 0xFF3A) || (code >= 0xFF41 && code <= 0xFF5A)) return String.fromCharCode(code - 0xFEE0)
  if (c === '％') return '%'
  if (c === '＊') return '*'
  return c
}

/**
 * Line breaks that only wrap a sentence (text pasted from PDF or hard-wrapped mail): the line before
 * has no end punctuation and is prose (holds a comma or is longer than a heading, and is no short
 * heading line with a marker and no stop), and the next line does not open a heading. Such breaks
 * are dropped so that 行政处罚案\n件 reads as one word.
 */
function softBreaks(text: string): Set<number> {
  const breaks = new Set<number>()
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(lineStart, i).trim()
    const nextEnd = text.indexOf('\n', i + 1)
    const next = text.slice(i + 1, nextEnd < 0 ? text.length : nextEnd).trim()
    const long = line.length > 30 && !/[>|｜]/.test(line) && !/(?:报告|总结|通知|情况|方案)$/.test(line)
    const prose = (/[，,]/.test(line) || long) && !(HEADING_START.test(line) && line.length <= 40 && !/[。；;]/.test(line))
    const meta = META_LINE.test(line) || META_LINE.test(next)
    if (line !== '' && next !== '' && prose && !meta && !LINE_END.test(line) && !HEADING_START.test(next)) breaks.add(i)
    lineStart = i + 1
  }
  return breaks
}

/**
 * Cleans a report for matching, keeping a map to the original: footnote marks, zero-width and
 * carriage-return characters, quotes and spaces are dropped (a space between two digits is kept as
 * one space, so 1 2 stays two numbers), full-width digits and ％ become ASCII, ． between digits
 * becomes '.', and soft line wraps are joined. Line breaks otherwise stay (they end sentences).
 */
export function prepareText(text: string): PreparedText {
  const soft = softBreaks(text)
  let clean = ''
  const map: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '[' || c === '［' || c === '【' || c === '〔') {
      ANNOTATION.lastIndex = i
      const m = ANNOTATION.exec(text)
      if (m && !isDigit(narrow(text[i + m[0].length] ?? ''))) {
        i += m[0].length - 1
        continue
      }
    }
    if (c === '(') {
      // 大涌镇(zhèn)坚(jiān)持: pinyin a mirror page put after each character.
      PINYIN.lastIndex = i
      const m = PINYIN.exec(text)
      if (m) {
        i += m[0].length - 1
        continue
      }
    }
    if (DROPPED_CHARS.test(c) || (c === '\n' && soft.has(i))) continue
    if (SPACES.test(c)) {
      let j = i + 1
      while (j < text.length && SPACES.test(text[j] as string)) j++
      if (isDigit(clean[clean.length - 1]) && isDigit(narrow(text[j] ?? ''))) {
        clean += ' '
        map.push(i)
      }
      i = j - 1
      continue
    }
    let out = narrow(c)
    if (c === '．' && isDigit(clean[clean.length - 1]) && isDigit(narrow(text[i + 1] ?? ''))) out = '.'
    clean += out
    map.push(i)
  }
  map.push(text.length)
  return { clean, map }
}

/** Clean offsets [start, end) → original offsets [start, end), end just after the last character. */
export function toOriginal(p: PreparedText, start: number, end: number): [number, number] {
  const from = p.map[start] ?? p.map[p.map.length - 1] ?? 0
  const last = end > start ? p.map[end - 1] : undefined
  return [from, last === undefined ? from : last + 1]
}
