// The county level of a province office: townships pooled from several counties' lists, and the
// counties as wholes (one row per county and year) for the same charts as townships.
import { roundRate } from '../formula'
import type { Registry, Submission, Township } from '../types'
import { countyFigure } from './county'
import { isPresent } from './ranking'
import { quantileSorted } from './summary'

/** How a county's row is made from its townships: county figures (sums, pooled rates), or the townships' median. */
export type CountyStat = 'total' | 'median'

/** A township's county: the one its list names, else the first six digits of its code (the county's 行政区划代码). */
export function countyOf(t: Pick<Township, 'code' | 'county'>): string {
  return t.county ?? t.code.slice(0, 6)
}

/** The counties of a list, in list order. */
export function countiesOf(list: readonly Township[]): string[] {
  return [...new Set(list.map(countyOf))]
}

export interface CountyLevel {
  /** One submission per county and year, named as the county (township = county name). */
  submissions: Submission[]
  /** One entry per county: population and area summed (null when a township lacks it). */
  townships: Township[]
}

const sumOrNull = (xs: readonly (number | null)[]): number | null => (xs.some(x => x === null) ? null : xs.reduce<number>((a, b) => a + (b ?? 0), 0))

/**
 * The counties as wholes. 'total': each indicator's county figure (counts and amounts summed, formula
 * rates pooled over the sums of their inputs, other rates the mean: countyFigure). 'median': the median
 * of the townships' values. Flags are left out (a share of 是 is not a 是/否). Submissions of townships not
 * on the list are left out; a county's code is the common first six digits of its townships' codes.
 */
export function countyLevel(subs: readonly Submission[], list: readonly Township[], registry: Pick<Registry, 'indicators'>, stat: CountyStat): CountyLevel {
  const countyByCode = new Map(list.map(t => [t.code, countyOf(t)]))
  const countyByName = new Map(list.map(t => [t.name, countyOf(t)]))
  const groups = new Map<string, Map<number, Submission[]>>()
  for (const s of subs) {
    const county = (s.code !== null ? countyByCode.get(s.code) : undefined) ?? countyByName.get(s.township)
    if (county === undefined) continue
    const years = groups.get(county) ?? new Map<number, Submission[]>()
    const ofYear = years.get(s.year) ?? []
    ofYear.push(s)
    years.set(s.year, ofYear)
    groups.set(county, years)
  }
  const indicators = registry.indicators.filter(i => i.kind !== 'flag')
  const submissions: Submission[] = []
  const townships: Township[] = []
  for (const county of countiesOf(list)) {
    const members = list.filter(t => countyOf(t) === county)
    const prefix = members[0]?.code.slice(0, 6) ?? ''
    const code = members.every(t => t.code.startsWith(prefix)) && /^\d{6}$/.test(prefix) ? prefix : null
    // The type asks for a kind: a county has none of its own, and the county level shows no peer groups.
    townships.push({ code: code ?? county, name: county, kind: '镇', population: sumOrNull(members.map(t => t.population)), area_km2: sumOrNull(members.map(t => t.area_km2)), aliases: [] })
    for (const [year, ofYear] of [...(groups.get(county) ?? new Map<number, Submission[]>())].sort((a, b) => a[0] - b[0])) {
      const values: Record<string, number | null> = {}
      for (const ind of indicators) {
        if (stat === 'total') {
          const f = countyFigure(ofYear, ind, year)
          if (f.reported > 0) values[ind.id] = f.value
        } else {
          const present = ofYear.map(s => s.values[ind.id]).filter(isPresent).sort((a, b) => a - b)
          const m = quantileSorted(present, 0.5)
          if (m !== null) values[ind.id] = ind.kind === 'rate' ? roundRate(m) : m
        }
      }
      const first = ofYear[0]!
      submissions.push({ township: county, code: code ?? county, year, values, approx: [], derived: [], source: { file: first.source.file, row: null } })
    }
  }
  return { submissions, townships }
}
