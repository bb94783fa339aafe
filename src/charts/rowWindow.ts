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
