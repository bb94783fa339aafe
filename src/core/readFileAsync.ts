// One file → FileResult, for every format including Excel (.xlsx), whose reader loads only when needed.
import { sniffBinaryKind } from './decode'
import type { NormalizeContext } from './normalize'
import { readFile, type FileResult } from './readFile'
import type { InputFile } from './types'

/**
 * Is this file an Excel workbook? By name (.xlsx, .xlsm), or by the zip magic number when the name
 * has no extension or says .xls (an .xlsx renamed .xls is still read; a real .xls is refused).
 */
export function isXlsx(input: InputFile): boolean {
  const lower = input.name.toLowerCase()
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return true
  return (lower.endsWith('.xls') || !/\.[^./\\]+$/.test(lower)) && sniffBinaryKind(input.bytes) === 'zip'
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
