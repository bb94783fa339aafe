// Which incoming files are narrative reports (for review) and which are tables (for the import):
// decided by name for Word files, by content for text files. Small, with no part of the extractor,
// so that the page can route files before it loads the extractor.
import { sniffBinaryKind } from '../decode'
import { readTextFile } from '../import/readText'
import type { InputFile, Registry } from '../types'

/** Routing reads no township name: the header decides before any row is read. */
const anyName = (name: string) => ({ name: name.trim(), code: null })

export type FileRoute = 'table' | 'report'

/** The head of a text file this long decides; a table's header and a report's title are both near the top. */
const HEAD_BYTES = 64 * 1024

/** The first `HEAD_BYTES` of a file, cut after a line break (never inside a character of UTF-8, GBK or UTF-16). */
function headOf(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength <= HEAD_BYTES) return bytes
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  let end = bytes.lastIndexOf(0x0a, HEAD_BYTES)
  if (end <= 0) return bytes
  if (utf16) end += end % 2 === 0 ? 2 : 1
  else end += 1
  return bytes.subarray(0, end)
}

/**
 * Routes one file. Word and WPS files (.docx, .doc, .wps, or a zip named .txt/.md that is no
 * workbook), .odt, .pdf, .rtf, web pages (.html/.htm) and Markdown are reports; .txt and .text files are reports when the table reader refuses their head
 * as prose (code not-a-table); every other file goes to the table import, which explains itself.
 */
export function routeFile(input: InputFile, registry: Registry): FileRoute {
  const lower = input.name.toLowerCase()
  if (/\.(docx|doc|wps|odt|pdf|rtf|html?|md)$/.test(lower)) return 'report'
  if (!/\.(txt|text)$/.test(lower)) return 'table'
  if (sniffBinaryKind(input.bytes) === 'zip') return 'report'
  const read = readTextFile({ name: input.name.replace(/\.text$/i, '.txt'), bytes: headOf(input.bytes) }, { registry, resolveTownship: anyName })
  return read.issues.some(i => i.code === 'not-a-table') ? 'report' : 'table'
}
