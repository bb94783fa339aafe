// What the benches and the e2e tests measure in a page: the long tasks a PerformanceObserver put in
// window.__longTasks, the main thread's tasks in Chromium's trace (wall and CPU time), and the JS heap
// after garbage collection.
import type { CDPSession, Page } from 'playwright-core'

type LongTaskWindow = { __longTasks: { start: number, ms: number }[], __longTasksSince: number, __longTaskObserver: PerformanceObserver }

/**
 * Before any script of the page runs (every navigation of `page`): long tasks (PerformanceObserver
 * 'longtask', buffered) recorded with their start in window.__longTasks, read and cleared by takeLongTasks.
 */
export const recordLongTasks = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const w = window as unknown as LongTaskWindow
    w.__longTasks = []
    w.__longTasksSince = 0
    w.__longTaskObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration }) })
    w.__longTaskObserver.observe({ type: 'longtask', buffered: true })
  })
}

/**
 * The long tasks (ms) that started since the last call, and clears them. Exact at both ends: the
 * observer's undelivered entries are taken first (a task that just ended is not left for the next call),
 * and a task delivered late that started before the last call is not counted in this one.
 */
export const takeLongTasks = (page: Page): Promise<number[]> => page.evaluate(() => {
  const w = window as unknown as LongTaskWindow
  for (const e of w.__longTaskObserver.takeRecords()) w.__longTasks.push({ start: e.startTime, ms: e.duration })
  const since = w.__longTasksSince
  const tasks = w.__longTasks.filter(t => t.start >= since).map(t => Math.round(t.ms))
  w.__longTasks = []
  w.__longTasksSince = performance.now()
  return tasks
})

/** The longest of the tasks, 0 when there is none. */
export const longest = (tasks: readonly number[]): number => Math.max(0, ...tasks)

/** Used JS heap in bytes after two full garbage collections. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}

interface TraceEvent { name: string, ph: string, pid: number, tid: number, dur?: number, tdur?: number }

/** A main-thread task: its wall time and the CPU time its thread spent in it (ms). */
export interface TracedTask { wall: number, cpu: number }

/** What traceMainThread saw: the page's main-thread tasks of at least minMs wall, and the CPU time of all the tasks of its renderer (main thread and workers). */
export interface PageTrace { tasks: TracedTask[], rendererCpuMs: number }

const MARK = '__traceMainThread'

/**
 * Chromium's own trace of `page` (its 'toplevel' task events) from now until stop(). A task's wall time
 * includes the time its thread waited for a core while other jobs loaded the machine (5–10× at a load of
 * 20 on 2 cores); its CPU time is the work the page did in it, which is what a bound on the page's tasks
 * is about. The page's renderer and main thread are those of a performance mark made at the start.
 */
export async function traceMainThread(page: Page, minMs = 50): Promise<{ stop: () => Promise<PageTrace> }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] }, transferMode: 'ReturnAsStream' })
  await page.evaluate(mark => performance.mark(mark), MARK)
  return {
    stop: async () => {
      const done = new Promise<string>((resolve) => { cdp.once('Tracing.tracingComplete', e => resolve(e.stream ?? '')) })
      await cdp.send('Tracing.end')
      const stream = await done
      const chunks: Buffer[] = []
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 24 })
        chunks.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'))
        if (chunk.eof) break
      }
      await cdp.send('IO.close', { handle: stream })
      await cdp.detach()
      const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[]
      const events = Array.isArray(parsed) ? parsed : parsed.traceEvents ?? []
      const mark = events.find(e => e.name === MARK)
      if (!mark) throw new Error('traceMainThread: the page\'s mark is not in the trace')
      const runs = events.filter(e => e.ph === 'X' && e.pid === mark.pid && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask'))
      const ms = (us: number | undefined) => (us ?? 0) / 1000
      const tasks = runs.filter(e => e.tid === mark.tid && e.name === 'ThreadControllerImpl::RunTask' && ms(e.dur) >= minMs)
        .map(e => ({ wall: Math.round(ms(e.dur)), cpu: Math.round(ms(e.tdur ?? e.dur)) }))
      return { tasks, rendererCpuMs: Math.round(runs.reduce((sum, e) => sum + ms(e.tdur ?? e.dur), 0)) }
    },
  }
}
