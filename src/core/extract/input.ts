// Report inputs: a .txt file (any encoding decodeBytes detects), a .docx file, or pasted text →
// extraction results. Traditional characters are converted first (see traditional.ts).
import { decodeBytes, sniffBinaryKind } from '../decode'
import type { InputFile } from '../types'
import { docxToText } from './docx'
import { PASTED_FILE, extractFrom } from './extract'
import { toSimplified } from './traditional'
import type { ExtractOptions, ExtractResult } from './types'

/** File-name extensions read as narrative reports. */
export const REPORT_EXTENSIONS = ['.txt', '.text', '.docx', '.md']

/** Is this file a narrative report by its name (.txt, .docx …)? A .txt file may still be a table: callers decide by content. */
export function isReportFileName(name: string): boolean {
  const lower = name.toLowerCase()
  return REPORT_EXTENSIONS.some(ext => lower.endsWith(ext))
}

/** A report file's text: .docx (by name or zip signature) through mammoth, anything else decoded as text. */
export async function readReportText(input: InputFile): Promise<{ text: string } | { error: string }> {
  if (input.name.toLowerCase().endsWith('.docx') || sniffBinaryKind(input.bytes) === 'zip') return docxToText(input.bytes)
  if (input.name.toLowerCase().endsWith('.doc') || sniffBinaryKind(input.bytes) === 'xls') {
    return { error: '这是旧版 Word（.doc）文件，无法直接读取：请在 Word 或 WPS 中另存为 .docx 或纯文本后再导入' }
  }
  const decoded = decodeBytes(input.bytes)
  return 'error' in decoded ? decoded : { text: decoded.text }
}

/**
 * Extracts a report's figures, converting traditional characters first. When the conversion keeps
 * every character in place, offsets and sentences refer to the original text; otherwise they refer
 * to the converted text, which is returned as convertedText, and a warning says so.
 */
export async function extractReportAsync(text: string, options: ExtractOptions): Promise<ExtractResult> {
  const simplified = await toSimplified(text)
  if (!simplified.converted) return extractFrom(text, text, options)
  if (simplified.aligned) return extractFrom(simplified.text, text, options, ['报告为繁体字，已转换为简体后识别'])
  const result = extractFrom(simplified.text, simplified.text, options, ['报告为繁体字，已转换为简体后识别；转换改变了文字长度，位置和原句以转换后的文本为准'])
  return { ...result, convertedText: simplified.text }
}

/** Pasted text → extraction results, under the file name 粘贴的文本 unless another is given. */
export function extractPastedText(text: string, options: ExtractOptions): Promise<ExtractResult> {
  return extractReportAsync(text, { ...options, file: options.file ?? PASTED_FILE })
}

/** A report file read and extracted; `text` is the text every offset refers to (for highlighting). */
export type ReportFileResult =
  | { file: string, text: string, result: ExtractResult }
  | { file: string, error: string }

/** A report file (.txt in any detected encoding, .docx) → its text and extraction results, or an error value naming the file. */
export async function extractReportFile(input: InputFile, options: Omit<ExtractOptions, 'file'>): Promise<ReportFileResult> {
  const read = await readReportText(input)
  if ('error' in read) return { file: input.name, error: read.error }
  const result = await extractReportAsync(read.text, { ...options, file: input.name })
  return { file: input.name, text: result.convertedText ?? read.text, result }
}
