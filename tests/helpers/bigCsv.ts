// A large wide CSV for the responsiveness test of the data page: one row per township, 35 indicators.
import type { Registry, Township } from '@/core/types'

/** Indicator columns of the generated file. */
export const BIG_CSV_COLUMNS = 35

/** Parts that must not exceed their whole, so that the generated rows pass validation. */
const PART_OF: Readonly<Record<string, string>> = {
  enforcement_certified: 'enforcement_staff',
  case_files_passed: 'case_files_reviewed',
  normative_docs_reviewed: 'normative_docs',
  normative_docs_filed: 'normative_docs',
  major_decisions_reviewed: 'major_decisions',
  disputes_resolved: 'disputes_mediated',
}

/** The reported core count indicators of the registry, the first BIG_CSV_COLUMNS of them. */
export function bigCsvIndicators(registry: Registry): string[] {
  return registry.indicators
    .filter(i => i.core === true && i.kind === 'count' && !i.group.startsWith('reconsideration') && !i.group.startsWith('litigation'))
    .slice(0, BIG_CSV_COLUMNS).map(i => i.id)
}

/**
 * A wide CSV (`乡镇,年度,<label>（<unit>）…`) of `rows` rows for `year`. Rows name the county's
 * townships first, then `压测镇00001`, `压测镇00002`… Figures are deterministic (row and column
 * based) and consistent (parts never exceed their whole).
 */
export function bigWideCsv(rows: number, registry: Registry, townships: readonly Township[], year = 2024): string {
  const ids = bigCsvIndicators(registry)
  const header = ['乡镇', '年度', ...ids.map((id) => {
    const ind = registry.byId.get(id)
    return ind && ind.unit !== '' ? `${ind.label_zh}（${ind.unit}）` : id
  })]
  const lines = [header.join(',')]
  for (let r = 0; r < rows; r++) {
    const name = townships[r]?.name ?? `压测镇${String(r + 1).padStart(5, '0')}`
    const values = new Map<string, number>()
    ids.forEach((id, c) => values.set(id, 20 + ((r * 7 + c * 13) % 180)))
    for (const [part, whole] of Object.entries(PART_OF)) {
      const w = values.get(whole)
      if (w !== undefined && values.has(part)) values.set(part, Math.floor(w * 0.9))
    }
    lines.push([name, String(year), ...ids.map(id => String(values.get(id) ?? ''))].join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}

/**
 * The township list (format of data/townships.csv) that goes with bigWideCsv(rows): the county's
 * townships, then `压测镇00001`… with codes 9902xxxxxxxx, so that every row of the big file is listed.
 */
export function bigTownshipListCsv(rows: number, townships: readonly Township[]): string {
  const lines = ['code,name,kind,population,area_km2,aliases']
  for (const t of townships) lines.push([t.code, t.name, t.kind, t.population ?? '', t.area_km2 ?? '', t.aliases.join('|')].join(','))
  for (let r = townships.length; r < rows; r++) lines.push(`9902${String(r + 1).padStart(8, '0')},压测镇${String(r + 1).padStart(5, '0')},镇,${10_000 + r},,`)
  return `${lines.join('\r\n')}\r\n`
}
