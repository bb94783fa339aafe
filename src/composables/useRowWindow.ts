// The window of rows a panel draws of a long chart (an entry with screenRows, e.g. the province's
// 1,500-row heatmap and ranking): the rows in view go to ECharts, the pager and the wheel move through the rest,
// and the row of a highlighted township (window.focus) is brought into view when it changes.
// The entry itself (exports, slides, CSV) stays whole; only what the screen draws is windowed.
import { computed, ref, watch, type Ref } from 'vue'
import type { ChartEntry } from '@/charts/catalog'
import { clampStart, moveStart, startShowing, wheelRows, windowRange } from '@/charts/rowWindow'

export interface RowWindowState {
  /** What the panel draws: the entry's window of rows, or the entry itself when it has no window. */
  shown: Readonly<Ref<ChartEntry | null>>
  /** True when the entry has more rows than the screen draws at once. */
  active: Readonly<Ref<boolean>>
  /** Rows shown, 1-based from and to (inclusive), and the total. */
  from: Readonly<Ref<number>>
  to: Readonly<Ref<number>>
  total: Readonly<Ref<number>>
  size: Readonly<Ref<number>>
  /** Moves the window by `rows` (a page is size). */
  move: (rows: number) => void
  /** Puts the window at its first or last rows. */
  toStart: () => void
  toEnd: () => void
  /** A wheel turn over the chart moves the window (and keeps the page still) unless it is at that end already. */
  onWheel: (event: WheelEvent) => void
}

export function useRowWindow(entry: Readonly<Ref<ChartEntry | null>>): RowWindowState {
  const start = ref(0)
  const size = computed(() => entry.value?.screenRows ?? 0)
  const total = computed(() => entry.value?.window?.total ?? 0)
  const active = computed(() => size.value > 0 && total.value > size.value && entry.value?.window !== undefined)
  // Another entry (indicator, year, group) keeps the window where it is, inside its rows.
  watch([size, total], () => { start.value = clampStart(start.value, size.value, total.value) })
  // A township picked (or its row moved by a switch) is brought into view when it is not in view already.
  const focus = computed(() => entry.value?.window?.focus ?? -1)
  watch([focus, size, total], () => { if (focus.value >= 0) start.value = startShowing(start.value, focus.value, size.value, total.value) }, { immediate: true })
  const range = computed(() => windowRange(start.value, size.value, total.value))
  const shown = computed(() => {
    const e = entry.value
    return e && active.value && e.window ? e.window.of([range.value]) : e
  })
  const move = (rows: number) => { start.value = moveStart(start.value, rows, size.value, total.value) }
  return {
    shown,
    active,
    from: computed(() => range.value[0] + 1),
    to: computed(() => range.value[1]),
    total,
    size,
    move,
    toStart: () => { start.value = 0 },
    toEnd: () => { start.value = clampStart(total.value, size.value, total.value) },
    onWheel: (event) => {
      if (!active.value) return
      const before = start.value
      move(wheelRows(event.deltaY, event.deltaMode))
      if (start.value !== before) event.preventDefault()
    },
  }
}
