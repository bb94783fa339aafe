// Header → indicator mappings the county learns while importing (its alias dictionary grows with use).
import { normalizeKey, splitHeader, unitFactor } from './registry'
import type { FileReport, Registry } from './types'

/** One learned mapping: a column header (or long-format indicator name) → an indicator id, or null = ignore it. */
export interface HeaderMapping {
  /** The header as first seen in a file, shown in the review list. */
  header: string
  /** Indicator id, or null when the clerk chose to ignore this column in every file. */
  indicator: string | null
  /** When it was learned, ms since the epoch (for the review list). */
  learnedAt?: number
}

/** The key two headers are compared by (see normalizeKey): `综合 检查（次）` and `综合检查(次)` are one. */
export function mappingKey(header: string): string {
  return normalizeKey(header.normalize('NFKC'))
}

/**
 * The registry key a mapping adds: the header without its unit when the unit is one the indicator
 * knows (so `检查（万次）` later converts), else the whole header. Null when the header is empty.
 */
function aliasKey(registry: Registry, m: HeaderMapping): string | null {
  if (m.indicator === null) return null
  const indicator = registry.byId.get(m.indicator)
  if (!indicator) return null
  const { name, unit } = splitHeader(m.header)
  if (unit !== null && unit !== '' && unitFactor(indicator, unit) !== null) {
    const key = normalizeKey(name)
    if (key !== '') return key
  }
  const whole = mappingKey(m.header)
  return whole === '' ? null : whole
}

/**
 * Why a mapping cannot be learned, in Chinese, or null when it can: an empty header, an indicator
 * id the registry does not have, or a header the registry already reads as another indicator.
 * A unit in brackets the indicator does not know is accepted: the values are then taken as they
 * stand, in the indicator's own unit (the dialog shows that unit).
 */
export function checkMapping(registry: Registry, m: HeaderMapping): string | null {
  if (mappingKey(m.header) === '') return '表头为空，无法记住'
  if (m.indicator === null) return null
  const indicator = registry.byId.get(m.indicator)
  if (!indicator) return `指标“${m.indicator}”不在指标库中`
  const key = aliasKey(registry, m)
  const owner = key === null ? undefined : registry.byKey.get(key)
  if (owner !== undefined && owner !== m.indicator) {
    return `表头“${m.header}”已对应指标“${registry.byId.get(owner)?.label_zh ?? owner}”`
  }
  return null
}

/**
 * Adds mappings to the learned list: a header already there is replaced (the latest choice wins),
 * a mapping checkMapping refuses is returned with its reason and not added. The input is not mutated.
 */
export function addMappings(current: readonly HeaderMapping[], additions: readonly HeaderMapping[], registry: Registry): { mappings: HeaderMapping[], refused: { mapping: HeaderMapping, reason: string }[] } {
  const byKey = new Map(current.map(m => [mappingKey(m.header), m]))
  const refused: { mapping: HeaderMapping, reason: string }[] = []
  for (const m of additions) {
    const reason = checkMapping(registry, m)
    if (reason !== null) { refused.push({ mapping: m, reason }); continue }
    const key = mappingKey(m.header)
    byKey.delete(key)
    byKey.set(key, { ...m })
  }
  return { mappings: [...byKey.values()], refused }
}

/** The learned list without the mapping of `header`. */
export function removeMapping(current: readonly HeaderMapping[], header: string): HeaderMapping[] {
  const key = mappingKey(header)
  return current.filter(m => mappingKey(m.header) !== key)
}

/**
 * A new registry that also reads the learned headers as their indicators. The registry's own keys
 * win over learned ones; ignored headers and mappings to unknown ids add nothing. The input
 * registry is not changed.
 */
export function withUserAliases(registry: Registry, mappings: readonly HeaderMapping[]): Registry {
  const learned = mappings.flatMap((m) => {
    const key = aliasKey(registry, m)
    return key === null || registry.byKey.has(key) || m.indicator === null ? [] : [[key, m.indicator] as const]
  })
  if (learned.length === 0) return registry
  const byKey = new Map(registry.byKey)
  for (const [key, id] of learned) byKey.set(key, id)
  return { ...registry, byKey }
}

/** The learned mapping of a header, if any. */
export function mappingOf(mappings: readonly HeaderMapping[], header: string): HeaderMapping | undefined {
  const key = mappingKey(header)
  return mappings.find(m => mappingKey(m.header) === key)
}

/**
 * The learned mappings by key (mappingKey), the first one of a key kept as mappingOf finds it: one
 * look-up per header instead of a scan, for files of thousands of unknown headers.
 */
export function mappingIndex(mappings: readonly HeaderMapping[]): ReadonlyMap<string, HeaderMapping> {
  const index = new Map<string, HeaderMapping>()
  for (const m of mappings) {
    const key = mappingKey(m.header)
    if (!index.has(key)) index.set(key, m)
  }
  return index
}

const indexOf = (mappings: readonly HeaderMapping[] | ReadonlyMap<string, HeaderMapping>) => (mappings instanceof Map ? mappings : mappingIndex(mappings as readonly HeaderMapping[]))

/** Unknown columns of a file that still need a decision: neither learned as an indicator nor ignored. */
export function undecidedColumns(report: FileReport, mappings: readonly HeaderMapping[] | ReadonlyMap<string, HeaderMapping>): NonNullable<FileReport['unknownColumns']> {
  const index = indexOf(mappings)
  return (report.unknownColumns ?? []).filter(c => !index.has(mappingKey(c.header)))
}

/** How many unknown columns of a file the clerk chose to ignore. */
export function ignoredColumnCount(report: FileReport, mappings: readonly HeaderMapping[] | ReadonlyMap<string, HeaderMapping>): number {
  const index = indexOf(mappings)
  let n = 0
  for (const c of report.unknownColumns ?? []) if (index.get(mappingKey(c.header))?.indicator === null) n++
  return n
}

/** Learned mappings from stored or posted data; anything malformed is dropped (bad data is a value). */
export function readMappings(raw: unknown): HeaderMapping[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((x: unknown) => {
    if (typeof x !== 'object' || x === null) return []
    const { header, indicator, learnedAt } = x as Record<string, unknown>
    if (typeof header !== 'string' || !(typeof indicator === 'string' || indicator === null)) return []
    const m: HeaderMapping = { header, indicator }
    if (typeof learnedAt === 'number') m.learnedAt = learnedAt
    return [m]
  })
}
