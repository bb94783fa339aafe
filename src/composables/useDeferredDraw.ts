// Charts drawn one at a time, the visible ones first: a panel given its entry as a function (a lazy
// entry) computes and draws it in a task of its own, after the browser has painted what came before,
// so a page of many large charts (对比 at 1,500 townships) shows the chart in view at once and never
// blocks the page for the whole set. Panels in the viewport (IntersectionObserver) go before those
// off screen; otherwise in the order they asked. A panel given a plain entry draws at once, as before.
import { onScopeDispose, ReactiveEffect, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { ChartEntry } from '@/charts/catalog'

/** A chart entry computed on its panel's turn: reactive reads inside are tracked, a change queues it again. */
export type LazyEntry = () => ChartEntry | null
/** What a panel draws: an entry, nothing, or a lazy entry. */
export type EntrySource = ChartEntry | null | LazyEntry

interface Job { run: () => void, visible: () => boolean, order: number }

const queue = new Set<Job>()
let scheduled = false
let counter = 0

/** After the next frame has been painted (a timer when frames do not come: a hidden tab). */
function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || (typeof document !== 'undefined' && document.hidden)) {
    setTimeout(fn, 0)
    return
  }
  requestAnimationFrame(() => setTimeout(fn, 0))
}

/** The job to run next: visible first, then the order it was queued in. */
export function nextJob<T extends { visible: () => boolean, order: number }>(jobs: Iterable<T>): T | null {
  let best: T | null = null
  let bestVisible = false
  for (const j of jobs) {
    const v = j.visible()
    if (best === null || (v && !bestVisible) || (v === bestVisible && j.order < best.order)) { best = j; bestVisible = v }
  }
  return best
}

function pump(): void {
  scheduled = false
  const job = nextJob(queue)
  if (!job) return
  queue.delete(job)
  job.run()
  if (queue.size > 0) schedule()
}

function schedule(): void {
  if (scheduled) return
  scheduled = true
  afterPaint(pump)
}

/** Whether `el` is in the viewport, kept by one IntersectionObserver; true where there is none. */
function visibility(el: Ref<Element | null>): { visible: () => boolean, stop: () => void } {
  if (typeof IntersectionObserver !== 'function') return { visible: () => true, stop: () => undefined }
  let seen = false
  let observed: Element | null = null
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) seen = e.isIntersecting
  })
  return {
    visible: () => {
      if (el.value !== observed) {
        if (observed) observer.unobserve(observed)
        observed = el.value
        if (observed) observer.observe(observed)
      }
      return seen
    },
    stop: () => observer.disconnect(),
  }
}

export interface DeferredEntry {
  /** The entry drawn (the last computed; null before the first turn of a lazy one). */
  entry: ShallowRef<ChartEntry | null>
  /** True while a lazy entry waits for its turn (the panel is not drawn yet). */
  pending: Ref<boolean>
  /** Computes a waiting entry now (an export needs it). */
  flush: () => void
}

/**
 * The entry of `source()` for a panel at `el`: a plain entry at once; a lazy one on its turn (and again
 * on its turn after anything it read changes). Call in setup; stops with the component.
 */
export function useDeferredEntry(source: () => EntrySource, el: Ref<Element | null>): DeferredEntry {
  const entry = shallowRef<ChartEntry | null>(null)
  const pending = ref(false)
  const seen = visibility(el)
  let lazy: LazyEntry | null = null
  const job: Job = { run: () => compute(), visible: seen.visible, order: 0 }
  // Tracks what the lazy entry reads; a change only queues it (the scheduler), it is computed on its turn.
  const runner = new ReactiveEffect(() => { if (lazy) entry.value = lazy() })
  runner.scheduler = () => enqueue()
  function compute() {
    queue.delete(job)
    pending.value = false
    runner.run()
  }
  function enqueue() {
    if (!lazy) return
    if (!queue.has(job)) job.order = ++counter
    queue.add(job)
    pending.value = true
    schedule()
  }
  // Which kind of source the panel has, and a plain entry itself, follow the props at once.
  watch(source, (s) => {
    if (typeof s === 'function') {
      lazy = s
      enqueue()
    } else {
      lazy = null
      queue.delete(job)
      pending.value = false
      entry.value = s
    }
  }, { immediate: true, flush: 'sync' })
  onScopeDispose(() => {
    queue.delete(job)
    runner.stop()
    seen.stop()
  })
  return { entry, pending, flush: () => { if (pending.value) compute() } }
}
