// PDF reports → text through Mozilla's pdf.js, which the caller loads (lazily, and differently in
// the browser and in Node: see src/composables/pdfjsBrowser.ts and src/cli/pdfjsNode.ts), so that
// this module stays pure. A PDF without a text layer is a scan: the clerk is told it needs OCR or the original file.
import { chinese, coded } from '../messages/chinese'
import type { Message } from '../messages/render'
import { pdfItemsToText, type PdfItem } from './pdfLines'

/** The part of pdf.js used here. */
export interface PdfjsLike {
  getDocument: (params: { data: Uint8Array, isEvalSupported?: boolean, useSystemFonts?: boolean, disableFontFace?: boolean, verbosity?: number, [option: string]: unknown }) => {
    promise: Promise<{
      numPages: number
      getPage: (n: number) => Promise<{ getTextContent: () => Promise<{ items: readonly unknown[] }>, cleanup?: () => void }>
      destroy: () => Promise<void>
    }>
  }
}
export type LoadPdfjs = () => Promise<PdfjsLike>

/** Why a PDF cannot be read, as codes of src/core/messages/report.*.ts. */
export const PDF_TEXTS = {
  scanned: { code: 'report-pdf-scanned' },
  password: { code: 'report-pdf-password' },
  broken: { code: 'report-pdf-broken' },
  unavailable: { code: 'report-pdf-unavailable' },
} as const satisfies Record<string, Message>
/** The same reasons in Chinese. */
export const PDF_MESSAGES = {
  scanned: chinese(PDF_TEXTS.scanned),
  password: chinese(PDF_TEXTS.password),
  broken: chinese(PDF_TEXTS.broken),
  unavailable: chinese(PDF_TEXTS.unavailable),
} as const

/** Fewer visible characters than this in the whole file: no text layer worth the name. */
const MIN_TEXT_CHARS = 20

function toItem(raw: unknown): PdfItem | null {
  const r = raw as { str?: unknown, transform?: unknown, width?: unknown }
  if (typeof r.str !== 'string' || !Array.isArray(r.transform)) return null
  const [a, b, c, d, e, f] = r.transform as number[]
  return { str: r.str, x: e ?? 0, y: f ?? 0, width: typeof r.width === 'number' ? r.width : 0, size: Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) }
}

/** A PDF's text, one paragraph a line; an error value (in Chinese) for scans, locked and broken files. */
export async function pdfToText(bytes: Uint8Array, load?: LoadPdfjs): Promise<{ text: string } | { error: string, errorText?: Message }> {
  if (!load) return coded(PDF_TEXTS.unavailable)
  const pdfjs = await load()
  let doc
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy, the caller's bytes stay usable.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise
  } catch (e) {
    return coded((e as { name?: string }).name === 'PasswordException' ? PDF_TEXTS.password : PDF_TEXTS.broken)
  }
  try {
    const pages: PdfItem[][] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      pages.push(content.items.map(toItem).filter((i): i is PdfItem => i !== null))
      page.cleanup?.()
    }
    const text = pdfItemsToText(pages)
    if (text.replace(/\s+/gu, '').length < MIN_TEXT_CHARS) return coded(PDF_TEXTS.scanned)
    return { text }
  } catch {
    return coded(PDF_TEXTS.broken)
  } finally {
    await doc.destroy()
  }
}
