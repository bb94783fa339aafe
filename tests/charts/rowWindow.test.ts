// The window of rows a panel draws of a long chart: where it starts, what it shows, how it moves.
import { describe, expect, it } from 'vitest'
import { clampStart, moveStart, startShowing, valueExtent, wheelRows, windowRange } from '@/charts/rowWindow'

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

describe('bringing a row into view (a township picked)', () => {
  it.each([
    // start, row, size, total, new start
    [0, 10, 40, 1500, 0],
    [0, 39, 40, 1500, 0],
    [0, 40, 40, 1500, 27],
    [400, 100, 40, 1500, 87],
    [0, 1499, 40, 1500, 1460],
    [0, 5, 40, 1500, 0],
    [80, 5, 40, 1500, 0],
    [200, -1, 40, 1500, 200],
    [200, 1500, 40, 1500, 200],
    [3000, 10, 40, 1500, 0],
  ])('from %d, row %d in windows of %d of %d starts at %d', (start, row, size, total, want) => {
    const next = startShowing(start, row, size, total)
    expect(next).toBe(want)
    if (row >= 0 && row < total) expect(row >= next && row < next + size).toBe(true)
  })
})

describe('the value axis of all the rows', () => {
  it.each([
    // values, ticks, extent
    [[60, 98.5, 71], 5, { min: 0, max: 100, interval: 20 }],
    [[60, 100], 5, { min: 0, max: 100, interval: 20 }],
    [[60, 100], 3, { min: 0, max: 120, interval: 30 }],
    [[1, 13, 59], 5, { min: 0, max: 60, interval: 10 }],
    [[0.12, 0.31, null], 5, { min: 0, max: 0.35, interval: 0.05 }],
    [[-12, 30], 5, { min: -20, max: 30, interval: 10 }],
    [[-3, -1], 5, { min: -3, max: 0, interval: 0.5 }],
    [[2400, 17], 5, { min: 0, max: 2500, interval: 500 }],
    [[7, Number.NaN, Number.POSITIVE_INFINITY], 5, { min: 0, max: 7, interval: 1 }],
  ])('of %j with %d ticks is %j', (values, ticks, want) => {
    expect(valueExtent(values, ticks)).toEqual(want)
  })

  it.each([[[]], [[null, null]], [[0, 0]], [[Number.NaN]]])('is none for %j (ECharts picks one)', (values) => {
    expect(valueExtent(values)).toBeNull()
  })

  it('holds every value, and its ends are whole steps of a round interval', () => {
    for (const values of [[3, 77, 41], [0.5, 9.9], [-40, 250], [1234, 5]]) {
      const e = valueExtent(values)!
      expect(e.min).toBeLessThanOrEqual(Math.min(0, ...values))
      expect(e.max).toBeGreaterThanOrEqual(Math.max(0, ...values))
      expect(Number.isInteger(Math.round(e.max / e.interval * 1e9) / 1e9)).toBe(true)
      expect(Number.isInteger(Math.round(e.min / e.interval * 1e9) / 1e9)).toBe(true)
    }
  })
})
