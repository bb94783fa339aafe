import { describe, expect, it } from 'vitest'
import { queryFigures, type FigureQuery } from '@/core/figureTable'
import type { Submission } from '@/core/types'
import { registry } from '../helpers/ingest'

const sub = (township: string, code: string, year: number, values: Submission['values'], extra: Partial<Submission> = {}): Submission =>
  ({ township, code, year, values, approx: [], derived: [], source: { file: 'a.csv', row: 2 }, ...extra })
const subs = [
  sub('龙泉镇', '2', 2024, { inspections: 5, penalty_cases: 1 }),
  sub('大同镇', '1', 2024, { inspections: 9, penalty_cases: null }, { approx: ['inspections'], notApplicable: ['penalty_cases'] }),
  sub('大同镇', '1', 2023, { inspections: 7 }, { sources: { inspections: { file: 'b.csv', row: 4 } } }),
]
const q = (extra: Partial<FigureQuery> = {}): FigureQuery => ({ offset: 0, limit: 50, ...extra })
const brief = (r: ReturnType<typeof queryFigures>) => r.rows.map(f => `${f.township}${f.year}:${f.indicator}=${f.value}`)

describe('queryFigures', () => {
  it('lists every figure by year, township code, then registry order', () => {
    const r = queryFigures(subs, registry, q())
    expect(r.total).toBe(5)
    expect(brief(r)).toEqual(['大同镇2023:inspections=7', '大同镇2024:inspections=9', '大同镇2024:penalty_cases=null', '龙泉镇2024:inspections=5', '龙泉镇2024:penalty_cases=1'])
  })

  it('carries unit, marks and the figure’s own source', () => {
    const [first, second, third] = queryFigures(subs, registry, q()).rows
    expect(first).toMatchObject({ label: '行政检查次数', unit: '次', file: 'b.csv', row: 4 })
    expect(second).toMatchObject({ approx: true, notApplicable: false })
    expect(third).toMatchObject({ notApplicable: true, value: null })
  })

  it.each([
    [{ township: '龙泉' }, 2],
    [{ township: ' 大同 ' }, 3],
    [{ year: 2023 }, 1],
    [{ indicator: 'penalty_cases' }, 2],
    [{ indicator: 'penalty_cases', year: 2023 }, 0],
  ])('filters by %j to %i figures', (filter, total) => {
    expect(queryFigures(subs, registry, q(filter)).total).toBe(total)
  })

  it('slices a page and still counts everything', () => {
    const r = queryFigures(subs, registry, q({ offset: 3, limit: 1 }))
    expect(r.total).toBe(5)
    expect(brief(r)).toEqual(['龙泉镇2024:inspections=5'])
  })

  it.each([
    [{ key: 'value', order: 'descending' }, ['大同镇2024:inspections=9', '大同镇2023:inspections=7', '龙泉镇2024:inspections=5', '龙泉镇2024:penalty_cases=1', '大同镇2024:penalty_cases=null']],
    [{ key: 'value', order: 'ascending' }, ['龙泉镇2024:inspections=5', '大同镇2023:inspections=7', '大同镇2024:inspections=9', '龙泉镇2024:penalty_cases=1', '大同镇2024:penalty_cases=null']],
    [{ key: 'year', order: 'descending' }, ['大同镇2024:inspections=9', '大同镇2024:penalty_cases=null', '龙泉镇2024:inspections=5', '龙泉镇2024:penalty_cases=1', '大同镇2023:inspections=7']],
  ] as const)('sorts by %j', (sort, expected) => {
    expect(brief(queryFigures(subs, registry, q({ sort })))).toEqual(expected)
  })

  it('sorts by value within one indicator on a later page', () => {
    expect(brief(queryFigures(subs, registry, q({ sort: { key: 'value', order: 'ascending' }, offset: 1, limit: 2 })))).toEqual(['大同镇2023:inspections=7', '大同镇2024:inspections=9'])
  })
})
