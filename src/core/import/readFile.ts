// The one door for a file: any supported format → FileResult. Text tables and JSON are read by
// readText.ts; spreadsheet workbooks by readWorkbook.ts, whose library loads only when one arrives.
import { sniffBinaryKind } from '../decode'
import { refusedWhole } from '../limits'
import type { NormalizeContext } from '../normalize/common'
import type { ParseOptions } from '../parse/csv'
import type { InputFile } from '../types'
import { extensionOf, readTextFile, SPREADSHEET_EXTENSIONS, type FileResult } from './readText'

/** What reading a file needs: the registry and township resolver, and the sheet a user picked in a workbook. */
export type ReadContext = Omit<NormalizeContext, 'file'> & { sheet?: string | null }

/** A FileResult that, for a workbook of several sheets, names them and the ones read (for a sheet picker). */
export type ReadResult = FileResult & { sheets?: string[], sheetsRead?: string[] }

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
 * Reads any supported file; never throws on bad input. A workbook is checked against the unzipped-size
 * limit before its reader opens it; `ctx.sheet` picks one of its sheets (text files ignore it).
 * Delimited text is parsed in chunks, with progress told per chunk (`parse`).
 */
export async function readFile(input: InputFile, ctx: ReadContext, parse: ParseOptions = {}): Promise<ReadResult> {
  const { sheet, ...nctx } = ctx
  if (!isSpreadsheet(input)) return readTextFile(input, nctx, parse)
  const tooBig = (await import('../zipLimits')).zipSizeProblem(input.bytes)
  if (tooBig) return refusedWhole(input.name, 'xlsx', tooBig)
  const { readXlsxFile } = await import('./readWorkbook')
  return readXlsxFile(input, sheet ? { ...nctx, sheet } : nctx)
}
