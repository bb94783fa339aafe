// The text items of a PDF's pages (as pdf.js gives them: a string and where it is drawn) → the
// report's paragraphs. Items on one baseline form a line; lines join into a paragraph unless the
// line before ended short of the right margin, the next one starts indented (first-line indent,
// centred or right-aligned lines), the gap between them is wider than the usual line spacing, or
// the type size changes (a heading). Chinese joins without spaces: a space next to a CJK character
// is a typesetting gap, not text; Latin words broken across lines get one. Page numbers go.

export interface PdfItem {
  str: string
  /** Left end of the baseline, in PDF units (y grows upwards). */
  x: number
  y: number
  width: number
  /** Type size (the glyphs' height). */
  size: number
}

interface Line { text: string, left: number, right: number, y: number, size: number }

const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef'
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu')
const IS_CJK = new RegExp(`[${CJK}]`, 'u')
/** "3", "- 3 -", "— 3 —", "第3页", "3/12", "第 3 页 共 12 页". */
const PAGE_NUMBER = /^[-–—\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-–—\s]*$/u

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] as number)
}

/** The items of one page as lines, top to bottom, each item's text in left-to-right order. */
export function pageLines(items: readonly PdfItem[]): Line[] {
  const drawn = items.filter(i => i.str.trim() !== '' && i.size > 0)
  const sorted = [...drawn].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: PdfItem[][] = []
  for (const item of sorted) {
    const line = lines[lines.length - 1]
    const first = line?.[0]
    if (line && first && Math.abs(first.y - item.y) < Math.min(first.size, item.size) * 0.5) line.push(item)
    else lines.push([item])
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x)
    let text = ''
    let end = -Infinity
    for (const item of line) {
      const gap = item.x - end
      if (text && gap > item.size * 0.2 && !/\s$/u.test(text)) text += ' '
      text += item.str
      end = Math.max(end, item.x + item.width)
    }
    return {
      text: text.replace(/\s+/gu, ' ').replace(SPACE_BY_CJK, '').trim(),
      left: Math.min(...line.map(i => i.x)), right: end, y: line[0]?.y ?? 0, size: median(line.map(i => i.size)),
    }
  })
}

/** Joins the end of one line to the next line of its paragraph: Latin words get a space; Chinese, and a number broken across the lines, none. */
function join(a: string, b: string): string {
  const last = a.slice(-1)
  const first = b.slice(0, 1)
  const number = /[\d.%]/u.test(last) && /[\d.%]/u.test(first) && /\d/u.test(last + first)
  return IS_CJK.test(last) || IS_CJK.test(first) || last === '-' || number ? a + b : `${a} ${b}`
}

/** Every page's items → the document's paragraphs, one a line. */
export function pdfItemsToText(pages: readonly (readonly PdfItem[])[]): string {
  const paragraphs: string[] = []
  let open: Line | null = null
  let spacing = 0
  for (const items of pages) {
    const lines = pageLines(items).filter((l, i, all) => !((i === 0 || i === all.length - 1) && PAGE_NUMBER.test(l.text)))
    if (lines.length === 0) continue
    const left = Math.min(...lines.map(l => l.left))
    const right = Math.max(...lines.map(l => l.right))
    const gaps = lines.slice(1).map((l, i) => (lines[i] as Line).y - l.y).filter(g => g > 0)
    spacing = gaps.length ? median(gaps) : spacing
    lines.forEach((line, i) => {
      const before = i > 0 ? lines[i - 1] as Line : null
      const continues = open !== null
        && open.right >= right - open.size * 1.5
        && line.left <= left + line.size * 0.8
        && Math.abs(line.size - open.size) <= Math.max(open.size, line.size) * 0.15
        && (before === null || before.y - line.y <= spacing * 1.6)
      if (continues && open) {
        paragraphs[paragraphs.length - 1] = join(paragraphs[paragraphs.length - 1] as string, line.text)
        open = { ...line }
      } else {
        paragraphs.push(line.text)
        open = line
      }
    })
  }
  return paragraphs.filter(p => p !== '').join('\n')
}
