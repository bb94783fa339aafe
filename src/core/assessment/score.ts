// Scores every township of the county list for a year under a scheme: items, groups, total, grade,
// rank (overall and among peers), completeness, and the rank change on last year under the same scheme.
import { peerGroupOf } from '../analysis/peerGroups'
import { rankTownships } from '../analysis/ranking'
import { sourceOf } from '../datasetShape'
import { formulaIdsOf } from '../registry'
import type { Issue, Registry, Submission, Township } from '../types'
import { type Figure, type RankTable, round2, scoreItem } from './rules'
import { gradesFor } from './scheme'
import type { AssessmentResult, ItemScore, ManualScore, Scheme, ScoreEvidence, TownshipScore } from './types'

export interface AssessmentInput {
  scheme: Scheme
  registry: Registry
  /** The county's township list: only these are scored (unconfirmed names never are). */
  townships: readonly Township[]
  submissions: readonly Submission[]
  manual: readonly ManualScore[]
  /** Validation issues: a figure with an error-level issue is held (not scored) until it is checked. */
  issues?: readonly Issue[]
  /** The report sentence behind a figure, when it was extracted from a narrative report. */
  sentenceOf?: (township: string, year: number, indicator: string) => string | undefined
}

function submissionOf(subs: readonly Submission[], t: Township): Submission | undefined {
  return subs.find(s => (s.code !== null && s.code === t.code) || s.township === t.name)
}

function heldReasons(issues: readonly Issue[], year: number): Map<string, Pick<Issue, 'message' | 'text'>> {
  const held = new Map<string, Pick<Issue, 'message' | 'text'>>()
  for (const i of issues) {
    if (i.severity !== 'error' || i.year !== year || !i.township || !i.indicator) continue
    held.set(`${i.township}|${i.indicator}`, i)
  }
  return held
}

function figureOf(input: AssessmentInput, s: Submission | undefined, indicator: string, held: Map<string, Pick<Issue, 'message' | 'text'>>): Figure | null {
  if (!s) return null
  const value = s.values[indicator] ?? null
  const ind = input.registry.byId.get(indicator)
  const evidenceOf = (id: string, derived: boolean): ScoreEvidence => {
    const src = sourceOf(s, id)
    const e: ScoreEvidence = { indicator: id, file: src.file, row: src.row }
    const sentence = input.sentenceOf?.(s.township, s.year, id)
    if (sentence) e.sentence = sentence
    if (derived) e.derived = true
    return e
  }
  const notApplicable = value === null && (s.notApplicable?.includes(indicator) ?? false)
  const fromCounts = (s.derived.includes(indicator) || notApplicable) && ind?.formula
  const evidence = value === null && !notApplicable ? [] : fromCounts ? formulaIdsOf(ind.formula!).map(id => evidenceOf(id, true)) : [evidenceOf(indicator, false)]
  const reason = held.get(`${s.township}|${indicator}`)
  const fig: Figure = { value, approx: s.approx.includes(indicator), evidence }
  if (notApplicable) fig.notApplicable = true
  if (reason && value !== null) {
    fig.held = reason.message
    if (reason.text) fig.heldText = reason.text
  }
  return fig
}

function gradeOf(scheme: Scheme, kind: string, total: number, items: readonly ItemScore[]): { grade: string, gates: string[] } {
  const cuts = gradesFor(scheme, kind)
  let index = cuts.findIndex(c => total >= c.atLeast)
  if (index < 0) index = cuts.length - 1
  const gates: string[] = []
  let veto: string | null = null
  for (const score of items) {
    const item = scheme.items.find(i => i.id === score.item)
    const rule = item?.rule
    if (score.status !== 'gate' || rule?.type !== 'gate') continue
    gates.push(score.item)
    if (rule.grade !== undefined) veto ??= rule.grade
    else {
      const cap = cuts.findIndex(c => c.label === rule.maxGrade)
      if (cap > index) index = cap
    }
  }
  return { grade: veto ?? cuts[index]?.label ?? '', gates }
}

/** Scores one year; the rank change is left null (see assess). */
export function scoreYear(input: AssessmentInput, year: number): TownshipScore[] {
  const { scheme, registry } = input
  const subs = input.submissions.filter(s => s.year === year)
  const held = heldReasons(input.issues ?? [], year)
  const rows = input.townships.map(t => ({ t, s: submissionOf(subs, t) }))
  const figures = new Map<string, Map<string, Figure | null>>()
  const figure = (name: string, s: Submission | undefined, id: string): Figure | null => {
    let byId = figures.get(name)
    if (!byId) { byId = new Map(); figures.set(name, byId) }
    if (!byId.has(id)) byId.set(id, figureOf(input, s, id, held))
    return byId.get(id) ?? null
  }
  const rankTables = new Map<string, RankTable>()
  for (const item of scheme.items) {
    if (item.rule.type !== 'rank') continue
    const rule = item.rule
    const values = rows.map(({ t, s }) => {
      const f = figure(t.name, s, rule.indicator)
      return { township: t.name, value: f && !f.held ? f.value : null }
    })
    const ranked = rankTownships(values, registry.byId.get(rule.indicator)?.direction ?? 'higher_better')
    const ranks = new Map<string, number>()
    for (const r of ranked) if (r.rank !== null) ranks.set(r.township, r.rank)
    rankTables.set(item.id, { ranks, ranked: ranks.size })
  }
  const manual = new Map<string, ManualScore>()
  for (const m of input.manual) if (m.year === year) manual.set(`${m.township}|${m.item}`, m)
  const cuts = [...scheme.grades, ...Object.values(scheme.gradesByKind ?? {}).flat()]
  const gradeEn = (grade: string) => cuts.find(c => c.label === grade && c.label_en !== undefined)?.label_en
  const base = scheme.items.filter(i => !i.bonus && i.rule.type !== 'gate').reduce((sum, i) => sum + i.max, 0)

  const scored = rows.map(({ t, s }): Omit<TownshipScore, 'rank' | 'peerRank' | 'rankChange'> => {
    const items = scheme.items.map(item => {
      const rule = item.rule
      const indicator = rule.type === 'manual' ? undefined : rule.indicator
      return scoreItem(item, {
        indicator: indicator ? registry.byId.get(indicator) : undefined,
        figure: indicator ? figure(t.name, s, indicator) : null,
        rankTable: rankTables.get(item.id),
        township: t.name,
        manual: manual.get(`${t.name}|${item.id}`),
        gradeEn,
      })
    })
    const sumOf = (list: ItemScore[]) => list.reduce((sum, i) => sum + i.points, 0)
    const baseScore = sumOf(items.filter(i => !i.bonus))
    const total = round2((base > 0 ? baseScore * scheme.scale / base : 0) + sumOf(items.filter(i => i.bonus)))
    const groups: Record<string, number> = {}
    for (const g of scheme.groups) groups[g.id] = round2(sumOf(items.filter(i => scheme.items.find(x => x.id === i.item)?.group === g.id)))
    const needing = items.filter(i => scheme.items.find(x => x.id === i.item)?.rule.type !== 'manual')
    const completeness = needing.length === 0 ? 1 : needing.filter(i => i.status !== 'missing').length / needing.length
    return { township: t.name, code: t.code, kind: t.kind, total, ...gradeOf(scheme, t.kind, total, items), completeness, submitted: s !== undefined, groups, items }
  })
  const overall = rankTownships(scored.map(r => ({ township: r.township, value: r.total })), 'higher_better')
  const rankOf = new Map(overall.map(r => [r.township, r.rank ?? overall.length]))
  const peerRanks = new Map<string, number>()
  for (const peer of new Set(scored.map(r => peerGroupOf(r.kind)))) {
    const ranked = rankTownships(scored.filter(r => peerGroupOf(r.kind) === peer).map(r => ({ township: r.township, value: r.total })), 'higher_better')
    for (const r of ranked) peerRanks.set(r.township, r.rank ?? ranked.length)
  }
  return scored
    .map(r => ({ ...r, rank: rankOf.get(r.township)!, peerRank: peerRanks.get(r.township)!, rankChange: null }))
    .sort((a, b) => a.rank - b.rank || a.township.localeCompare(b.township, 'zh-CN'))
}

/**
 * The assessment of `year`: every listed township scored, sorted by rank, with the rank change on
 * the year before scored under the same scheme (null when that township has no data last year).
 * Names in the submissions that are not in the township list are returned as unscored.
 */
export function assess(input: AssessmentInput, year: number): AssessmentResult {
  const now = scoreYear(input, year)
  const hadLastYear = input.submissions.some(s => s.year === year - 1)
  const last = hadLastYear ? scoreYear(input, year - 1) : []
  const lastRank = new Map(last.filter(r => r.submitted).map(r => [r.township, r.rank]))
  const known = new Set(input.townships.flatMap(t => [t.name, t.code]))
  const unscored = [...new Set(input.submissions.filter(s => s.year === year && !known.has(s.township) && !(s.code && known.has(s.code))).map(s => s.township))]
  return {
    scheme: input.scheme.name,
    year,
    townships: now.map((r) => {
      const before = lastRank.get(r.township)
      return { ...r, rankChange: before === undefined ? null : before - r.rank }
    }),
    unscored: unscored.sort((a, b) => a.localeCompare(b, 'zh-CN')),
  }
}
