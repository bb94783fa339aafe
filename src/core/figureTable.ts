// Every loaded figure as a table page: filtered, sorted and sliced without building all rows
// (40,000 submissions × 35 indicators are 1.4 million figures; a page needs 50).
import { normalizeKey } from './registry'
import { sourceOf } from './datasetShape'
import type { Registry, Submission } from './types'

/** One figure of one township and year. `value` null: blank, or not applicable when `notApplicable`. */
export interface FigureRow {
  township: string
  year: number
  indicator: string
  label: string
  unit: string
  value: number | null
  approx: boolean
  derived: boolean
  notApplicable: boolean
  file: string
  row: number | null
}

export type FigureSortKey = 'township' | 'year' | 'indicator' | 'value'

export interface FigureQuery {
  /** Part of a township name (loosely compared: spaces, width and case ignored). */
  township?: string
  year?: number | null
  indicator?: string | null
  sort?: { key: FigureSortKey, order: 'ascending' | 'descending' } | null
  offset: number
  limit: number
}

function figure(s: Submission, id: string, registry: Registry): FigureRow {
  const ind = registry.byId.get(id)
  const src = sourceOf(s, id)
  return {
    township: s.township, year: s.year, indicator: id, label: ind?.label_zh ?? id, unit: ind?.unit ?? '',
    value: s.values[id] ?? null, approx: s.approx.includes(id), derived: s.derived.includes(id),
    notApplicable: s.notApplicable?.includes(id) ?? false, file: src.file, row: src.row,
  }
}

const collator = new Intl.Collator('zh-CN')
/** Above this many rows names sort by code point: pinyin collation of 40,000 names takes the page half a second. */
const COLLATE_MAX = 2000
const codePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byPlace = (a: Submission, b: Submission) => a.year - b.year || codePoint(a.code ?? a.township, b.code ?? b.township)

/** The last filtered and sorted list: paging through a large table sorts once. */
let memo: { subs: readonly Submission[], key: string, picked: Submission[] } | null = null

function pick(subs: readonly Submission[], q: FigureQuery): Submission[] {
  const needle = normalizeKey(q.township ?? '')
  const sortKey = q.sort?.key === 'township' || q.sort?.key === 'year' ? `${q.sort.key}:${q.sort.order}` : ''
  const key = `${needle}\u0000${q.year ?? ''}\u0000${sortKey}`
  if (memo && memo.subs === subs && memo.key === key) return memo.picked
  const picked = subs.filter(s => (q.year == null || s.year === q.year) && (needle === '' || normalizeKey(s.township).includes(needle))).sort(byPlace)
  const sign = q.sort?.order === 'descending' ? -1 : 1
  const compareNames = picked.length <= COLLATE_MAX ? collator.compare : codePoint
  if (q.sort?.key === 'township') picked.sort((a, b) => sign * compareNames(a.township, b.township))
  if (q.sort?.key === 'year') picked.sort((a, b) => sign * (a.year - b.year))
  memo = { subs, key, picked }
  return picked
}

/**
 * One page of figures and the number of figures matching the filters. Order: year, township
 * (county code order, then names without a code), then registry order of indicators; sorting by
 * township uses pinyin order (code-point order beyond COLLATE_MAX rows); a sort key reorders by that column, ties
 * kept in this order. Sorting by value groups by indicator first (values of different indicators
 * do not compare); blanks sort last either way. Linear in the figures, once per filter and sort.
 */
export function queryFigures(subs: readonly Submission[], registry: Registry, q: FigureQuery): { total: number, rows: FigureRow[] } {
  const picked = pick(subs, q)
  const rank = new Map(registry.indicators.map((ind, i) => [ind.id, i]))
  const wanted = (id: string) => rank.has(id) && (q.indicator == null || id === q.indicator)
  const key = q.sort?.key
  const sign = q.sort?.order === 'descending' ? -1 : 1
  const end = q.offset + q.limit
  const rows: FigureRow[] = []
  let total = 0
  if (key === 'indicator' || key === 'value') {
    const buckets = new Map<string, Submission[]>()
    for (const s of picked) {
      for (const id of Object.keys(s.values)) {
        if (!wanted(id)) continue
        const list = buckets.get(id)
        if (list) list.push(s)
        else buckets.set(id, [s])
      }
    }
    const ids = [...buckets.keys()].sort((a, b) => (rank.get(a)! - rank.get(b)!) * (key === 'indicator' ? sign : 1))
    for (const id of ids) {
      const having = buckets.get(id)!
      const start = total
      total += having.length
      if (total <= q.offset || start >= end) continue
      if (key === 'value') having.sort((a, b) => compareValues(a.values[id] ?? null, b.values[id] ?? null, sign))
      for (let k = Math.max(q.offset - start, 0); k < having.length && start + k < end; k++) rows.push(figure(having[k]!, id, registry))
    }
    return { total, rows }
  }
  for (const s of picked) {
    let n = 0
    for (const id in s.values) if (wanted(id)) n++
    if (total + n > q.offset && total < end) {
      const ids = Object.keys(s.values).filter(wanted).sort((a, b) => rank.get(a)! - rank.get(b)!)
      ids.forEach((id, k) => { if (total + k >= q.offset && total + k < end) rows.push(figure(s, id, registry)) })
    }
    total += n
  }
  return { total, rows }
}

function compareValues(a: number | null, b: number | null, sign: number): number {
  if (a === null) return b === null ? 0 : 1
  if (b === null) return -1
  return sign * (a - b)
}
