// One path from a report file to its text, whatever it arrives as: Word (.docx; .doc and WPS 文字
// .wps), OpenDocument (.odt), PDF with a text layer, RTF, a web page saved from a government site
// (.html/.htm), plain text in any encoding (.txt, .md). The format is told by the file's first
// bytes where they say it, else by its name. Each reader loads its library on first use.
import type { Message } from '../messages/render'
import { decodeBytes, sniffBinaryKind } from '../decode'
import type { InputFile } from '../types'
import { htmlToReportText, type ParseHtml } from './html'
import { pdfToText, type LoadPdfjs } from './pdf'

export type ReportText = { text: string } | { error: string, errorText?: Message }
export type ReportFormat = 'docx' | 'word97' | 'odt' | 'pdf' | 'rtf' | 'html' | 'text'

/** What the environment provides: pdf.js (loaded its own way in the browser and in Node), and the browser's HTML parser. */
export interface ReaderEnv {
  loadPdfjs?: LoadPdfjs
  parseHtml?: ParseHtml
}

/** File-name extensions read as narrative reports. */
export const REPORT_EXTENSIONS = ['.txt', '.text', '.md', '.docx', '.doc', '.wps', '.odt', '.pdf', '.rtf', '.html', '.htm'] as const

const ascii = (bytes: Uint8Array, n: number) => String.fromCharCode(...bytes.subarray(0, n))

/** Which reader a file needs: its magic number first, its name otherwise. */
export function reportFormatOf(input: InputFile): ReportFormat {
  const name = input.name.toLowerCase()
  const kind = sniffBinaryKind(input.bytes)
  const head = ascii(input.bytes, 1024)
  if (kind === 'zip') return name.endsWith('.odt') || head.includes('opendocument.text') ? 'odt' : 'docx'
  if (kind === 'xls') return 'word97'
  if (kind === 'pdf' || head.includes('%PDF-')) return 'pdf'
  if (/^\s*\{\\rtf/u.test(head)) return 'rtf'
  if (/\.(html?|shtml|xhtml)$/u.test(name)) return 'html'
  if (/^(\uFEFF|\xEF\xBB\xBF)?\s*(<!doctype html|<html[\s>])/iu.test(head)) return 'html'
  if (name.endsWith('.docx')) return 'docx'
  if (name.endsWith('.doc') || name.endsWith('.wps')) return 'word97'
  if (name.endsWith('.odt')) return 'odt'
  if (name.endsWith('.pdf')) return 'pdf'
  if (name.endsWith('.rtf')) return 'rtf'
  return 'text'
}

/** A report file's text, one paragraph a line, or an error value (in Chinese) saying what to do. */
export async function readReportText(input: InputFile, env: ReaderEnv = {}): Promise<ReportText> {
  const bytes = input.bytes
  switch (reportFormatOf(input)) {
    case 'docx': return (await import('../extract/docx')).docxToText(bytes)
    case 'word97': return (await import('./word97')).word97ToText(bytes)
    case 'odt': return (await import('./odt')).odtToText(bytes)
    case 'rtf': return (await import('./rtf')).rtfToText(bytes)
    case 'pdf': return pdfToText(bytes, env.loadPdfjs)
    case 'html': {
      const decoded = decodeBytes(bytes)
      return 'error' in decoded ? decoded : { text: htmlToReportText(decoded.text, env.parseHtml) }
    }
    case 'text': {
      const decoded = decodeBytes(bytes)
      return 'error' in decoded ? decoded : { text: decoded.text }
    }
  }
}
