// Submissions → clean wide or long tables (CSV text), the inverse of the import.
import Papa from 'papaparse'
import { safeCell } from './formulaSafe'
import type { Registry, Submission } from './types'

export type TableShape = 'wide' | 'long'

/** Header of an indicator column in a wide export: `行政执法人员数（人）`. */
export function wideHeader(label: string, unit: string): string {
  return unit === '' ? label : `${label}（${unit}）`
}

/** A figure as text: approximate figures keep their mark (`约5000`), missing is empty. */
function cellText(s: Submission, id: string): string | number {
  const v = s.values[id]
  if (v === null || v === undefined) return s.notApplicable?.includes(id) ? '不适用' : ''
  return s.approx.includes(id) ? `约${v}` : v
}

/** Reported (not derived) indicator ids present in any submission, in registry order. */
export function reportedIds(subs: readonly Submission[], registry: Registry): string[] {
  const present = new Set<string>()
  for (const s of subs) for (const id of Object.keys(s.values)) if (!s.derived.includes(id)) present.add(id)
  return registry.indicators.map(i => i.id).filter(id => present.has(id))
}

/** Submissions in the order every export writes them: by year, then township code (or name). */
export function exportOrder(subs: readonly Submission[]): Submission[] {
  return [...subs].sort((a, b) => a.year - b.year || (a.code ?? a.township).localeCompare(b.code ?? b.township, 'zh-CN'))
}

/** Rows of a table (header first). Derived rates are left out so that a re-import derives them again. */
export function submissionsToRows(subs: readonly Submission[], registry: Registry, shape: TableShape): (string | number)[][] {
  const sorted = exportOrder(subs)
  const ids = reportedIds(sorted, registry)
  if (shape === 'wide') {
    const header = ['乡镇', '年度', ...ids.map(id => { const i = registry.byId.get(id)!; return wideHeader(i.label_zh, i.unit) })]
    return [header, ...sorted.map(s => [s.township, s.year, ...ids.map(id => (Object.hasOwn(s.values, id) && !s.derived.includes(id) ? cellText(s, id) : ''))])]
  }
  const rows: (string | number)[][] = [['township', 'year', 'indicator', 'value', 'unit', 'note']]
  for (const s of sorted) {
    for (const id of ids) {
      if (!Object.hasOwn(s.values, id) || s.derived.includes(id)) continue
      const ind = registry.byId.get(id)!
      rows.push([s.township, s.year, id, cellText(s, id), ind.unit, ind.label_zh])
    }
  }
  return rows
}

/**
 * CSV text of rows: the one CSV writer of the app and the command line. Text that a spreadsheet could
 * run as a formula (first character after blanks = + - @ tab CR, multi-line text too) gets a leading
 * apostrophe (formulaSafe.ts); numbers, and text that is a plain number, are written as they are.
 */
export function rowsToCsv(rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse(rows.map(r => r.map(safeCell)), { escapeFormulae: false, newline: '\r\n' })
}
