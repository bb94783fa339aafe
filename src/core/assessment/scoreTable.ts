// The score table as rows for CSV and Excel: the ranking columns, then each item's points, numbers as numbers.
import { rankingHeader } from './documents'
import { completenessText, rankChangeText } from './notice'
import type { AssessmentResult, Scheme } from './types'

/** Header row first; one row per township in rank order. */
export function scoreTableRows(result: AssessmentResult, scheme: Scheme): (string | number)[][] {
  const items = scheme.items.filter(i => i.rule.type !== 'gate')
  const header = [...rankingHeader(scheme), ...items.map(i => `${i.label}（满分 ${i.max}${i.bonus ? '，加分' : ''}）`), '否决或限制评优']
  return [header, ...result.townships.map(t => [
    t.rank, t.township, t.kind, t.total, t.grade, rankChangeText(t.rankChange), completenessText(t.completeness),
    ...scheme.groups.map(g => t.groups[g.id] ?? 0),
    ...items.map(i => t.items.find(x => x.item === i.id)?.points ?? 0),
    t.gates.map(id => scheme.items.find(i => i.id === id)?.label ?? id).join('；'),
  ])]
}

/** The score table as .xlsx bytes (write-excel-file, loaded on demand): text as string cells, which never run as formulas (exportXlsx.ts). */
export async function scoreTableXlsx(result: AssessmentResult, scheme: Scheme): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const [header = [], ...body] = scoreTableRows(result, scheme)
  const cell = (v: string | number) => (typeof v === 'number' ? { value: v, type: Number } : v === '' ? null : { value: v, type: String })
  const data = [header.map(h => ({ value: String(h), type: String, fontWeight: 'bold' as const, wrap: true })), ...body.map(r => r.map(cell))]
  const blob = await writeXlsxFile(data, { sheet: '考核得分', stickyRowsCount: 1, stickyColumnsCount: 2 }).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
