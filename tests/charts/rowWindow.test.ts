// The window of rows a panel draws of a long chart: where it starts, what it shows, how it moves.
import { describe, expect, it } from 'vitest'
import { clampStart, moveStart, wheelRows, windowRange } from '@/charts/rowWindow'

describe('a window of rows', () => {
  it.each([
    // start, size, total, clamped
    [0, 40, 1500, 0],
    [-5, 40, 1500, 0],
    [1470, 40, 1500, 1460],
    [1460, 40, 1500, 1460],
    [12.6, 40, 1500, 13],
    [Number.NaN, 40, 1500, 0],
    [10, 40, 30, 0],
    [0, 40, 0, 0],
  ])('starts at %d of a window of %d in %d rows at %d', (start, size, total, want) => {
    expect(clampStart(start, size, total)).toBe(want)
  })

  it.each([
    [0, 40, 1500, [0, 40]],
    [1490, 40, 1500, [1460, 1500]],
    [0, 40, 25, [0, 25]],
    [100, 40, 145, [100, 140]],
  ])('from %d with %d rows of %d shows %j', (start, size, total, want) => {
    expect(windowRange(start, size, total)).toEqual(want)
  })

  it.each([
    [0, 40, 40], [0, -40, 0], [1440, 40, 1460], [40, -3, 37], [1459, 3, 1460],
  ])('from %d, moving by %d, starts at %d (1,500 rows, 40 at a time)', (start, by, want) => {
    expect(moveStart(start, by, 40, 1500)).toBe(want)
  })

  it('pages from the top to the bottom through every row, each row shown', () => {
    const seen = new Set<number>()
    let start = 0
    for (let page = 0; page < 100; page++) {
      const [from, to] = windowRange(start, 40, 1500)
      for (let r = from; r < to; r++) seen.add(r)
      const next = moveStart(start, 40, 40, 1500)
      if (next === start) break
      start = next
    }
    expect(seen.size).toBe(1500)
    expect(start).toBe(1460)
  })

  it.each([
    // deltaY, deltaMode (0 px, 1 lines, 2 pages), rows
    [100, 0, 3], [-100, 0, -3], [4, 0, 1], [-4, 0, -1], [0, 0, 0], [3, 1, 3], [-1, 2, -30], [250, 0, 8],
  ])('a wheel turn of %d (mode %d) moves %d rows', (deltaY, mode, want) => {
    expect(wheelRows(deltaY, mode)).toBe(want)
  })
})
