// PowerPoint decks (.pptx, 16:9): a title slide (county, year, date), then one slide per chart with
// its title as text, the chart as a picture and speaker notes. pptxgenjs is loaded only when used.
import type { ExportSize } from '@/charts/exportFrame'

/** Size of a chart picture on a slide (CSS px before the pixel ratio): fills 9.4 × 4.5 in of the 10 × 5.625 in slide. */
export const PPTX_IMAGE: ExportSize = { width: 1880, height: 900 }

export interface PptxChartSlide {
  title: string
  /** PNG data URL drawn at PPTX_IMAGE (× ratio). */
  image: string
  /** Describes the picture to screen-reader users of the file. */
  altText: string
  notes: string
}

export interface PptxDeck {
  title: string
  subtitle: string
  date: string
  credit: string
  slides: readonly PptxChartSlide[]
  /** 内部资料 · 县司法局: written faintly across every slide (as text, besides the pictures' own) when set. */
  watermark?: string
}

const FONT = 'Microsoft YaHei'
const SLIDE_W = 10
const MARGIN = 0.3

/** The .pptx file of a deck. */
export async function buildPptx(deck: PptxDeck): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_16x9'
  pptx.title = deck.title
  pptx.company = deck.credit

  type Slide = ReturnType<typeof pptx.addSlide>
  const mark = (slide: Slide) => {
    if (!deck.watermark) return
    slide.addText(deck.watermark, { x: 1, y: 2.2, w: 8, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: '9A9A9A', transparency: 75, align: 'center', valign: 'middle', rotate: 330 })
  }
  const cover = pptx.addSlide()
  cover.addText(deck.title, { x: 0.5, y: 1.5, w: 9, h: 1.1, fontFace: FONT, fontSize: 36, bold: true, color: '1F2329', align: 'center', fit: 'shrink' })
  cover.addText(deck.subtitle, { x: 0.5, y: 2.65, w: 9, h: 0.7, fontFace: FONT, fontSize: 24, color: '1F2329', align: 'center' })
  cover.addText(deck.date, { x: 0.5, y: 3.5, w: 9, h: 0.5, fontFace: FONT, fontSize: 16, color: '404040', align: 'center' })
  cover.addText(deck.credit, { x: 0.5, y: 4.8, w: 9, h: 0.4, fontFace: FONT, fontSize: 12, color: '5C6370', align: 'center' })
  mark(cover)

  const imageW = SLIDE_W - 2 * MARGIN
  const imageH = imageW * PPTX_IMAGE.height / PPTX_IMAGE.width
  for (const s of deck.slides) {
    const slide = pptx.addSlide()
    slide.addText(s.title, { x: MARGIN, y: 0.12, w: imageW, h: 0.66, fontFace: FONT, fontSize: 24, bold: true, color: '000000', valign: 'middle', fit: 'shrink' })
    slide.addImage({ data: s.image, x: MARGIN, y: 0.9, w: imageW, h: imageH, altText: s.altText })
    mark(slide)
    if (s.notes) slide.addNotes(s.notes)
  }
  const out = await pptx.write({ outputType: 'blob' })
  return out instanceof Blob ? out : new Blob([out as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' })
}
