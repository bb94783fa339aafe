// Everything the township page shows about one township and year, computed from the data core:
// each indicator's value, county rank, percentile, county median, change on last year, flag and source.
import { sourceOf } from '../datasetShape'
import type { FlagLevel, FlagRules, IndicatorSelector } from '../flagRules'
import type { Indicator, Issue, Registry, SourceRef, Submission, Township } from '../types'
import { countyMedians, indicatorLevels } from './flagContext'
import { completeness, evaluateFlags, type FlagResult } from './flags'
import { percentileRanks, rankTownships } from './ranking'
import { indicatorSeries, townshipMatcher, type RowStatus } from './series'
import { yearOverYear, type YearOverYear } from './yearOverYear'

export interface ProfileRow {
  indicator: Indicator
  /** The figure as submitted (never normalized on this page). */
  value: number | null
  status: RowStatus
  approx: boolean
  derived: boolean
  /** County rank, best first (neutral: largest first); null without a value and for yes/no indicators. */
  rank: number | null
  /** Townships with a value for the indicator: the denominator of the rank. */
  ranked: number
  /** 0–100, 100 = best (neutral: largest); null as rank. */
  percentile: number | null
  countyMedian: number | null
  /** Change on the previous year; null when the data hold no previous year. */
  change: YearOverYear | null
  /** Worst flag level of this indicator's checks; null when no rule checked it (or it could not be checked). */
  level: FlagLevel | null
  /** Chinese reasons of the rules that fired on this indicator. */
  reasons: string[]
  /** File and row the figure came from; null when the township sent nothing for the year. */
  source: SourceRef | null
}

export interface ProfileGroup {
  group: string
  rows: ProfileRow[]
}

export interface TownshipProfile {
  /** The name shown: the county-list name when the township is listed. */
  name: string
  township: Township | null
  /** The township's submission for the year; null when it sent none (未报送). */
  submission: Submission | null
  flag: FlagResult | null
  completeness: { present: number, applicable: number, percent: number | null } | null
  groups: ProfileGroup[]
  /** Registry indicators that nobody in the county reported for the year (left out of the table). */
  omitted: number
}

export interface ProfileInput {
  submissions: readonly Submission[]
  townships: readonly Township[]
  registry: Registry
  rules: FlagRules
  issues: readonly Issue[]
  name: string
  year: number
}

/**
 * The county-list entry or the submission name that `name` means (list name, alias, or the name of
 * a township that submitted without being on the list); null when nothing matches.
 */
export function resolveTownship(name: string, townships: readonly Township[], submissions: readonly Submission[]): { name: string, township: Township | null } | null {
  const listed = townships.find(t => t.name === name) ?? townships.find(t => t.aliases.includes(name))
  if (listed) return { name: listed.name, township: listed }
  const match = townshipMatcher(townships)
  const unlisted = submissions.find(s => s.township === name && match(s) === null)
  return unlisted ? { name, township: null } : null
}

/** Names a user can pick: the county list, then townships that submitted without being on it. */
export function townshipNames(townships: readonly Township[], submissions: readonly Submission[]): string[] {
  const match = townshipMatcher(townships)
  const unlisted = new Set(submissions.filter(s => match(s) === null).map(s => s.township))
  return [...townships.map(t => t.name), ...unlisted]
}

/** The submission of the named township for a year (the last one if several). */
export function submissionOf(subs: readonly Submission[], name: string, year: number, townships: readonly Township[]): Submission | null {
  const match = townshipMatcher(townships)
  return subs.findLast(s => s.year === year && (match(s)?.name ?? s.township) === name) ?? null
}

/** Indicators that some submission of the year carries (as a value, blank cell or 不适用), in registry order. */
export function reportedIndicators(subs: readonly Submission[], year: number, registry: Registry): Indicator[] {
  const ids = new Set<string>()
  for (const s of subs) {
    if (s.year !== year) continue
    for (const id of Object.keys(s.values)) ids.add(id)
    for (const id of s.notApplicable ?? []) ids.add(id)
  }
  return registry.indicators.filter(i => ids.has(i.id))
}

function selectorOfCompleteness(rules: FlagRules): IndicatorSelector {
  const rule = rules.rules.find(r => r.type === 'completeness')
  return rule?.type === 'completeness' ? rule.indicator : {}
}

/** The profile of one township for one year; see TownshipProfile. Raw figures (no per-capita). */
export function townshipProfile(input: ProfileInput): TownshipProfile | null {
  const { submissions: subs, townships, registry, year } = input
  const resolved = resolveTownship(input.name, townships, subs)
  if (!resolved) return null
  const { name } = resolved
  const submission = submissionOf(subs, name, year, townships)
  const hasPrevious = subs.some(s => s.year === year - 1)
  const previous = submissionOf(subs, name, year - 1, townships)
  const opts = { normalization: 'raw' as const, townships, registry }

  const flag = submission
    ? evaluateFlags(submission, {
        registry, previous, issues: input.issues,
        countyMedians: countyMedians(subs, year, registry.indicators.map(i => i.id)),
      }, input.rules)
    : null
  const levels = flag ? indicatorLevels(flag) : new Map<string, FlagLevel>()

  const indicators = reportedIndicators(subs, year, registry)
  const rows = indicators.map((indicator): ProfileRow => {
    const series = indicatorSeries(subs, indicator.id, year, opts)
    const row = series.rows.find(r => r.township === name)
    const rankable = indicator.kind !== 'flag'
    const ranked = rankTownships(series.rows, indicator.direction)
    const percentile = percentileRanks(series.rows, indicator.direction).find(r => r.township === name)?.percentile ?? null
    const before = hasPrevious ? indicatorSeries(subs, indicator.id, year - 1, opts).rows.find(r => r.township === name) : undefined
    const level = levels.get(indicator.id)
    return {
      indicator,
      value: row?.value ?? null,
      status: row?.status ?? 'missing',
      approx: row?.approx ?? false,
      derived: row?.derived ?? false,
      rank: rankable ? ranked.find(r => r.township === name)?.rank ?? null : null,
      ranked: rankable ? ranked.filter(r => r.rank !== null).length : 0,
      percentile: rankable ? percentile : null,
      countyMedian: series.summary.median,
      change: hasPrevious ? yearOverYear(row?.value ?? null, before?.value ?? null, indicator.kind) : null,
      level: level === undefined || level === 'grey' ? null : level,
      reasons: (flag?.reasons ?? []).filter(r => r.indicator === indicator.id).map(r => r.message),
      source: submission ? sourceOf(submission, indicator.id) : null,
    }
  })

  const groups = registry.groups
    .map(group => ({ group, rows: rows.filter(r => r.indicator.group === group) }))
    .filter(g => g.rows.length > 0)
  return {
    name,
    township: resolved.township,
    submission,
    flag,
    completeness: submission ? completeness(submission, registry, selectorOfCompleteness(input.rules)) : null,
    groups,
    omitted: registry.indicators.length - indicators.length,
  }
}

/** The validation and import issues that concern the township (by name or alias), the given year first. */
export function townshipIssues(issues: readonly Issue[], name: string, township: Township | null, year: number): Issue[] {
  const names = new Set([name, ...(township?.aliases ?? [])])
  return issues
    .filter(i => i.township !== null && names.has(i.township))
    .sort((a, b) => Number(b.year === year) - Number(a.year === year) || (b.year ?? 0) - (a.year ?? 0))
}
