import { describe, expect, it } from 'vitest'
import { pageLines, pdfItemsToText, type PdfItem } from '@/core/reportText/pdfLines'

/** A page set like a report: 12-point type, body from x=60 to x=540, lines 18 points apart, 2-character first-line indent. */
function lines(rows: readonly (string | { text: string, x?: number, size?: number, width?: number })[], top = 760): PdfItem[] {
  return rows.map((row, i) => {
    const r = typeof row === 'string' ? { text: row } : row
    const size = r.size ?? 12
    return { str: r.text, x: r.x ?? 60, y: top - i * 18, width: r.width ?? Math.min(480, r.text.length * size), size }
  })
}
const FULL = 480

describe('pdfItemsToText', () => {
  it('joins wrapped lines of a paragraph without spaces, starts a paragraph at an indent, a short line, a centred title', () => {
    const page = lines([
      { text: '大同镇人民政府', x: 258, width: 84 },
      { text: '今年以来，共开展行政执法检查', x: 84, width: FULL - 24 },
      { text: '76次，罚款7610元。', width: 150 },
      { text: '一、存在的问题', size: 16, width: 112 },
      { text: '执法人员持证率达到', x: 84, width: FULL - 24 },
      { text: '100%。', width: 40 },
    ])
    expect(pdfItemsToText([page])).toBe('大同镇人民政府\n今年以来，共开展行政执法检查76次，罚款7610元。\n一、存在的问题\n执法人员持证率达到100%。')
  })

  it('carries a paragraph over a page break, and drops page numbers', () => {
    const one = [...lines([{ text: '共开展行政执法检查', x: 84, width: FULL - 24 }]), { str: '- 1 -', x: 290, y: 40, width: 20, size: 10 }]
    const two = lines(['76次，办理案件19件。'], 780)
    expect(pdfItemsToText([one, two])).toBe('共开展行政执法检查76次，办理案件19件。')
  })

  it('joins a number broken across lines without a space', () => {
    expect(pdfItemsToText([lines([{ text: '累计发放宣传资料50', width: FULL }, { text: '00余份，持证率达99.', width: FULL }, { text: '5%。', width: 30 }])])).toBe('累计发放宣传资料5000余份，持证率达99.5%。')
  })

  it('puts one space between Latin words broken across lines', () => {
    expect(pdfItemsToText([lines([{ text: 'The township held', width: FULL }, { text: 'seven meetings.', width: 90 }])])).toBe('The township held seven meetings.')
  })

  it('a paragraph whose last line fills the measure still ends at a wider gap than the line spacing', () => {
    const page: PdfItem[] = [{ str: '第一段落满行', x: 60, y: 760, width: FULL, size: 12 }, { str: '第二段落', x: 60, y: 700, width: 48, size: 12 }, { str: '接着一行', x: 60, y: 682, width: 48, size: 12 }]
    expect(pdfItemsToText([page])).toBe('第一段落满行\n第二段落\n接着一行')
  })

  it('is empty for pages without text (a scan)', () => {
    expect(pdfItemsToText([[], []])).toBe('')
  })
})

describe('pageLines', () => {
  it('orders items on a baseline from left to right; drops spaces beside Chinese characters; keeps them between Latin ones', () => {
    const items: PdfItem[] = [
      { str: '年以来', x: 110, y: 739, width: 32, size: 10.5 }, { str: '2024', x: 80, y: 739.2, width: 27, size: 12 }, { str: ' ', x: 107, y: 739, width: 2, size: 12 },
      { str: 'rate', x: 150, y: 739, width: 20, size: 12 }, { str: 'of law', x: 175, y: 739, width: 30, size: 12 },
    ]
    expect(pageLines(items).map(l => l.text)).toEqual(['2024年以来rate of law'])
  })
})
