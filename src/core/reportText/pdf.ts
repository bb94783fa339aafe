// PDF reports → text through Mozilla's pdf.js, which the caller loads (lazily, and differently in
// the browser and in Node: see src/composables/pdfjsBrowser.ts and src/cli/pdfjsNode.ts), so that
// this module stays pure. A PDF without a text layer is a scan: the clerk is told it needs OCR or the original file.
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

export const PDF_MESSAGES = {
  scanned: 'PDF 中没有可读取的文字（是扫描或拍照得到的图片）：请先用 OCR 识别成文字，或向乡镇索取原始的 Word 文件后再导入',
  password: 'PDF 设有打开密码，无法读取：请去掉密码，或向乡镇索取原始的 Word 文件后再导入',
  broken: 'PDF 文件已损坏，无法读取：请重新获取文件，或向乡镇索取原始的 Word 文件后再导入',
  unavailable: '当前环境无法读取 PDF：请向乡镇索取原始的 Word 文件，或复制 PDF 中的文字粘贴导入',
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
export async function pdfToText(bytes: Uint8Array, load?: LoadPdfjs): Promise<{ text: string } | { error: string }> {
  if (!load) return { error: PDF_MESSAGES.unavailable }
  const pdfjs = await load()
  let doc
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy, the caller's bytes stay usable.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise
  } catch (e) {
    return { error: (e as { name?: string }).name === 'PasswordException' ? PDF_MESSAGES.password : PDF_MESSAGES.broken }
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
    if (text.replace(/\s+/gu, '').length < MIN_TEXT_CHARS) return { error: PDF_MESSAGES.scanned }
    return { text }
  } catch {
    return { error: PDF_MESSAGES.broken }
  } finally {
    await doc.destroy()
  }
}
