// 红黄绿 flag rules as data: the format and the county defaults (DOMAIN.md §5.2).
// A county replaces the defaults with data/flags.json; every rule is plain JSON.

import type { Direction, IndicatorKind, Reportable, Severity } from './types'

export type FlagLevel = 'red' | 'yellow' | 'green' | 'grey'

/** 'worse' compares in the indicator's direction (higher_better: <, lower_better: >; neutral never). */
export type CompareOp = '>' | '>=' | '<' | '<=' | '==' | '!=' | 'worse'

/** Registry indicators chosen by kind, direction, core flag and reportability (all given fields must match). */
export interface IndicatorSelector {
  kind?: IndicatorKind[]
  direction?: Direction[]
  core?: boolean
  reportable?: Reportable[]
}

/** A precondition on another figure of the same submission, e.g. litigation_hearings > 0. */
export interface FlagCondition {
  indicator: string
  op: Exclude<CompareOp, 'worse'>
  threshold: number
}

interface RuleBase {
  id: string
  level: 'red' | 'yellow'
  /**
   * Chinese reason shown when the rule fires. Placeholders: {label} {value} {unit} {threshold}
   * {reference} (median or last year's value) {diff} (distance to it, ≥ 0) {trend} (上升/下降)
   * {count} (issues) {present} {applicable} (completeness).
   */
  message: string
  /** The reason in English, same placeholders ({label} and {unit} in English, {trend} up/down); the Chinese one where absent. */
  message_en?: string
  /** Why the rule exists, for the settings screen. */
  note?: string
}

/** Compares each selected indicator's value with a number, the county median or last year's value. */
export interface ValueRule extends RuleBase {
  type: 'value'
  indicator: string | string[] | IndicatorSelector
  op: CompareOp
  threshold: number | 'countyMedian' | 'previousYear'
  /** All conditions must hold, or the rule does not apply (grey). */
  when?: FlagCondition[]
}

/** Fires on the number of validation issues of the given severity for the township and year. */
export interface IssueRule extends RuleBase {
  type: 'issues'
  severity: Severity
  op: Exclude<CompareOp, 'worse'>
  threshold: number
}

/** Fires on the share (percent) of applicable selected indicators that have a value. */
export interface CompletenessRule extends RuleBase {
  type: 'completeness'
  indicator: IndicatorSelector
  op: Exclude<CompareOp, 'worse'>
  threshold: number
}

export type FlagRule = ValueRule | IssueRule | CompletenessRule

export interface FlagRules {
  version: 1
  rules: FlagRule[]
}

const DIRECTIONAL: Direction[] = ['higher_better', 'lower_better']

/** The defaults of DOMAIN.md §5.2; the enforcement-certificate target (95%) is the county's to change. */
export const DEFAULT_FLAG_RULES: FlagRules = {
  version: 1,
  rules: [
    { id: 'litigation-lost', type: 'value', level: 'red', indicator: 'litigation_lost', op: '>', threshold: 0, message: '行政诉讼败诉 {value} 件', message_en: '{value} administrative lawsuits lost' },
    { id: 'reconsideration-corrected', type: 'value', level: 'red', indicator: 'reconsideration_corrected', op: '>', threshold: 0, message: '行政复议被纠错 {value} 件', message_en: '{value} decisions corrected on reconsideration' },
    {
      id: 'head-appearance', type: 'value', level: 'red', indicator: 'head_appearance_rate', op: '<', threshold: 100,
      when: [{ indicator: 'litigation_hearings', op: '>', threshold: 0 }],
      message: '{label} {value}{unit}，有开庭案件但未达 {threshold}{unit}', message_en: '{label} {value}{unit}: hearings held but below {threshold}{unit}',
    },
    {
      id: 'enforcement-cert-target', type: 'value', level: 'red', indicator: 'enforcement_cert_rate', op: '<', threshold: 95,
      message: '{label} {value}{unit}，低于县定目标 {threshold}{unit}', message_en: '{label} {value}{unit}, below the county target of {threshold}{unit}', note: '目标值由县里设定',
    },
    { id: 'annual-report-unpublished', type: 'value', level: 'red', indicator: 'annual_report_published', op: '==', threshold: 0, message: '法治政府建设年度报告未按期公开', message_en: 'Annual rule-of-law report not published on time' },
    { id: 'validation-errors', type: 'issues', level: 'red', severity: 'error', op: '>', threshold: 0, message: '数据有 {count} 处错误未更正，数据不可信', message_en: '{count} data errors not corrected: the figures cannot be trusted' },
    {
      id: 'rate-worse-than-last-year', type: 'value', level: 'yellow', indicator: { kind: ['rate'], direction: DIRECTIONAL },
      op: 'worse', threshold: 'previousYear', message: '{label} {value}{unit}，较上年{trend} {diff} 个百分点', message_en: '{label} {value}{unit}, {trend} {diff} percentage points on last year',
    },
    {
      id: 'rate-below-median', type: 'value', level: 'yellow', indicator: { kind: ['rate'], direction: DIRECTIONAL, core: true },
      op: 'worse', threshold: 'countyMedian', message: '{label} {value}{unit}，差于全县中位数 {reference}{unit}', message_en: '{label} {value}{unit}, worse than the county median of {reference}{unit}',
    },
    {
      id: 'core-completeness', type: 'completeness', level: 'yellow', indicator: { core: true, reportable: ['yes', 'partial'] },
      op: '<', threshold: 80, message: '核心指标完整率 {value}%（{present}/{applicable}），低于 {threshold}%', message_en: 'Core indicators {value}% complete ({present}/{applicable}), below {threshold}%',
      note: '只计乡镇自报指标；复议、诉讼等县级来源的数据不计入',
    },
    { id: 'annual-report-late', type: 'value', level: 'yellow', indicator: 'annual_report_submitted_on_time', op: '==', threshold: 0, message: '法治政府建设年度报告未按时报送', message_en: 'Annual rule-of-law report not submitted on time' },
    { id: 'validation-warnings', type: 'issues', level: 'yellow', severity: 'warning', op: '>', threshold: 0, message: '数据有 {count} 处疑问待核实', message_en: '{count} data questions to check' },
  ],
}

const OPS = new Set<string>(['>', '>=', '<', '<=', '==', '!=', 'worse'])
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * Checks a parsed flags.json: returns the rules when well-formed, else null and the problems
 * (in Chinese, naming the rule). Indicator ids are not checked against the registry here.
 */
export function readFlagRules(raw: unknown): { rules: FlagRules | null, problems: string[] } {
  const problems: string[] = []
  if (!isObject(raw) || raw.version !== 1 || !Array.isArray(raw.rules)) {
    return { rules: null, problems: ['应为 { "version": 1, "rules": [...] }'] }
  }
  const ids = new Set<string>()
  raw.rules.forEach((rule: unknown, i) => {
    const where = `第 ${i + 1} 条规则`
    if (!isObject(rule) || typeof rule.id !== 'string' || rule.id === '') return problems.push(`${where}缺少 id`)
    if (ids.has(rule.id)) problems.push(`${where}（${rule.id}）id 重复`)
    ids.add(rule.id)
    const name = `${where}（${rule.id}）`
    if (rule.level !== 'red' && rule.level !== 'yellow') problems.push(`${name} level 应为 red 或 yellow`)
    if (typeof rule.message !== 'string') problems.push(`${name}缺少 message`)
    if (rule.message_en !== undefined && typeof rule.message_en !== 'string') problems.push(`${name} message_en 应为字符串`)
    if (typeof rule.op !== 'string' || !OPS.has(rule.op)) problems.push(`${name} op 无效`)
    if (rule.type === 'value') {
      const t = rule.threshold
      if (typeof t !== 'number' && t !== 'countyMedian' && t !== 'previousYear') problems.push(`${name} threshold 无效`)
      const ind = rule.indicator
      if (typeof ind !== 'string' && !isObject(ind) && !(Array.isArray(ind) && ind.every(x => typeof x === 'string'))) problems.push(`${name} indicator 无效`)
      if (rule.when !== undefined && !(Array.isArray(rule.when) && rule.when.every(c => isObject(c) && typeof c.indicator === 'string' && typeof c.threshold === 'number' && OPS.has(String(c.op)) && c.op !== 'worse'))) problems.push(`${name} when 无效`)
    } else if (rule.type === 'issues' || rule.type === 'completeness') {
      if (typeof rule.threshold !== 'number' || rule.op === 'worse') problems.push(`${name} 只能与数值比较`)
      if (rule.type === 'issues' && rule.severity !== 'error' && rule.severity !== 'warning') problems.push(`${name} severity 无效`)
      if (rule.type === 'completeness' && !isObject(rule.indicator)) problems.push(`${name} indicator 应为筛选条件`)
    } else {
      problems.push(`${name} type 应为 value、issues 或 completeness`)
    }
    return undefined
  })
  return problems.length ? { rules: null, problems } : { rules: raw as unknown as FlagRules, problems }
}
