// Submissions → an .xlsx workbook (the wide table of exportTable.ts), which imports back to the same figures.
import { APPROX_MARKS_HEADER, approxMarksText, SOURCE_HEADER, sourcesText } from './approxMarks'
import { exportOrder, reportedIds, wideHeader } from './exportTable'
import type { Registry, Submission } from './types'

export type XlsxCell = string | number | null

/**
 * The rows of the Excel export (header first): 乡镇, 年度, one column per reported indicator with its
 * unit (derived rates left out so a re-import derives them again), then 约数标注 and 来源. Every figure
 * is a number, approximate ones too: which are approximate is said in 约数标注 (`罚没金额（元）：约`),
 * where the row came from in 来源 (file and row). Missing figures are null (an empty cell),
 * not-applicable ones 不适用.
 */
export function xlsxRows(subs: readonly Submission[], registry: Registry): XlsxCell[][] {
  const sorted = exportOrder(subs)
  const ids = reportedIds(sorted, registry)
  const headers = new Map(ids.map((id) => { const i = registry.byId.get(id)!; return [id, wideHeader(i.label_zh, i.unit)] }))
  const headerOf = (id: string) => headers.get(id) ?? id
  const figure = (s: Submission, id: string): XlsxCell => {
    if (!Object.hasOwn(s.values, id) || s.derived.includes(id)) return null
    const v = s.values[id]
    if (v === null || v === undefined) return s.notApplicable?.includes(id) ? '不适用' : null
    return v
  }
  return [
    ['乡镇', '年度', ...ids.map(headerOf), APPROX_MARKS_HEADER, SOURCE_HEADER],
    ...sorted.map(s => [s.township, s.year, ...ids.map(id => figure(s, id)), approxMarksText(s, ids, headerOf) || null, sourcesText(s) || null]),
  ]
}

/**
 * The Excel export as .xlsx bytes: numbers as number cells, text as string cells exactly as it is (a
 * string cell never runs as a formula, so `=1+1` reads back as `=1+1`). Bold header; header row and
 * township column frozen. write-excel-file is loaded on demand (browser, worker and Node).
 */
export async function submissionsToXlsx(subs: readonly Submission[], registry: Registry): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const [header = [], ...body] = xlsxRows(subs, registry)
  const cell = (value: XlsxCell) => {
    if (typeof value === 'number') return { value, type: Number }
    return value === null || value === '' ? null : { value, type: String }
  }
  const data = [
    header.map(h => ({ value: String(h), type: String, fontWeight: 'bold' as const, wrap: true })),
    ...body.map(row => row.map(cell)),
  ]
  const last = header.length - 2
  const columns = header.map((h, c) => ({ width: c < 2 ? 12 : c >= last ? 36 : Math.min(24, Math.max(10, [...String(h)].length * 2 + 2)) }))
  const blob = await writeXlsxFile(data, { sheet: '数据', stickyRowsCount: 1, stickyColumnsCount: 1, columns }).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
