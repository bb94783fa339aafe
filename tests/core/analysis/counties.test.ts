import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countiesOf, countyLevel, countyOf } from '@/core/analysis'
import { ingest } from '@/core/import'
import { joinCountyLists } from '@/core/townshipList'
import { parseTownshipList } from '@/core/townships'
import type { Submission, Township } from '@/core/types'
import { registry, textFile } from '../../helpers/ingest'
import { rowsOf } from '@/core/tableRows'

const town = (name: string, code: string, county: string | undefined, population: number | null = 10000): Township =>
  ({ code, name, kind: '镇', population, area_km2: 10, aliases: [], ...(county === undefined ? {} : { county }) })
const sub = (township: string, code: string | null, year: number, values: Record<string, number | null>): Submission =>
  ({ township, code, year, values, approx: [], derived: [], source: { file: `${township}.csv`, row: 2 } })

const list = [
  town('甲镇', '980101001000', '东县'), town('乙镇', '980101002000', '东县', 30000),
  town('丙镇', '980102001000', '西县'), town('丁镇', '980102002000', '西县'), town('戊镇', '980102003000', '西县'),
]
const subs = [
  sub('甲镇', '980101001000', 2024, { inspections: 10, enforcement_staff: 10, enforcement_certified: 9, enforcement_cert_rate: 90, gi_report_published: 1 }),
  sub('乙镇', '980101002000', 2024, { inspections: 30, enforcement_staff: 30, enforcement_certified: 30, enforcement_cert_rate: 100, gi_report_published: 0 }),
  sub('丙镇', '980102001000', 2024, { inspections: 5, enforcement_staff: 4, enforcement_certified: 2, enforcement_cert_rate: 50 }),
  sub('丁镇', '980102002000', 2024, { inspections: 7, enforcement_staff: null }),
  sub('戊镇', '980102003000', 2024, { inspections: 100 }),
  sub('戊镇', '980102003000', 2023, { inspections: 90 }),
  sub('外县镇', null, 2024, { inspections: 1000 }),
]

describe('countyOf / countiesOf', () => {
  it.each([
    ['the county the list names', town('甲镇', '980101001000', '东县'), '东县'],
    ['else the first six digits of the code', town('甲镇', '980101001000', undefined), '980101'],
  ])('takes %s', (_what, t, county) => {
    expect(countyOf(t)).toBe(county)
  })

  it('lists the counties in list order, once each', () => {
    expect(countiesOf(list)).toEqual(['东县', '西县'])
    expect(countiesOf([])).toEqual([])
  })
})

describe('countyLevel', () => {
  const total = countyLevel(subs, list, registry, 'total')
  const median = countyLevel(subs, list, registry, 'median')
  const row = (level: typeof total, county: string, year: number) => level.submissions.find(s => s.township === county && s.year === year)

  it('makes one row per county: its code, summed population, the county name as the township', () => {
    expect(total.townships.map(t => [t.name, t.code, t.population, t.area_km2])).toEqual([['东县', '980101', 40000, 20], ['西县', '980102', 30000, 30]])
    expect(total.submissions.map(s => [s.township, s.code, s.year])).toEqual([['东县', '980101', 2024], ['西县', '980102', 2023], ['西县', '980102', 2024]])
  })

  it.each([
    ['a count is summed', 'total', '东县', 'inspections', 40],
    ['a count is summed over the townships of the year (not the unlisted one)', 'total', '西县', 'inspections', 112],
    ['a formula rate is pooled over the sums of its inputs', 'total', '东县', 'enforcement_cert_rate', 97.5],
    ['a count with no figure at all is absent', 'total', '东县', 'penalty_cases', undefined],
    ['a median of two', 'median', '东县', 'inspections', 20],
    ['a median of three', 'median', '西县', 'inspections', 7],
    ['a median of rates', 'median', '东县', 'enforcement_cert_rate', 95],
    ['flags are left out of totals', 'total', '东县', 'gi_report_published', undefined],
    ['flags are left out of medians', 'median', '东县', 'gi_report_published', undefined],
  ] as const)('%s', (_what, stat, county, id, value) => {
    expect(row(stat === 'total' ? total : median, county, 2024)?.values[id]).toBe(value)
  })

  it('gives a county without a common code its name as code, and null population when a township lacks one', () => {
    const mixed = countyLevel([], [town('甲镇', '980101001000', '南县', null), town('乙镇', '980109001000', '南县')], registry, 'total')
    expect(mixed.townships.map(t => [t.code, t.population])).toEqual([['南县', null]])
    expect(mixed.submissions).toEqual([])
  })
})

describe('the generated province fixture (tests/fixtures/province, data/generateProvince.ts)', () => {
  const dir = new URL('../../fixtures/province/', import.meta.url)
  const files = readdirSync(dir).sort()
  const lists = files.filter(f => f.startsWith('乡镇名单-')).map(f => ({ file: f, ...parseTownshipList(readFileSync(new URL(f, dir), 'utf8')) }))

  it('holds three counties whose lists read without a problem and join into one list', () => {
    expect(lists.map(l => [l.file, l.issues])).toEqual(lists.map(l => [l.file, []]))
    const joined = joinCountyLists(lists)
    expect('list' in joined && countiesOf(joined.list)).toEqual(['临川县', '安城县', '永阳县'])
  })

  it('imports every township-year of every indicator, and the county totals are the sums of its townships', async () => {
    const joined = joinCountyLists(lists)
    if (!('list' in joined)) throw new Error('lists do not join')
    const data = files.filter(f => f.endsWith('-数据.csv')).map(f => textFile(f, readFileSync(new URL(f, dir), 'utf8')))
    const r = await ingest(data, { registry, townships: joined.list })
    expect(r.pending ?? []).toEqual([])
    expect(rowsOf(r.dataset)).toHaveLength(joined.list.length * 5)
    expect(new Set(rowsOf(r.dataset).map(s => s.year))).toEqual(new Set([2020, 2021, 2022, 2023, 2024]))
    expect(Object.keys(rowsOf(r.dataset)[0]!.values).sort()).toEqual(registry.indicators.map(i => i.id).sort())
    // Only year-on-year notes (small case counts move rates a lot); no error, no unread cell.
    expect([...new Set([...r.log.issues, ...r.dataset.validationIssues].map(i => `${i.severity}:${i.code}`))]).toEqual(['warning:year-jump'])
    const level = countyLevel(rowsOf(r.dataset), joined.list, registry, 'total')
    for (const county of countiesOf(joined.list)) {
      const codes = new Set(joined.list.filter(t => t.county === county).map(t => t.code))
      const sum = rowsOf(r.dataset).filter(s => s.year === 2024 && codes.has(s.code ?? '')).reduce((a, s) => a + (s.values.inspections ?? 0), 0)
      expect(level.submissions.find(s => s.township === county && s.year === 2024)?.values.inspections).toBe(sum)
    }
  })
})
