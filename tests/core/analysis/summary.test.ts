import { describe, expect, it } from 'vitest'
import { quantileSorted, summarize } from '@/core/analysis'

describe('summarize', () => {
  it('describes the present values and counts the missing ones', () => {
    expect(summarize([4, null, 1, 3, 2])).toEqual({ n: 4, missing: 1, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25, min: 1, max: 4, sum: 10 })
  })

  it.each([[[]], [[null, null]]])('returns nulls when nothing is present (%j)', values => {
    expect(summarize(values)).toMatchObject({ n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null, sum: null })
  })

  it('does not sort the input in place', () => {
    const values = [3, 1, 2]
    summarize(values)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('quantileSorted', () => {
  it.each([
    [[10], 0.25, 10],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 1, 4],
  ])('interpolates %j at %d to %d', (sorted, p, expected) => {
    expect(quantileSorted(sorted, p)).toBe(expected)
  })
})
