// One file → FileResult, for every format including Excel (.xlsx), whose reader loads only when needed.
import type { NormalizeContext } from './normalize'
import { readFile, type FileResult } from './readFile'
import type { InputFile } from './types'

/** Is this file an Excel workbook (by name or zip magic number)? */
export function isXlsx(input: InputFile): boolean {
  const lower = input.name.toLowerCase()
  return lower.endsWith('.xlsx') || lower.endsWith('.xlsm')
}

/**
 * Reads any supported file. Tables and JSON go through the synchronous reader; .xlsx workbooks are
 * unzipped by a lazily loaded library first and then read like a table.
 */
export async function readFileAsync(input: InputFile, ctx: Omit<NormalizeContext, 'file'>): Promise<FileResult> {
  if (!isXlsx(input)) return readFile(input, ctx)
  const { readXlsxFile } = await import('./parse/xlsx')
  return readXlsxFile(input, ctx)
}
