// The columns an Excel export writes beside the figures, so that every figure cell can be a number:
// 约数标注 names the approximate figures of a row (罚没金额（元）：约；…) and 来源 says where the row's
// figures came from. The import reads 约数标注 back (those figures approximate again) and passes over 来源.
import { matchHeader, normalizeKey } from './registry'
import type { Registry, SourceRef, Submission } from './types'

export const APPROX_MARKS_HEADER = '约数标注'
export const SOURCE_HEADER = '来源'
/** The mark written for an approximate figure (the import keeps approximate as yes/no, not the word it was written with). */
export const APPROX_MARK = '约'

const MARK_HEADERS = new Set([APPROX_MARKS_HEADER, '约数', '约数说明'].map(normalizeKey))
const SOURCE_HEADERS = new Set([SOURCE_HEADER, '数据来源', '来源文件'].map(normalizeKey))

export const isApproxMarksHeader = (header: string): boolean => MARK_HEADERS.has(normalizeKey(header))
export const isSourceHeader = (header: string): boolean => SOURCE_HEADERS.has(normalizeKey(header))

/** The 约数标注 cell of a row: `header：约` for each approximate figure of `ids` (in that order), joined by ；. */
export function approxMarksText(s: Submission, ids: readonly string[], headerOf: (id: string) => string): string {
  return ids.filter(id => s.approx.includes(id) && s.values[id] !== null && s.values[id] !== undefined)
    .map(id => `${headerOf(id)}：${APPROX_MARK}`).join('；')
}

/** Indicator ids a 约数标注 cell names (by header or name, with or without its unit); unknown names are passed over. */
export function readApproxMarks(text: string, registry: Registry): string[] {
  const ids: string[] = []
  for (const part of text.split(/[；;\n]/)) {
    const at = Math.max(part.lastIndexOf('：'), part.lastIndexOf(':'))
    const name = (at === -1 ? part : part.slice(0, at)).trim()
    if (name === '') continue
    const m = matchHeader(registry, name)
    if (m && !('unitError' in m) && !ids.includes(m.indicator.id)) ids.push(m.indicator.id)
  }
  return ids
}

const sourceText = (ref: SourceRef) => (ref.row === null ? ref.file : `${ref.file} 第${ref.row}行`)

/** The 来源 cell of a row: its file and row, and any other file-rows its figures came from (merges, long tables), joined by ；. */
export function sourcesText(s: Submission): string {
  const refs = [s.source, ...Object.values(s.sources ?? {})]
  return [...new Set(refs.map(sourceText))].join('；')
}
