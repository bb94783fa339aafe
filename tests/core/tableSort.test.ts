// Sorting table columns: numbers by size, Chinese text in pinyin order, blanks last both ways, stable.
import { describe, expect, it } from 'vitest'
import type { ProfileGroup, ProfileRow } from '@/core/analysis'
import { sortProfile, sortRows, sortTownships } from '@/core/tableSort'
import type { Township } from '@/core/types'

describe('sortRows', () => {
  it.each([
    ['numbers ascending', [3, null, 1, 2], 'ascending', [1, 2, 3, null]],
    ['numbers descending, blank still last', [3, null, 1, 2], 'descending', [3, 2, 1, null]],
    ['Chinese by pinyin', ['城关街道', '白马镇', '大同镇'], 'ascending', ['白马镇', '城关街道', '大同镇']],
    ['empty text is blank', ['b', '', 'a'], 'descending', ['b', 'a', '']],
    ['codes with digits numerically', ['a10', 'a9'], 'ascending', ['a9', 'a10']],
  ] as [string, (number | string | null)[], 'ascending' | 'descending', (number | string | null)[]][])('%s', (_, rows, order, expected) => {
    expect(sortRows(rows, r => r, order)).toEqual(expected)
  })

  it('keeps ties in their original order in both directions', () => {
    const rows = [{ k: 1, id: 'a' }, { k: 1, id: 'b' }, { k: 0, id: 'c' }]
    expect(sortRows(rows, r => r.k, 'descending').map(r => r.id)).toEqual(['a', 'b', 'c'])
    expect(sortRows(rows, r => r.k, 'ascending').map(r => r.id)).toEqual(['c', 'a', 'b'])
  })
})

const row = (id: string, value: number | null, rank: number | null, change: ProfileRow['change']): ProfileRow => ({
  indicator: { id, label_zh: id } as ProfileRow['indicator'], value, status: 'ok' as ProfileRow['status'], approx: false, derived: false,
  rank, ranked: 3, percentile: rank === null ? null : 100 - rank, countyMedian: null, change, level: null, reasons: [], source: null,
})
const groups: ProfileGroup[] = [
  { group: 'a', rows: [row('甲', 5, 2, { type: 'change', abs: 1, pct: 25 }), row('乙', null, null, null)] },
  { group: 'b', rows: [row('丙', 90, 1, { type: 'points', pp: -3 })] },
]

describe('sortProfile', () => {
  it('keeps the registry groups without a sort', () => {
    expect(sortProfile(groups, null, r => r.indicator.id)).toBe(groups)
  })
  it.each([
    ['rank', 'ascending', ['丙', '甲', '乙']],
    ['value', 'descending', ['丙', '甲', '乙']],
    ['change', 'ascending', ['丙', '甲', '乙']],
    ['indicator', 'ascending', ['丙', '甲', '乙']],
  ] as const)('by %s %s: one group, blanks last', (key, order, expected) => {
    const sorted = sortProfile(groups, { key, order }, r => r.indicator.id)
    expect(sorted.map(g => g.group)).toEqual([''])
    expect(sorted[0]!.rows.map(r => r.indicator.id)).toEqual(expected)
  })
})

describe('sortTownships', () => {
  const t = (name: string, population: number | null): Township => ({ code: name, name, kind: '镇', population, area_km2: null, aliases: [] })
  it('sorts the whole list by a column', () => {
    expect(sortTownships([t('乙', 5), t('甲', null), t('丙', 9)], { key: 'population', order: 'descending' }).map(x => x.name)).toEqual(['丙', '乙', '甲'])
  })
})
