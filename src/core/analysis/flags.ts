// 红黄绿: evaluates the flag rules (src/core/flagRules.ts) for one submission.

import type { CompareOp, CompletenessRule, FlagLevel, FlagRule, FlagRules, IndicatorSelector, ValueRule } from '../flagRules'
import { decimalsFor } from '../format'
import type { Indicator, Issue, Registry, Submission } from '../types'
import { mergeReasons, type FlagReason } from './flagReasons'
import { isPresent } from './ranking'
import { isNotApplicable } from './series'

export type { FlagReason } from './flagReasons'

export interface FlagContext {
  registry: Pick<Registry, 'byId' | 'indicators'>
  /** The same township's submission for the previous year, if any. */
  previous?: Submission | null
  /** County median per indicator for the same year. */
  countyMedians?: Readonly<Record<string, number | null>>
  /** Validation issues; those of this township and year are counted. */
  issues?: readonly Issue[]
}

/** hit: the rule fires; pass: checked and fine; not-applicable: zero denominator or unmet condition; no-data: a figure is missing. */
export type CheckStatus = 'hit' | 'pass' | 'not-applicable' | 'no-data'

export interface FlagCheck {
  ruleId: string
  indicator: string | null
  status: CheckStatus
  level: FlagLevel
}

export interface FlagResult {
  /** red if any red rule fires, else yellow if any yellow fires, else green; grey when nothing could be checked. */
  level: FlagLevel
  /** Fired rules, red first; one reason per indicator (its rules merged, at the worst level). */
  reasons: FlagReason[]
  checks: FlagCheck[]
}

/** Applies a comparison; 'worse' needs the direction and never holds for neutral indicators. */
export function compare(value: number, op: CompareOp, threshold: number, direction?: Indicator['direction']): boolean {
  switch (op) {
    case '>': return value > threshold
    case '>=': return value >= threshold
    case '<': return value < threshold
    case '<=': return value <= threshold
    case '==': return value === threshold
    case '!=': return value !== threshold
    case 'worse': return direction === 'higher_better' ? value < threshold : direction === 'lower_better' ? value > threshold : false
  }
}

/** The registry indicators a selector picks, in registry order. */
export function selectIndicators(registry: Pick<Registry, 'indicators'>, s: IndicatorSelector): Indicator[] {
  return registry.indicators.filter(i => (!s.kind || s.kind.includes(i.kind))
    && (!s.direction || s.direction.includes(i.direction))
    && (s.core === undefined || (i.core ?? false) === s.core)
    && (!s.reportable || s.reportable.includes(i.township_reportable)))
}

const numberTexts = new Map<number, Intl.NumberFormat>()
const numberText = (decimals: number): Intl.NumberFormat => {
  let f = numberTexts.get(decimals)
  if (!f) numberTexts.set(decimals, f = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: decimals }))
  return f
}

/** A whole number below 1,000 reads as itself in every precision (no grouping, no decimals): no Intl call. */
const plainNumber = (v: number): boolean => Number.isInteger(v) && v > -1000 && v < 1000 && !Object.is(v, -0)

/** A template cut at its placeholders: text, key, text, key … text (cached: a year's flags fill the same few thousands of times). */
const templateParts = new Map<string, string[]>()
function partsOf(template: string): string[] {
  let parts = templateParts.get(template)
  if (!parts) {
    parts = template.split(/\{(\w+)\}/g)
    if (templateParts.size > 1000) templateParts.clear()
    templateParts.set(template, parts)
  }
  return parts
}

/** Fills {name} placeholders; numbers at the precision of the fields' unit (decimalsFor: % one decimal, else at most 2). */
export function fillMessage(template: string, fields: Readonly<Record<string, string | number | null>>): string {
  const parts = partsOf(template)
  let format: Intl.NumberFormat | null = null
  let out = parts[0] ?? ''
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] ?? ''
    const v = fields[key]
    if (v === undefined || v === null) out += `{${key}}`
    else if (typeof v !== 'number') out += v
    else if (plainNumber(v)) out += String(v)
    else out += (format ??= numberText(decimalsFor(typeof fields.unit === 'string' ? fields.unit : ''))).format(v)
    out += parts[i + 1] ?? ''
  }
  return out
}

/** The figure a value reason opens with: "{label} {value}{unit}". */
const FIGURE = '{label} {value}{unit}'

/** Share of applicable selected indicators with a value, in percent (null when none applies). */
export function completeness(sub: Submission, registry: Pick<Registry, 'indicators'>, selector: IndicatorSelector): { present: number, applicable: number, percent: number | null } {
  const applicable = selectIndicators(registry, selector).filter(i => !isNotApplicable(sub, i))
  const present = applicable.filter(i => isPresent(sub.values[i.id])).length
  return { present, applicable: applicable.length, percent: applicable.length ? present / applicable.length * 100 : null }
}

type Outcome = { check: FlagCheck, reason: FlagReason | null }

type Fields = Record<string, string | number | null>

function outcome(rule: FlagRule, indicator: string | null, status: CheckStatus, fields: Fields = {}, fieldsEn: Fields = fields): Outcome {
  const level: FlagLevel = status === 'hit' ? rule.level : status === 'pass' ? 'green' : 'grey'
  const reason: FlagReason | null = status === 'hit' ? { ruleId: rule.id, indicator, level: rule.level, message: fillMessage(rule.message, fields) } : null
  if (reason && rule.message_en !== undefined) reason.message_en = fillMessage(rule.message_en, fieldsEn)
  if (reason && indicator !== null && 'label' in fields) {
    reason.figure = fillMessage(FIGURE, fields)
    reason.figure_en = fillMessage(FIGURE, fieldsEn)
  }
  return { check: { ruleId: rule.id, indicator, status, level }, reason }
}

function valueOutcome(rule: ValueRule, indicator: Indicator, sub: Submission, ctx: FlagContext): Outcome {
  const id = indicator.id
  for (const c of rule.when ?? []) {
    const v = sub.values[c.indicator]
    if (!isPresent(v)) return outcome(rule, id, 'no-data')
    if (!compare(v, c.op, c.threshold)) return outcome(rule, id, 'not-applicable')
  }
  if (rule.op === 'worse' && indicator.direction === 'neutral') return outcome(rule, id, 'not-applicable')
  const value = sub.values[id]
  if (!isPresent(value)) return outcome(rule, id, isNotApplicable(sub, indicator) ? 'not-applicable' : 'no-data')
  const reference = rule.threshold === 'countyMedian' ? ctx.countyMedians?.[id]
    : rule.threshold === 'previousYear' ? ctx.previous?.values[id]
      : rule.threshold
  if (!isPresent(reference)) return outcome(rule, id, 'no-data')
  const fired = compare(value, rule.op, reference, indicator.direction)
  const fields = {
    label: indicator.label_zh, value, unit: indicator.unit,
    threshold: typeof rule.threshold === 'number' ? rule.threshold : reference,
    reference, diff: Math.abs(Math.round((value - reference) * 1e9) / 1e9), trend: value < reference ? '下降' : '上升',
  }
  return outcome(rule, id, fired ? 'hit' : 'pass', fields,
    { ...fields, label: indicator.label_en, unit: indicator.unit_en ?? indicator.unit, trend: value < reference ? 'down' : 'up' })
}

function completenessOutcome(rule: CompletenessRule, sub: Submission, ctx: FlagContext): Outcome {
  const c = completeness(sub, ctx.registry, rule.indicator)
  if (c.percent === null) return outcome(rule, null, 'not-applicable')
  const fired = compare(c.percent, rule.op, rule.threshold)
  return outcome(rule, null, fired ? 'hit' : 'pass', { value: c.percent, unit: '%', present: c.present, applicable: c.applicable, threshold: rule.threshold })
}

/** Issues counted by severity, township and year, once per list (a year's flags look each township up). */
const issueCounts = new WeakMap<readonly Issue[], Map<string, number>>()
const issueKey = (severity: string, township: string, year: number) => `${severity}\u0000${township}\u0000${year}`
function issueCount(issues: readonly Issue[], severity: string, township: string, year: number): number {
  let counts = issueCounts.get(issues)
  if (!counts) {
    counts = new Map()
    for (const i of issues) {
      if (i.township === null || i.year === null) continue
      const key = issueKey(i.severity, i.township, i.year)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    issueCounts.set(issues, counts)
  }
  return counts.get(issueKey(severity, township, year)) ?? 0
}

function ruleOutcomes(rule: FlagRule, sub: Submission, ctx: FlagContext): Outcome[] {
  if (rule.type === 'issues') {
    const count = issueCount(ctx.issues ?? [], rule.severity, sub.township, sub.year)
    return [outcome(rule, null, compare(count, rule.op, rule.threshold) ? 'hit' : 'pass', { count, threshold: rule.threshold })]
  }
  if (rule.type === 'completeness') return [completenessOutcome(rule, sub, ctx)]
  const target = rule.indicator
  const indicators = typeof target === 'string' || Array.isArray(target)
    ? [target].flat().map(id => ctx.registry.byId.get(id)).filter((i): i is Indicator => i !== undefined)
    : selectIndicators(ctx.registry, target)
  return indicators.map(indicator => valueOutcome(rule, indicator, sub, ctx))
}

/**
 * The 红黄绿 flag of one submission under the rules, with a Chinese reason per fired rule and
 * indicator — the rules one indicator fires merged into one reason at the worst level, its figure
 * said once — and every check made (rules naming ids missing from the registry are skipped).
 */
export function evaluateFlags(sub: Submission, context: FlagContext, rules: FlagRules): FlagResult {
  const outcomes = rules.rules.flatMap(rule => ruleOutcomes(rule, sub, context))
  const reasons = mergeReasons(outcomes.flatMap(o => (o.reason ? [o.reason] : [])))
  const checks = outcomes.map(o => o.check)
  const level: FlagLevel = reasons.some(r => r.level === 'red') ? 'red'
    : reasons.length ? 'yellow'
      : checks.some(c => c.status === 'pass') ? 'green' : 'grey'
  return { level, reasons, checks }
}
