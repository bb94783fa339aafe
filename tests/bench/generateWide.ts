// Synthetic wide CSVs for the ingest benchmark: a province-scale table with plausible figures.
import type { Registry, Township } from '../../src/core/types'

/** Indicator columns of the generated table. */
export const BENCH_COLUMNS = 35
/** Share of cells written as an approximate figure (`5000余`) in the columns that take one. */
const APPROX_SHARE = 0.02
/** Share of empty cells. */
const EMPTY_SHARE = 0.004

/** A small deterministic generator (mulberry32), so every run measures the same file. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Typical [min, max] of an indicator for one township and year; unlisted counts use 0–30. */
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  publicity_materials: [2000, 20000],
  publicity_events: [10, 80],
  publicity_audience: [1000, 30000],
  legal_consultations: [100, 2000],
  enforcement_staff: [15, 80],
  enforcement_training: [2, 12],
  enforcement_training_attendance: [40, 600],
  inspections: [50, 600],
  penalty_cases: [5, 120],
  coercion_cases: [0, 10],
  licensing_decisions: [20, 400],
  case_files_reviewed: [10, 60],
  disclosures: [100, 1500],
  disclosure_requests: [0, 20],
  normative_docs: [0, 8],
  major_decisions: [0, 6],
  reconsideration_received: [0, 6],
  reconsideration_carried_in: [0, 2],
  litigation_cases: [0, 5],
  litigation_carried_in: [0, 2],
}
/** Columns large enough to be reported as `5000余` now and then. */
const APPROXIMABLE = new Set(['publicity_materials', 'publicity_audience', 'legal_consultations', 'disclosures', 'inspections'])

/** The first BENCH_COLUMNS core count indicators, in registry order. */
export function benchIndicators(registry: Registry): string[] {
  return registry.indicators.filter(i => i.core === true && i.kind === 'count').slice(0, BENCH_COLUMNS).map(i => i.id)
}

/** One township's figures, consistent where the validator checks (parts ≤ wholes, case flows add up). */
function figures(random: () => number): Record<string, number> {
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const share = (whole: number, low: number) => Math.floor(whole * (low + random() * (1 - low)))
  const v: Record<string, number> = {}
  for (const [id, [min, max]] of Object.entries(RANGES)) v[id] = between(min, max)
  const get = (id: string) => v[id] ?? 0
  v.enforcement_certified = share(get('enforcement_staff'), 0.8)
  v.case_files_passed = share(get('case_files_reviewed'), 0.85)
  v.normative_docs_reviewed = get('normative_docs')
  v.normative_docs_filed = share(get('normative_docs'), 0.5)
  v.major_decisions_reviewed = get('major_decisions')
  const splitFlow = (received: string, carriedIn: string, concluded: string, pending: string) => {
    const total = get(received) + get(carriedIn)
    v[concluded] = share(total, 0.6)
    v[pending] = total - get(concluded)
  }
  splitFlow('reconsideration_received', 'reconsideration_carried_in', 'reconsideration_concluded', 'reconsideration_pending')
  let left = get('reconsideration_concluded')
  for (const id of ['reconsideration_upheld', 'reconsideration_rejected', 'reconsideration_corrected', 'reconsideration_settled']) {
    v[id] = between(0, left)
    left -= get(id)
  }
  v.reconsideration_terminated = left
  const litigationTotal = get('litigation_cases') + get('litigation_carried_in')
  v.litigation_concluded = share(litigationTotal, 0.6)
  v.litigation_won = share(get('litigation_concluded'), 0.5)
  v.litigation_lost = between(0, get('litigation_concluded') - get('litigation_won'))
  return v
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A wide CSV of `rows` township rows for 2024: header `乡镇,年度,label_zh（unit）…` over the
 * bench indicators. Rows name the county's townships first, then synthetic `测试镇00001`… (put them
 * on the list with syntheticTownships, else their rows are held as unknown). About 2 % of large figures are
 * written `5000余`, about 0.4 % of cells are empty. Deterministic for a given seed.
 */
export function generateWideCsv(rows: number, registry: Registry, townships: readonly Township[], seed = 2024): string {
  const random = seededRandom(seed)
  const ids = benchIndicators(registry)
  const header = ['乡镇', '年度', ...ids.map((id) => {
    const ind = registry.byId.get(id)
    return ind ? `${ind.label_zh}（${ind.unit}）` : id
  })]
  const lines = [header.map(csvCell).join(',')]
  for (let r = 0; r < rows; r++) {
    const name = townships[r]?.name ?? `测试镇${String(r - townships.length + 1).padStart(5, '0')}`
    const v = figures(random)
    const cells = ids.map((id) => {
      if (random() < EMPTY_SHARE) return ''
      const n = v[id] ?? 0
      if (APPROXIMABLE.has(id) && n >= 100 && random() < APPROX_SHARE) return `${Math.floor(n / 100) * 100}余`
      return String(n)
    })
    lines.push([csvCell(name), '2024', ...cells].join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}

/** The township list that covers generateWideCsv(rows): the county's townships, then `测试镇00001`… */
export function syntheticTownships(rows: number, townships: readonly Township[]): Township[] {
  const extra = Array.from({ length: Math.max(0, rows - townships.length) }, (_, i): Township => ({
    code: `9903${String(i + 1).padStart(8, '0')}`, name: `测试镇${String(i + 1).padStart(5, '0')}`, kind: '镇', population: null, area_km2: null, aliases: [],
  }))
  return [...townships, ...extra]
}
