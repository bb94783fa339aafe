// Reviewers' manual scores: checked against the scheme (item, township, 0 ≤ points ≤ max, a reason),
// read from stored entries or a CSV `township,item,points,reason[,year]` (no year: the scored year).
import Papa from 'papaparse'
import type { Township } from '../types'
import type { ManualScore, Scheme } from './types'

export interface ManualProblem {
  /** The CSV row a user sees (header = 1), or the 1-based entry number. */
  row: number
  message: string
}

type Obj = Record<string, unknown>

/** Why an entry cannot be used, or null when it can. */
export function manualProblem(m: ManualScore, scheme: Scheme, townships: readonly Township[]): string | null {
  const item = scheme.items.find(i => i.id === m.item)
  if (!item) return `考核项“${m.item}”不在方案中`
  if (item.rule.type !== 'manual') return `考核项“${m.item}”（${item.label}）按数据计分，不能手工打分`
  if (!townships.some(t => t.name === m.township)) return `乡镇“${m.township}”不在乡镇名单中`
  if (!Number.isFinite(m.points) || m.points < 0 || m.points > item.max) return `“${item.label}”的评议分须在 0 到 ${item.max} 分之间（填的是 ${String(m.points)}）`
  if (!Number.isInteger(m.year)) return '年度须为整数'
  if (m.reason.trim() === '') return `“${item.label}”的评议分要写明理由`
  return null
}

/** The entry that replaces or adds `next` in a list (one per township, item and year). */
export function upsertManual(list: readonly ManualScore[], next: ManualScore): ManualScore[] {
  return [...list.filter(m => !(m.township === next.township && m.item === next.item && m.year === next.year)), next]
}

/** Removes the entry of a township, item and year. */
export function removeManual(list: readonly ManualScore[], key: Pick<ManualScore, 'township' | 'item' | 'year'>): ManualScore[] {
  return list.filter(m => !(m.township === key.township && m.item === key.item && m.year === key.year))
}

/** Reads stored entries (anything malformed is dropped): the shape check only, see manualProblem for the scheme. */
export function readStoredManual(raw: unknown): ManualScore[] {
  if (!Array.isArray(raw)) return []
  return raw.filter((x): x is Obj => typeof x === 'object' && x !== null)
    .filter(x => typeof x.township === 'string' && typeof x.item === 'string' && typeof x.year === 'number' && typeof x.points === 'number' && typeof x.reason === 'string')
    .map(x => ({ township: x.township as string, item: x.item as string, year: x.year as number, points: x.points as number, reason: x.reason as string }))
}

/** Parses a manual-score CSV; every row is accepted or refused with its row number and reason. */
export function parseManualCsv(text: string, scheme: Scheme, townships: readonly Township[], year: number): { accepted: ManualScore[], problems: ManualProblem[] } {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data
  const header = (rows[0] ?? []).map(h => h.trim().toLowerCase())
  const want = ['township', 'item', 'points', 'reason']
  if (want.some((h, i) => header[i] !== h)) return { accepted: [], problems: [{ row: 1, message: `表头须为 ${[...want, 'year'].join(',')}（year 可省略）` }] }
  let accepted: ManualScore[] = []
  const problems: ManualProblem[] = []
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2
    const [township = '', item = '', points = '', reason = '', y = ''] = cells.map(c => c.trim())
    const m: ManualScore = { township, item, points: points === '' ? Number.NaN : Number(points), reason, year: y === '' ? year : Number(y) }
    const why = manualProblem(m, scheme, townships)
    if (why) problems.push({ row, message: `第 ${row} 行：${why}` })
    else accepted = upsertManual(accepted, m)
  })
  return { accepted, problems }
}
