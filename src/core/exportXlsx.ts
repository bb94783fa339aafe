// Submissions → an .xlsx workbook (the wide table of exportTable.ts), which imports back to the same figures.
import { submissionsToRows } from './exportTable'
import type { Registry, Submission } from './types'

/**
 * The wide table of the submissions (乡镇, 年度, one column per reported indicator with its unit;
 * derived rates left out so a re-import derives them again) as .xlsx bytes: numbers as numbers,
 * text as string cells exactly as it is (a string cell never runs as a formula, so `=1+1` reads back
 * as `=1+1`), missing figures as empty cells, approximate figures as `约5000`, not-applicable
 * as 不适用. Bold header; header row and township column frozen. write-excel-file is loaded on demand (browser, worker and Node).
 */
export async function submissionsToXlsx(subs: readonly Submission[], registry: Registry): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const [header = [], ...body] = submissionsToRows(subs, registry, 'wide')
  const cell = (value: string | number) => {
    if (typeof value === 'number') return { value, type: Number }
    return value === '' ? null : { value, type: String }
  }
  const data = [
    header.map(h => ({ value: String(h), type: String, fontWeight: 'bold' as const, wrap: true })),
    ...body.map(row => row.map(cell)),
  ]
  const columns = header.map((h, c) => ({ width: c < 2 ? 12 : Math.min(24, Math.max(10, [...String(h)].length * 2 + 2)) }))
  const blob = await writeXlsxFile(data, { sheet: '数据', stickyRowsCount: 1, stickyColumnsCount: 1, columns }).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
