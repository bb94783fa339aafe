// One file → FileResult, for every format including spreadsheet workbooks, whose reader loads only when needed.
import { sniffBinaryKind } from './decode'
import type { NormalizeContext } from './normalize'
import { refusedWhole } from './limits'
import { extensionOf, readFile, SPREADSHEET_EXTENSIONS, type FileResult } from './readFile'
import type { InputFile } from './types'

/** Names under which a clerk may send a workbook saved or renamed wrongly: none, or a text-table extension. */
const TEXT_OR_NONE = ['', '.csv', '.tsv', '.txt']

/**
 * Is this file a spreadsheet workbook (.xlsx, .xlsm, .xls, .et, .ods)? By name, or by its container
 * (zip or OLE2 compound file) when the name has no extension or a text-table one (a workbook renamed .csv).
 */
export function isSpreadsheet(input: InputFile): boolean {
  const ext = extensionOf(input.name)
  if (SPREADSHEET_EXTENSIONS.includes(ext)) return true
  const kind = sniffBinaryKind(input.bytes)
  return TEXT_OR_NONE.includes(ext) && (kind === 'zip' || kind === 'xls')
}

/**
 * Reads any supported file. Tables and JSON go through the synchronous reader; workbooks are opened
 * by a lazily loaded library first and then read like a table.
 */
export async function readFileAsync(input: InputFile, ctx: Omit<NormalizeContext, 'file'>): Promise<FileResult> {
  if (!isSpreadsheet(input)) return readFile(input, ctx)
  const tooBig = (await import('./zipLimits')).zipSizeProblem(input.bytes)
  if (tooBig) return refusedWhole(input.name, 'xlsx', tooBig)
  const { readXlsxFile } = await import('./parse/xlsx')
  return readXlsxFile(input, ctx)
}
