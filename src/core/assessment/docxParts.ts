// Small builders over the `docx` package for the 通报 and the feedback sheets: paragraphs in the
// type of Chinese official documents and plain bordered tables. The package is passed in, so that the
// callers load it lazily (import('docx')) and this file stays free of it at start-up.
import type * as Docx from 'docx'

export type DocxLib = typeof Docx

/** Sizes in half-points: 二号 22pt (title), 三号 16pt (body), 小四 12pt (tables). */
export const SIZE = { title: 44, body: 32, table: 21 } as const

export function parts(d: DocxLib) {
  const para = (text: string, opts: { bold?: boolean, size?: number, align?: 'center' | 'right' | 'left', indent?: boolean, font?: string } = {}) => new d.Paragraph({
    alignment: opts.align === 'center' ? d.AlignmentType.CENTER : opts.align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.JUSTIFIED,
    indent: opts.indent === false || opts.align ? undefined : { firstLine: 640 },
    spacing: { line: 560, lineRule: d.LineRuleType.EXACT },
    children: [new d.TextRun({ text, bold: opts.bold, size: opts.size ?? SIZE.body, font: opts.font ? { eastAsia: opts.font, ascii: opts.font, hAnsi: opts.font } : undefined })],
  })
  const title = (text: string) => new d.Paragraph({
    alignment: d.AlignmentType.CENTER, spacing: { before: 240, after: 240 },
    children: [new d.TextRun({ text, size: SIZE.title, bold: true, font: { eastAsia: '宋体', ascii: 'SimSun', hAnsi: 'SimSun' } })],
  })
  const heading = (text: string) => para(text, { font: '黑体' })
  /** Text width of the A4 page between the margins, in twips. */
  const TEXT_WIDTH = 8844
  const cell = (text: string, header: boolean, width: number | undefined) => new d.TableCell({
    width: width === undefined ? undefined : { size: Math.round(TEXT_WIDTH * width / 100), type: d.WidthType.DXA },
    children: [new d.Paragraph({ alignment: !header && width !== undefined && width >= 30 ? d.AlignmentType.LEFT : d.AlignmentType.CENTER, children: [new d.TextRun({ text, bold: header, size: SIZE.table })] })],
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
  })
  /** A table with a header row; every cell is text. `widths` in percent of the text width (else equal). */
  const table = (header: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]) => new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: (widths ?? header.map(() => 100 / header.length)).map(w => Math.round(TEXT_WIDTH * w / 100)),
    rows: [
      new d.TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, widths?.[i])) }),
      ...rows.map(r => new d.TableRow({ children: r.map((c, i) => cell(c, false, widths?.[i])) })),
    ],
  })
  const image = (png: Uint8Array, width: number, height: number) => new d.Paragraph({
    alignment: d.AlignmentType.CENTER,
    children: [new d.ImageRun({ type: 'png', data: png, transformation: { width, height } })],
  })
  const pageBreak = () => new d.Paragraph({ children: [new d.PageBreak()] })
  /** A mark (内部资料 · 县司法局) in the header of every page: grey, bold, at the left like a 密级 mark. */
  const markHeader = (mark: string) => ({ default: new d.Header({ children: [new d.Paragraph({ children: [new d.TextRun({ text: mark, bold: true, color: '808080', size: SIZE.body })] })] }) })
  /** A document of A4 pages with the house styles; `mark` heads every page when given. */
  const document = (title: string, children: (Docx.Paragraph | Docx.Table)[][], mark?: string) => new d.Document({
    title, creator: '乡镇法治建设指标看板',
    styles: { default: { document: { run: { size: SIZE.body, font: { eastAsia: '仿宋', ascii: 'Times New Roman', hAnsi: 'Times New Roman' } } } } },
    sections: children.map(c => ({ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } }, ...(mark ? { headers: markHeader(mark) } : {}), children: c })),
  })
  return { para, title, heading, table, image, pageBreak, document }
}
