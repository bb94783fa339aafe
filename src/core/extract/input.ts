// Report inputs: a report file in any format ../reportText/read.ts reads (Word, WPS, ODT, PDF, RTF,
// web page, text in any encoding), or pasted text → extraction results. Traditional characters are
// converted first (see traditional.ts).
import { readReportText, REPORT_EXTENSIONS, type ReaderEnv } from '../reportText/read'
import type { Message } from '../messages/render'
import type { InputFile } from '../types'
import { PASTED_FILE, extractFrom } from './extract'
import { toSimplified } from './traditional'
import type { ExtractOptions, ExtractResult } from './types'

export { readReportText, REPORT_EXTENSIONS }

/** Is this file a narrative report by its name (.txt, .docx, .pdf …)? A .txt file may still be a table: callers decide by content. */
export function isReportFileName(name: string): boolean {
  const lower = name.toLowerCase()
  return REPORT_EXTENSIONS.some(ext => lower.endsWith(ext))
}

/**
 * Extracts a report's figures, converting traditional characters first. When the conversion keeps
 * every character in place, offsets and sentences refer to the original text; otherwise they refer
 * to the converted text, which is returned as convertedText, and a warning says so.
 */
export async function extractReportAsync(text: string, options: ExtractOptions): Promise<ExtractResult> {
  const simplified = await toSimplified(text)
  if (!simplified.converted) return extractFrom(text, text, options)
  if (simplified.aligned) return extractFrom(simplified.text, text, options, simplified.mixed ? [] : [{ code: 'report-traditional' }])
  const result = extractFrom(simplified.text, simplified.text, options, [{ code: 'report-traditional-shifted' }])
  return { ...result, convertedText: simplified.text }
}

/** Pasted text → extraction results, under the file name 粘贴的文本 unless another is given. */
export function extractPastedText(text: string, options: ExtractOptions): Promise<ExtractResult> {
  return extractReportAsync(text, { ...options, file: options.file ?? PASTED_FILE })
}

/** A report file read and extracted; `text` is the text every offset refers to (for highlighting). */
export type ReportFileResult =
  | { file: string, text: string, result: ExtractResult }
  | { file: string, error: string, errorText?: Message }

/** A report file (any format readReportText reads) → its text and extraction results, or an error value naming the file. */
export async function extractReportFile(input: InputFile, options: Omit<ExtractOptions, 'file'>, env: ReaderEnv = {}): Promise<ReportFileResult> {
  const read = await readReportText(input, env)
  if ('error' in read) return read.errorText ? { file: input.name, error: read.error, errorText: read.errorText } : { file: input.name, error: read.error }
  const result = await extractReportAsync(read.text, { ...options, file: input.name })
  return { file: input.name, text: result.convertedText ?? read.text, result }
}
