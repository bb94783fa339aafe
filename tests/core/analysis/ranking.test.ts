import { describe, expect, it } from 'vitest'
import { percentileOfRank, percentileRanks, rankTownships } from '@/core/analysis'
import type { Direction } from '@/core/types'

const rows = (pairs: [string, number | null][]) => pairs.map(([township, value]) => ({ township, value }))

describe('rankTownships', () => {
  it('shares ranks on ties and skips the next (1, 2, 2, 4)', () => {
    const ranked = rankTownships(rows([['甲镇', 90], ['乙镇', 100], ['丙镇', 90], ['丁镇', 80]]), 'higher_better')
    expect(ranked.map(r => [r.township, r.rank])).toEqual([['乙镇', 1], ['丙镇', 2], ['甲镇', 2], ['丁镇', 4]])
  })

  it.each<[Direction, string[]]>([
    ['higher_better', ['乙镇', '甲镇', '丙镇']],
    ['lower_better', ['丙镇', '甲镇', '乙镇']],
    ['neutral', ['乙镇', '甲镇', '丙镇']],
  ])('orders %s best first', (direction, order) => {
    expect(rankTownships(rows([['甲镇', 5], ['乙镇', 9], ['丙镇', 1]]), direction).map(r => r.township)).toEqual(order)
  })

  it('lists missing values last, unranked, by name', () => {
    const ranked = rankTownships(rows([['乙镇', null], ['丙镇', 3], ['甲镇', null]]), 'higher_better')
    expect(ranked.map(r => [r.township, r.rank])).toEqual([['丙镇', 1], ['甲镇', null], ['乙镇', null]])
  })

  it('treats NaN and Infinity as missing', () => {
    expect(rankTownships(rows([['甲镇', Number.NaN], ['乙镇', Infinity], ['丙镇', 1]]), 'higher_better').map(r => r.rank)).toEqual([1, null, null])
  })

  it('keeps extra fields and does not mutate the input', () => {
    const input = [{ township: '甲镇', value: 1, status: 'reported' }, { township: '乙镇', value: 2, status: 'reported' }]
    const copy = structuredClone(input)
    const ranked = rankTownships(input, 'higher_better')
    expect(ranked[0]).toEqual({ township: '乙镇', value: 2, status: 'reported', rank: 1 })
    expect(input).toEqual(copy)
  })
})

describe('percentileRanks', () => {
  it.each<[Direction, number[]]>([
    ['higher_better', [0, 50, 100]],
    ['lower_better', [100, 50, 0]],
    ['neutral', [0, 50, 100]],
  ])('gives 100 to the best for %s', (direction, expected) => {
    expect(percentileRanks(rows([['甲镇', 1], ['乙镇', 2], ['丙镇', 3]]), direction).map(r => r.percentile)).toEqual(expected)
  })

  it.each<[string, [string, number][], Direction, number[]]>([
    ['a tie in the middle', [['甲镇', 10], ['乙镇', 20], ['丙镇', 20], ['丁镇', 30]], 'higher_better', [4, 2, 2, 1]],
    ['a tie at the top', [['甲镇', 30], ['乙镇', 30], ['丙镇', 10]], 'higher_better', [1, 1, 3]],
    ['a tie at the top, smaller is better', [['甲镇', 1], ['乙镇', 1], ['丙镇', 5], ['丁镇', 9]], 'lower_better', [1, 1, 3, 4]],
    ['a tie at the bottom', [['甲镇', 5], ['乙镇', 1], ['丙镇', 1]], 'higher_better', [1, 2, 2]],
  ])('agrees with the competition rank on %s', (_, pairs, direction, ranks) => {
    const percentiles = percentileRanks(rows(pairs), direction)
    const ranked = rankTownships(rows(pairs), direction)
    const rankOf = (name: string) => ranked.find(r => r.township === name)?.rank
    expect(percentiles.map(r => rankOf(r.township))).toEqual(ranks)
    // Same rank, same percentile; a better rank, a higher percentile; rank 1 is 100.
    for (const a of percentiles) {
      for (const b of percentiles) {
        const ra = rankOf(a.township) as number
        const rb = rankOf(b.township) as number
        if (ra === rb) expect(a.percentile).toBe(b.percentile)
        if (ra < rb) expect(a.percentile as number).toBeGreaterThan(b.percentile as number)
      }
      if (rankOf(a.township) === 1) expect(a.percentile).toBe(100)
    }
  })

  it('gives the percentile of the shared rank to a tie: (n − rank) / (n − 1) × 100', () => {
    const result = percentileRanks(rows([['甲镇', 10], ['乙镇', 20], ['丙镇', 20], ['丁镇', 30]]), 'higher_better')
    expect(result.map(r => r.percentile)).toEqual([0, 2 / 3 * 100, 2 / 3 * 100, 100])
  })

  it('gives missing values null and leaves them out of n', () => {
    expect(percentileRanks(rows([['甲镇', null], ['乙镇', 1], ['丙镇', 2]]), 'higher_better').map(r => r.percentile)).toEqual([null, 0, 100])
  })

  it.each([
    ['a single value', [['甲镇', 7]]],
    ['all values equal', [['甲镇', 7], ['乙镇', 7]]],
  ] as [string, [string, number][]][])('gives 100 for %s: every one is first', (_, pairs) => {
    expect(percentileRanks(rows(pairs), 'higher_better').every(r => r.percentile === 100)).toBe(true)
  })
})

describe('percentileOfRank', () => {
  it.each([[1, 5, 100], [5, 5, 0], [3, 5, 50], [2, 4, 2 / 3 * 100], [1, 1, 100]])('rank %i of %i is %f', (rank, n, expected) => {
    expect(percentileOfRank(rank, n)).toBe(expected)
  })
})
