// The indicator registry: loading, self-checks and header lookup. Problems are message codes
// (./messages/registry.*.ts), rendered in Chinese for the error's own text.
import { chinese } from './messages/chinese'
import type { Message } from './messages/render'
import type { Direction, Indicator, IndicatorKind, Registry } from './types'

const KINDS: readonly IndicatorKind[] = ['count', 'amount', 'rate', 'flag']
const DIRECTIONS: readonly Direction[] = ['higher_better', 'lower_better', 'neutral']
const REPORTABLE = ['yes', 'partial', 'county_source']
const GROUP_ORDER = ['organisation', 'decision_making', 'enforcement', 'disclosure', 'reconsideration', 'litigation', 'publicity', 'dispute_resolution']

/** Thrown when data/indicators.json itself is wrong: a configuration error, not bad user data. */
export class RegistryError extends Error {
  /** Every problem in Chinese (the default text of the command line and the build). */
  readonly problems: string[]
  /** The same problems as codes, for another language. */
  constructor(readonly messages: readonly Message[]) {
    const problems = messages.map(m => chinese(m))
    super(`${chinese({ code: 'registry-error' })}\n${problems.join('\n')}`)
    this.problems = problems
    this.name = 'RegistryError'
  }
}

/**
 * The key a header or alias is compared by: NFKC (full-width → half-width), lower case,
 * without whitespace, quotes and joining punctuation. `“法律明白人” 人数` and `法律明白人人数` are one key.
 */
export function normalizeKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s"'“”‘’`·・、,，.。:：;；_\-—–/\\|*]+/gu, '')
}

const UNIT_IN_BRACKETS = /^(.*?)[([【〔{<《]\s*(?:单位[:：]?\s*)?([^()[\]【】〔〕{}<>《》]*)\s*[)\]】〕}>》]\s*$/u

/**
 * Splits a column header into name and unit: `罚没金额（万元）` → { name: '罚没金额', unit: '万元' };
 * `持证上岗率(%)` → unit '%'; no brackets → unit null. Brackets of any width are accepted.
 */
export function splitHeader(header: string): { name: string, unit: string | null } {
  const text = header.normalize('NFKC').trim()
  const m = UNIT_IN_BRACKETS.exec(text)
  if (m && m[1] && m[1].trim() !== '') return { name: m[1].trim(), unit: (m[2] ?? '').trim() }
  return { name: text, unit: null }
}

const FORMULA_ID = /[a-z_][a-z0-9_]*/g

/** Ids named in a registry formula. */
export function formulaIdsOf(formula: string): string[] {
  return formula.match(FORMULA_ID) ?? []
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/**
 * Checks and indexes the registry (the parsed JSON of data/indicators.json).
 * Throws RegistryError listing every problem: unknown kind or direction, a formula naming
 * a missing id, duplicate ids, an alias or label claimed by two indicators, bad unit factors.
 */
export function loadRegistry(raw: unknown): Registry {
  const problems: Message[] = []
  const say = (code: string, params: Record<string, string | number>) => problems.push({ code: `registry-${code}`, params })
  if (!Array.isArray(raw)) throw new RegistryError([{ code: 'registry-not-a-list' }])
  const indicators: Indicator[] = []
  const byId = new Map<string, Indicator>()
  raw.forEach((item: unknown, i) => {
    const n = i + 1
    if (!isRecord(item)) { say('not-an-object', { n }); return }
    const id = item.id
    if (typeof id !== 'string' || !/^[a-z][a-z0-9_]*$/.test(id)) { say('bad-id', { n, id: String(id) }); return }
    if (byId.has(id)) say('duplicate-id', { n, id })
    if (!KINDS.includes(item.kind as IndicatorKind)) say('unknown-kind', { id, value: String(item.kind) })
    if (!DIRECTIONS.includes(item.direction as Direction)) say('unknown-direction', { id, value: String(item.direction) })
    if (!REPORTABLE.includes(item.township_reportable as string)) say('reportable', { id })
    if (typeof item.label_zh !== 'string' || item.label_zh === '') say('no-label-zh', { id })
    if (typeof item.label_en !== 'string') say('no-label-en', { id })
    if (typeof item.unit !== 'string') say('no-unit', { id })
    if (item.unit_en !== undefined && typeof item.unit_en !== 'string') say('unit-en', { id })
    if (item.definition_en !== undefined && typeof item.definition_en !== 'string') say('definition-en', { id })
    if (!Array.isArray(item.aliases) || !item.aliases.every(a => typeof a === 'string')) say('aliases', { id })
    if (!isRecord(item.unit_aliases) || !Object.values(item.unit_aliases).every(f => typeof f === 'number' && f > 0 && Number.isFinite(f))) say('unit-aliases', { id })
    if (item.formula !== null && typeof item.formula !== 'string') say('formula-type', { id })
    const indicator = {
      ...item,
      aliases: Array.isArray(item.aliases) ? item.aliases : [],
      unit_aliases: isRecord(item.unit_aliases) ? item.unit_aliases : {},
      formula: typeof item.formula === 'string' ? item.formula : null,
    } as Indicator
    indicators.push(indicator)
    byId.set(id, indicator)
  })
  const byKey = new Map<string, string>()
  for (const ind of indicators) {
    if (ind.formula) {
      if (ind.kind !== 'rate') say('formula-kind', { id: ind.id })
      for (const ref of formulaIdsOf(ind.formula)) {
        if (!byId.has(ref)) say('formula-ref', { id: ind.id, ref })
      }
    }
    // Names already reported missing or not text are not looked up (a missing label_zh is not a crash).
    for (const name of new Set<unknown>([ind.id, ind.label_zh, ind.label_en, ...ind.aliases])) {
      if (typeof name !== 'string') continue
      const key = normalizeKey(name)
      if (key === '') continue
      const owner = byKey.get(key)
      if (owner !== undefined && owner !== ind.id) say('alias-clash', { name, owner, id: ind.id })
      else byKey.set(key, ind.id)
    }
  }
  if (problems.length > 0) throw new RegistryError(problems)
  return { indicators, byId, byKey, groups: groupsOf(indicators) }
}

/**
 * The registry of indicators loadRegistry has already checked (the bundled data/indicators.json, at
 * build time: src/cli/prebuildCounty.ts stops the build on any problem), indexed as loadRegistry indexes
 * them without checking again: the first screen needs none of the checks' code or messages. The first
 * screen's indicators have no aliases yet (core/prebuilt.ts firstScreenIndicators): ids and labels only then.
 */
export function checkedRegistry(indicators: readonly Indicator[]): Registry {
  const byId = new Map<string, Indicator>()
  const byKey = new Map<string, string>()
  for (const ind of indicators) {
    byId.set(ind.id, ind)
    for (const name of [ind.id, ind.label_zh, ind.label_en, ...(ind.aliases ?? [])]) {
      const key = normalizeKey(name)
      if (key !== '' && !byKey.has(key)) byKey.set(key, ind.id)
    }
  }
  return { indicators: [...indicators], byId, byKey, groups: groupsOf(indicators) }
}

function groupsOf(indicators: readonly Indicator[]): string[] {
  return [...new Set(indicators.map(i => i.group))].sort((a, b) => rankOf(a) - rankOf(b))
}

function rankOf(group: string): number {
  const i = GROUP_ORDER.indexOf(group)
  return i === -1 ? GROUP_ORDER.length : i
}

export interface HeaderMatch {
  indicator: Indicator
  /** Factor from the header's unit to the indicator's unit (1 when the header names none). */
  factor: number
  /** The unit the header named, or null. */
  unit: string | null
}

/**
 * Finds the indicator a column header names (id, Chinese label, English label or alias, with or
 * without a unit in brackets). A unit the indicator does not know → `unitError`, so the column is
 * reported rather than silently mis-scaled.
 */
export function matchHeader(registry: Registry, header: string): HeaderMatch | { unitError: Message, indicator: Indicator } | null {
  const whole = registry.byKey.get(normalizeKey(header))
  if (whole !== undefined) {
    const indicator = registry.byId.get(whole)
    if (indicator) return { indicator, factor: 1, unit: null }
  }
  const { name, unit } = splitHeader(header)
  const id = registry.byKey.get(normalizeKey(name))
  const indicator = id === undefined ? undefined : registry.byId.get(id)
  if (!indicator) return null
  if (unit === null || unit === '') return { indicator, factor: 1, unit }
  const factor = unitFactor(indicator, unit)
  if (factor === null) {
    return { indicator, unitError: { code: 'header-unit', params: { header, unit, indicator: { indicator: indicator.id }, units: knownUnits(indicator) } } }
  }
  return { indicator, factor, unit }
}

/** Factor from `unit` to the indicator's canonical unit, or null when the unit is unknown for it. */
export function unitFactor(indicator: Indicator, unit: string): number | null {
  const u = unit.normalize('NFKC').trim()
  if (u === '' || u === indicator.unit) return 1
  const direct = indicator.unit_aliases[u] ?? indicator.unit_aliases[unit]
  if (direct !== undefined) return direct
  if (indicator.kind === 'rate' && u === '%') return 1
  if (u.startsWith('万') || u.startsWith('亿')) {
    const rest = unitFactor(indicator, u.slice(1))
    if (rest !== null && indicator.kind !== 'rate') return rest * (u.startsWith('万') ? 1e4 : 1e8)
  }
  return null
}

/** The units a header may name for the indicator (its own and its aliases, as the registry writes them), or 无单位. */
function knownUnits(indicator: Indicator): Message | { list: string[] } {
  const units = new Set([indicator.unit, ...Object.keys(indicator.unit_aliases)].filter(u => u !== ''))
  return units.size === 0 ? { code: 'no-unit' } : { list: [...units] }
}

/** Localised label of an indicator. */
export function labelOf(indicator: Indicator, locale: string): string {
  return locale.startsWith('zh') ? indicator.label_zh : indicator.label_en
}

/** Localised unit of an indicator: 件 / cases; the Chinese unit when the registry has no English one. */
export function unitOf(indicator: Pick<Indicator, 'unit' | 'unit_en'>, locale: string): string {
  return locale.startsWith('zh') ? indicator.unit : (indicator.unit_en ?? indicator.unit)
}
