import { describe, expect, it } from 'vitest'
import { reportedIndicators, resolveTownship, townshipIssues, townshipNames, townshipProfile } from '@/core/analysis/townshipProfile'
import type { FlagRules } from '@/core/flagRules'
import type { Indicator, Issue, Registry, Submission, Township } from '@/core/types'

const ind = (spec: Pick<Indicator, 'id' | 'kind'> & Partial<Indicator>): Indicator => ({
  label_zh: spec.id, label_en: spec.id, unit: spec.kind === 'rate' ? '%' : '件', group: 'enforcement', direction: 'neutral',
  formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {}, ...spec,
})
const indicators = [
  ind({ id: 'staff', kind: 'count', unit: '人' }),
  ind({ id: 'certified', kind: 'count', unit: '人', direction: 'higher_better' }),
  ind({ id: 'cert_rate', kind: 'rate', direction: 'higher_better', core: true, formula: 'certified / staff * 100' }),
  ind({ id: 'lost', kind: 'count', direction: 'lower_better', group: 'litigation' }),
  ind({ id: 'loss_rate', kind: 'rate', direction: 'lower_better', core: true, group: 'litigation' }),
  ind({ id: 'published', kind: 'flag', unit: '', direction: 'higher_better', group: 'disclosure' }),
  ind({ id: 'never', kind: 'count', group: 'publicity' }),
]
const registry: Registry = { indicators, byId: new Map(indicators.map(i => [i.id, i])), byKey: new Map(), groups: ['enforcement', 'disclosure', 'litigation', 'publicity'] }
const tw = (name: string, aliases: string[] = []): Township => ({ code: name, name, kind: '镇', population: 10000, area_km2: null, aliases })
const townships = [tw('甲镇', ['甲']), tw('乙镇'), tw('丙镇'), tw('丁镇')]
const sub = (township: string, year: number, values: Submission['values'], extra: Partial<Submission> = {}): Submission => ({
  township, code: township, year, values, approx: [], derived: [], source: { file: `${year}.csv`, row: 2 }, ...extra,
})
const rules: FlagRules = { version: 1, rules: [
  { id: 'cert', type: 'value', level: 'red', indicator: 'cert_rate', op: '<', threshold: 95, message: '{label} {value}{unit} 低于 {threshold}{unit}' },
  { id: 'done', type: 'completeness', level: 'yellow', indicator: { core: true }, op: '<', threshold: 80, message: '完整率 {value}%' },
] }
const subs = [
  sub('甲镇', 2023, { staff: 10, certified: 8, cert_rate: 80, lost: 1, published: 1 }),
  sub('乙镇', 2023, { staff: 10, certified: 10, cert_rate: 100, lost: 0, published: 1 }),
  sub('甲镇', 2024, { staff: 10, certified: 9, cert_rate: 90, lost: 0, loss_rate: null, published: 1 },
    { approx: ['staff'], derived: ['cert_rate'], notApplicable: ['loss_rate'], sources: { lost: { file: '诉讼.csv', row: 7 } } }),
  sub('乙镇', 2024, { staff: 10, certified: 10, cert_rate: 100, lost: 2, published: 0 }),
  sub('丙镇', 2024, { staff: 20, certified: 19, cert_rate: 95, lost: null, published: 1 }),
]
const input = { submissions: subs, townships, registry, rules, issues: [], name: '甲镇', year: 2024 }
const rowOf = (id: string) => townshipProfile(input)?.groups.flatMap(g => g.rows).find(r => r.indicator.id === id)

describe('resolveTownship', () => {
  it.each([
    ['甲镇', '甲镇', true],
    ['甲', '甲镇', true],
    ['戊镇', '戊镇', false],
  ])('finds %s as %s (listed: %s)', (asked, name, listed) => {
    const unlisted = [...subs, sub('戊镇', 2024, {})]
    const found = resolveTownship(asked, townships, unlisted)
    expect(found?.name).toBe(name)
    expect(found?.township !== null).toBe(listed)
  })

  it('returns null for a name nobody knows', () => {
    expect(resolveTownship('<img src=x>', townships, subs)).toBeNull()
  })

  it('lists county townships first, then those that submitted without being on the list', () => {
    expect(townshipNames(townships, [...subs, sub('戊镇', 2024, {})])).toEqual(['甲镇', '乙镇', '丙镇', '丁镇', '戊镇'])
  })
})

describe('townshipProfile', () => {
  it('lists the indicators the county reports that year, grouped in registry group order', () => {
    const profile = townshipProfile(input)
    expect(profile?.groups.map(g => g.group)).toEqual(['enforcement', 'disclosure', 'litigation'])
    expect(reportedIndicators(subs, 2024, registry).map(i => i.id)).not.toContain('never')
    expect(profile?.omitted).toBe(1)
  })

  it.each([
    ['cert_rate', 3, 3, 0],
    ['lost', 1, 2, 100],
    ['staff', 2, 3, 50], // tied with 乙镇 at 2 of 3: the percentile of rank 2, not a mid-rank 25
  ])('ranks %s as %i of %i with percentile %d, direction-aware', (id, rank, ranked, percentile) => {
    expect(rowOf(id)).toMatchObject({ rank, ranked, percentile })
  })

  it('gives yes/no indicators no rank or percentile', () => {
    expect(rowOf('published')).toMatchObject({ value: 1, rank: null, percentile: null })
  })

  it('keeps approximate, derived and not-applicable marks', () => {
    expect(rowOf('staff')).toMatchObject({ approx: true })
    expect(rowOf('cert_rate')).toMatchObject({ derived: true })
    expect(rowOf('loss_rate')).toMatchObject({ value: null, status: 'not-applicable' })
  })

  it('computes the change on last year: points for rates, absolute and percent for counts', () => {
    expect(rowOf('cert_rate')?.change).toEqual({ type: 'points', pp: 10 })
    expect(rowOf('lost')?.change).toEqual({ type: 'change', abs: -1, pct: -100 })
  })

  it('names the file and row of each figure, per indicator where the merge recorded one', () => {
    expect(rowOf('lost')?.source).toEqual({ file: '诉讼.csv', row: 7 })
    expect(rowOf('staff')?.source).toEqual({ file: '2024.csv', row: 2 })
  })

  it('puts the flag level and reason on the indicator that fired', () => {
    expect(rowOf('cert_rate')).toMatchObject({ level: 'red', reasons: ['cert_rate 90% 低于 95%'] })
    expect(townshipProfile(input)?.flag?.level).toBe('red')
  })

  it('reports completeness over the completeness rule’s indicators', () => {
    expect(townshipProfile(input)?.completeness).toEqual({ present: 1, applicable: 1, percent: 100 })
  })

  it('shows a township without a submission as 未报送, with county ranks and no flag', () => {
    const profile = townshipProfile({ ...input, name: '丁镇' })
    expect(profile?.submission).toBeNull()
    expect(profile?.flag).toBeNull()
    expect(profile?.groups.flatMap(g => g.rows).every(r => r.status === 'missing' && r.rank === null && r.source === null)).toBe(true)
  })

  it('has no change on last year when the data hold no previous year', () => {
    expect(townshipProfile({ ...input, year: 2023 })?.groups[0]?.rows[0]?.change).toBeNull()
  })

  it('returns null for an unknown township', () => {
    expect(townshipProfile({ ...input, name: '无名镇' })).toBeNull()
  })
})

describe('townshipIssues', () => {
  const issue = (township: string | null, year: number | null): Issue => ({
    file: 'a.csv', row: 2, column: null, indicator: null, township, year, severity: 'warning', code: 'x', message: `${township}-${year}`,
  })

  it('keeps the township’s issues (by name or alias), the selected year first', () => {
    const list = [issue('甲镇', 2023), issue('乙镇', 2024), issue('甲', 2024), issue(null, null)]
    expect(townshipIssues(list, '甲镇', townships[0] ?? null, 2024).map(i => i.message)).toEqual(['甲-2024', '甲镇-2023'])
  })
})
