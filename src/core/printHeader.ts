// The header of every printed page (county, page title, 数据截至, page x of n) as CSS @page margin
// boxes, which the browser repeats on each sheet with its own page numbers.

/** Text as a CSS string literal: every character but letters and digits escaped (\hex), so nothing in it can end the string or the rule. */
export function cssString(text: string): string {
  let out = ''
  for (const ch of text) out += /[\p{L}\p{N}]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `
  return `"${out}"`
}

export interface PrintHeaderText {
  /** Left: 示例县 · 总览. */
  left: string
  /** Right, before the page number: 数据截至 2025-01-20 (may be ''). */
  right: string
  /** The page number's words around counter(page) and counter(pages): ['第 ', ' 页 / 共 ', ' 页']. */
  pageWords: readonly [string, string, string]
}

/** The @page rules of the print header. */
export function printHeaderCss(h: PrintHeaderText): string {
  const [before, middle, after] = h.pageWords
  const right = h.right === '' ? '' : `${cssString(`${h.right}  ·  `)} `
  return `@media print { @page {
  @top-left { content: ${cssString(h.left)}; font-size: 9pt; color: #333; vertical-align: bottom; }
  @top-right { content: ${right}${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; font-size: 9pt; color: #333; vertical-align: bottom; }
} }`
}
