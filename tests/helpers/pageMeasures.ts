// What the benches and the e2e tests measure in a page: the long tasks a PerformanceObserver put in
// window.__longTasks, and the JS heap after garbage collection.
import type { CDPSession, Page } from 'playwright-core'

/** The long tasks since the last call (ms), and clears them. */
export const takeLongTasks = (page: Page): Promise<number[]> => page.evaluate(() => {
  const w = window as unknown as { __longTasks: number[] }
  const tasks = w.__longTasks
  w.__longTasks = []
  return tasks.map(Math.round)
})

/** The longest of the tasks, 0 when there is none. */
export const longest = (tasks: readonly number[]): number => Math.max(0, ...tasks)

/** Used JS heap in bytes after two full garbage collections. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}
