// A window of rows of a long category chart on screen (the province's 1,500-row heatmap): the panel
// hands ECharts only the rows in view and pages or scrolls through the rest. Pictures, slides and the
// CSV take the whole entry, not the window. Pure arithmetic; the panel's state lives in useRowWindow.
import type { RowRange } from './catalog/entry'

/** The first row of a window of `size` rows that keeps it inside `total` rows. */
export function clampStart(start: number, size: number, total: number): number {
  if (!Number.isFinite(start)) return 0
  return Math.max(0, Math.min(Math.round(start), Math.max(0, total - size)))
}

/** The rows from `start`: [from, to) within `total`. */
export function windowRange(start: number, size: number, total: number): RowRange {
  const from = clampStart(start, size, total)
  return [from, Math.min(total, from + size)]
}

/** Where the window starts after moving by `by` rows (a page is `size`). */
export const moveStart = (start: number, by: number, size: number, total: number): number => clampStart(start + by, size, total)

/** Rows a wheel turn of `deltaY` moves by: 3 rows a notch (100 px), at least one, in the wheel's direction. */
export function wheelRows(deltaY: number, deltaMode = 0): number {
  if (deltaY === 0 || !Number.isFinite(deltaY)) return 0
  const notches = deltaMode === 0 ? deltaY / 100 : deltaMode === 1 ? deltaY / 3 : deltaY * 10
  const rows = Math.round(notches * 3)
  return rows === 0 ? Math.sign(deltaY) : rows
}

/**
 * The start of a window that shows `row` (a township looked for): the same start when the row is in
 * view already, else the window with the row a few rows from its top (a third of the way down).
 */
export function startShowing(start: number, row: number, size: number, total: number): number {
  const from = clampStart(start, size, total)
  if (row < 0 || row >= total || (row >= from && row < from + size)) return from
  return clampStart(row - Math.floor(size / 3), size, total)
}

/** A round step near `span`: 1, 2, 3 or 5 × 10ⁿ (ECharts' own rounding of a tick interval). */
function niceStep(span: number): number {
  const exp10 = 10 ** Math.floor(Math.log10(span))
  const f = span / exp10
  const nf = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10
  return nf * exp10
}

/** Rounds away the float noise of a multiple of a step (0.30000000000000004). */
const tidy = (x: number): number => Number.parseFloat(x.toPrecision(12))

/** A value axis: its ends and the step between its ticks. */
export interface ValueExtent { min: number, max: number, interval: number }

/**
 * The value axis of a bar chart over all its rows (0 included, as bars start there), rounded out to
 * about `splitNumber` round ticks as ECharts rounds them (with the step, so ECharts does not pick another): a window of the rows keeps this axis, so its
 * bars keep their length whichever rows are shown. Null when no value is finite or all are 0.
 */
export function valueExtent(values: readonly (number | null)[], splitNumber = 5): ValueExtent | null {
  let lo = 0
  let hi = 0
  let any = false
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue
    any = true
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  if (!any || hi === lo) return null
  const step = niceStep((hi - lo) / Math.max(1, splitNumber))
  return { min: tidy(Math.floor(lo / step) * step), max: tidy(Math.ceil(hi / step) * step), interval: step }
}
