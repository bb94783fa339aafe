// Reads and checks a 考核 scheme (data/assessment.json or a county's edited copy). Problems are values,
// each naming the item it concerns; a scheme with any problem is not used.
import type { Registry } from '../types'
import type { GradeCut, Rule, Scheme, SchemeGroup, SchemeItem, SchemeProblem, ThresholdLevel } from './types'

const RULE_TYPES = ['threshold', 'per-occurrence', 'linear', 'rank', 'manual', 'gate'] as const
/** Keys of gradesByKind: a township kind, or 乡镇 for both 镇 and 乡. */
export const GRADE_KINDS = ['街道', '镇', '乡', '乡镇'] as const

type Obj = Record<string, unknown>
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x)
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== ''

class Problems {
  readonly list: SchemeProblem[] = []
  add(item: string | null, code: string, message: string): void {
    this.list.push({ item, code, message })
  }
}

function itemName(raw: Obj, index: number): string {
  const id = isText(raw.id) ? raw.id : `第 ${index + 1} 项`
  return isText(raw.label) ? `考核项“${id}”（${raw.label}）` : `考核项“${id}”`
}

/** Checks a list of grade cut-offs: labels, strictly decreasing bounds, a last grade from 0. */
function readGrades(raw: unknown, where: string, p: Problems): GradeCut[] {
  if (!Array.isArray(raw) || raw.length === 0) { p.add(null, 'no-grades', `${where}：至少要有一个等次`); return [] }
  const cuts: GradeCut[] = []
  for (const [i, g] of raw.entries()) {
    if (!isObj(g) || !isText(g.label) || !isNum(g.atLeast)) { p.add(null, 'bad-grade', `${where}第 ${i + 1} 个等次要有 label 和数值 atLeast`); continue }
    const prev = cuts.at(-1)
    if (prev && g.atLeast >= prev.atLeast) p.add(null, 'overlapping-grades', `${where}：等次“${g.label}”的分数线 ${g.atLeast} 不低于上一等次“${prev.label}”的 ${prev.atLeast}，等次须从高到低排列`)
    if (cuts.some(c => c.label === g.label)) p.add(null, 'duplicate-grade', `${where}：等次“${g.label}”重复`)
    cuts.push(isText(g.label_en) ? { label: g.label, label_en: g.label_en, atLeast: g.atLeast } : { label: g.label, atLeast: g.atLeast })
  }
  const last = cuts.at(-1)
  if (last && last.atLeast > 0) p.add(null, 'grade-gap', `${where}：最低等次“${last.label}”从 ${last.atLeast} 分起，低于该分的乡镇没有等次（最低等次应为 atLeast 0）`)
  return cuts
}

function readLevels(raw: unknown, name: string, max: number, p: Problems): ThresholdLevel[] {
  if (!Array.isArray(raw) || raw.length === 0) { p.add(null, 'no-levels', `${name}：threshold 规则至少要有一档 levels`); return [] }
  const levels: ThresholdLevel[] = []
  const ways = new Set<string>()
  for (const [i, l] of raw.entries()) {
    const has = isObj(l) ? [isNum(l.atLeast), isNum(l.atMost)] : [false, false]
    if (!isObj(l) || has[0] === has[1] || !isNum(l.points)) { p.add(null, 'bad-level', `${name}：第 ${i + 1} 档要有 points 和 atLeast、atMost 二者之一`); continue }
    const level: ThresholdLevel = has[0] ? { atLeast: l.atLeast as number, points: l.points } : { atMost: l.atMost as number, points: l.points }
    ways.add(has[0] ? 'atLeast' : 'atMost')
    if (l.points > max) p.add(null, 'points-above-max', `${name}：第 ${i + 1} 档 ${l.points} 分超过本项满分 ${max} 分`)
    if (l.points < 0) p.add(null, 'negative-points', `${name}：第 ${i + 1} 档分值不能为负`)
    const prev = levels.at(-1)
    if (prev && ways.size === 1) {
      const shadowed = level.atLeast !== undefined ? level.atLeast >= (prev.atLeast as number) : level.atMost! <= (prev.atMost as number)
      if (shadowed) p.add(null, 'overlapping-levels', `${name}：第 ${i + 1} 档被前一档覆盖，永远不会用到（atLeast 须从高到低、atMost 须从低到高排列）`)
    }
    levels.push(level)
  }
  if (ways.size > 1) p.add(null, 'mixed-levels', `${name}：各档不能混用 atLeast 与 atMost`)
  return levels
}

function readRule(raw: unknown, item: { name: string, max: number, bonus: boolean }, registry: Registry, p: Problems): Rule | null {
  const { name, max } = item
  if (!isObj(raw) || !RULE_TYPES.includes(raw.type as never)) {
    p.add(null, 'unknown-rule', `${name}：规则类型须为 ${RULE_TYPES.join('、')} 之一`)
    return null
  }
  const type = raw.type as Rule['type']
  if (type === 'manual') return { type }
  const indicator = raw.indicator
  if (!isText(indicator)) { p.add(null, 'no-indicator', `${name}：缺少 indicator`); return null }
  const ind = registry.byId.get(indicator)
  if (!ind) { p.add(null, 'unknown-indicator', `${name}：指标“${indicator}”不在指标库（data/indicators.json）中`); return null }
  const points = (label: string, v: unknown) => {
    if (!isNum(v) || v < 0) p.add(null, 'bad-points', `${name}：${label}须为不小于 0 的数`)
    else if (v > max) p.add(null, 'points-above-max', `${name}：${label} ${v} 分超过本项满分 ${max} 分`)
  }
  switch (type) {
    case 'threshold':
      return { type, indicator, levels: readLevels(raw.levels, name, max, p) }
    case 'per-occurrence': {
      const { deduct, add, cap } = raw
      if (isNum(deduct) === isNum(add)) { p.add(null, 'bad-occurrence', `${name}：per-occurrence 规则要有 deduct（每次扣分）或 add（每次加分）之一`); return null }
      if (isNum(add) && !item.bonus) p.add(null, 'add-without-bonus', `${name}：add（加分）只用于加分项（bonus: true）`)
      const step = (isNum(deduct) ? deduct : add) as number
      if (step <= 0) p.add(null, 'bad-points', `${name}：每次${isNum(deduct) ? '扣' : '加'}分须大于 0`)
      points('封顶 cap', cap)
      return isNum(deduct) ? { type, indicator, deduct, cap: cap as number } : { type, indicator, add: add as number, cap: cap as number }
    }
    case 'linear':
      if (!isNum(raw.from) || !isNum(raw.to) || raw.from === raw.to) { p.add(null, 'bad-linear', `${name}：linear 规则要有两个不相等的数 from 和 to`); return null }
      return { type, indicator, from: raw.from, to: raw.to }
    case 'rank': {
      if (ind.direction === 'neutral') p.add(null, 'neutral-rank', `${name}：指标“${ind.label_zh}”没有好坏方向（neutral），不能按名次计分`)
      if (!Array.isArray(raw.points) || raw.points.length === 0) { p.add(null, 'bad-points', `${name}：rank 规则要有名次分值 points`); return null }
      raw.points.forEach((v, i) => points(`第 ${i + 1} 名分值`, v))
      points('其余名次分值 rest', raw.rest)
      return { type, indicator, points: raw.points as number[], rest: raw.rest as number }
    }
    case 'gate': {
      const conds = (['equals', 'atLeast', 'atMost'] as const).filter(k => isNum(raw[k]))
      if (conds.length !== 1) p.add(null, 'bad-gate', `${name}：gate 规则要有 equals、atLeast、atMost 三者之一`)
      if (isText(raw.grade) === isText(raw.maxGrade)) p.add(null, 'bad-gate', `${name}：gate 规则要有 grade（一票否决定为该等次）或 maxGrade（最高只能评该等次）之一`)
      const rule: Rule = { type, indicator }
      for (const k of ['equals', 'atLeast', 'atMost', 'grade', 'maxGrade'] as const) if (raw[k] !== undefined) Object.assign(rule, { [k]: raw[k] })
      return rule
    }
  }
}

function readItem(raw: unknown, index: number, groups: readonly SchemeGroup[], registry: Registry, p: Problems): SchemeItem | null {
  if (!isObj(raw)) { p.add(null, 'bad-item', `第 ${index + 1} 个考核项不是对象`); return null }
  const name = itemName(raw, index)
  const before = p.list.length
  const isGate = isObj(raw.rule) && raw.rule.type === 'gate'
  if (!isText(raw.id)) p.add(null, 'no-id', `${name}：缺少 id`)
  if (!isText(raw.label)) p.add(null, 'no-label', `${name}：缺少 label`)
  const max = isGate ? (raw.max ?? 0) : raw.max
  if (!isNum(max) || max < 0) p.add(null, 'bad-max', `${name}：满分 max 须为不小于 0 的数`)
  if (isGate && isNum(max) && max !== 0) p.add(null, 'bad-max', `${name}：gate（否决项）不计分，max 应为 0 或不写`)
  if (!isGate && !groups.some(g => g.id === raw.group)) p.add(null, 'unknown-group', `${name}：分组“${String(raw.group ?? '')}”不在 groups 中`)
  if (raw.bonus !== undefined && typeof raw.bonus !== 'boolean') p.add(null, 'bad-bonus', `${name}：bonus 须为 true 或 false`)
  const bonus = raw.bonus === true
  const rule = readRule(raw.rule, { name, max: isNum(max) ? max : 0, bonus }, registry, p)
  for (const problem of p.list.slice(before)) problem.item = isText(raw.id) ? raw.id : null
  if (p.list.length > before || !rule) return null
  const item: SchemeItem = { id: raw.id as string, label: raw.label as string, max: max as number, rule }
  if (isText(raw.label_en)) item.label_en = raw.label_en
  if (isText(raw.group)) item.group = raw.group
  if (bonus) item.bonus = true
  if (isText(raw.rectify)) item.rectify = raw.rectify
  return item
}

/** Reads a scheme; `scheme` is null when there is any problem (each names its item or field). */
export function readScheme(raw: unknown, registry: Registry): { scheme: Scheme | null, problems: SchemeProblem[] } {
  const p = new Problems()
  if (!isObj(raw)) { p.add(null, 'not-an-object', '考核方案须为 JSON 对象'); return { scheme: null, problems: p.list } }
  if (!isText(raw.name)) p.add(null, 'no-name', '考核方案缺少名称 name')
  if (!isNum(raw.year) || !Number.isInteger(raw.year)) p.add(null, 'bad-year', '考核方案的年度 year 须为整数')
  if (!isNum(raw.scale) || raw.scale <= 0) p.add(null, 'bad-scale', '折算满分 scale 须为正数（通常为 100）')
  const groups: SchemeGroup[] = []
  if (!Array.isArray(raw.groups)) p.add(null, 'no-groups', '考核方案缺少分组 groups')
  else for (const g of raw.groups) {
    if (!isObj(g) || !isText(g.id) || !isText(g.label)) { p.add(null, 'bad-group', '每个分组要有 id 和 label'); continue }
    if (groups.some(x => x.id === g.id)) p.add(null, 'duplicate-group', `分组“${g.id}”重复`)
    groups.push(isText(g.label_en) ? { id: g.id, label: g.label, label_en: g.label_en } : { id: g.id, label: g.label })
  }
  const items: SchemeItem[] = []
  if (!Array.isArray(raw.items) || raw.items.length === 0) p.add(null, 'no-items', '考核方案缺少考核项 items')
  else raw.items.forEach((r, i) => {
    const item = readItem(r, i, groups, registry, p)
    if (!item) return
    if (items.some(x => x.id === item.id)) p.add(item.id, 'duplicate-item', `考核项“${item.id}”重复`)
    items.push(item)
  })
  if (items.length > 0 && !items.some(i => !i.bonus && i.max > 0)) p.add(null, 'no-base-points', '考核方案至少要有一个非加分项的满分大于 0')
  const grades = readGrades(raw.grades, '等次 grades', p)
  const gradesByKind: Record<string, GradeCut[]> = {}
  if (raw.gradesByKind !== undefined) {
    if (!isObj(raw.gradesByKind)) p.add(null, 'bad-grades-by-kind', 'gradesByKind 须为对象，键为 街道、镇、乡 或 乡镇')
    else for (const [kind, cuts] of Object.entries(raw.gradesByKind)) {
      if (!GRADE_KINDS.includes(kind as never)) p.add(null, 'unknown-kind', `gradesByKind 的键“${kind}”须为 ${GRADE_KINDS.join('、')} 之一`)
      gradesByKind[kind] = readGrades(cuts, `${kind}的等次`, p)
    }
  }
  const labels = new Set([...grades, ...Object.values(gradesByKind).flat()].map(g => g.label))
  for (const item of items) {
    if (item.rule.type !== 'gate') continue
    const label = item.rule.grade ?? item.rule.maxGrade
    if (label !== undefined && !labels.has(label)) p.add(item.id, 'unknown-grade', `考核项“${item.id}”（${item.label}）：等次“${label}”不在 grades 中`)
  }
  if (p.list.length > 0) return { scheme: null, problems: p.list }
  const scheme: Scheme = { name: raw.name as string, year: raw.year as number, scale: raw.scale as number, groups, items, grades }
  if (Object.keys(gradesByKind).length > 0) scheme.gradesByKind = gradesByKind
  if (isText(raw.name_en)) scheme.name_en = raw.name_en
  if (isText(raw.source)) scheme.source = raw.source
  if (isText(raw.source_en)) scheme.source_en = raw.source_en
  return { scheme, problems: [] }
}

/** The cut-offs that apply to a township kind: gradesByKind[kind], then 乡镇 for 镇 and 乡, else grades. */
export function gradesFor(scheme: Scheme, kind: string): GradeCut[] {
  const byKind = scheme.gradesByKind ?? {}
  return byKind[kind] ?? ((kind === '镇' || kind === '乡') ? byKind['乡镇'] : undefined) ?? scheme.grades
}
