// When the code that no first chart needs may load: after the first chart, or after a timeout that is
// short without a chart on the way and long with one (fake timers: the order of events, not speed).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Module = typeof import('@/composables/afterFirstChart')
const fresh = async (): Promise<Module> => { vi.resetModules(); return import('@/composables/afterFirstChart') }

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

/** Whether afterFirstChart() has resolved after `ms` of fake time, with `setup` done first. */
async function resolvedAfter(ms: number, setup: (m: Module) => void, later?: (m: Module) => void): Promise<boolean> {
  const m = await fresh()
  setup(m)
  let done = false
  void m.afterFirstChart().then(() => { done = true })
  later?.(m)
  await vi.advanceTimersByTimeAsync(ms)
  return done
}

describe('afterFirstChart', () => {
  it.each([
    ['no chart on the page, before the short timeout', 2_999, () => {}, undefined, false],
    ['no chart on the page, just after the short timeout', 3_001, () => {}, undefined, true],
    ['a chart coming, just after the short timeout', 3_001, (m: Module) => m.firstChartComing(), undefined, false],
    ['a chart coming, just after the long timeout', 20_001, (m: Module) => m.firstChartComing(), undefined, true],
    ['a chart coming and drawn', 1, (m: Module) => m.firstChartComing(), (m: Module) => m.firstChartDrawn(), true],
  ])('%s', async (_name, ms, setup, later, expected) => {
    expect(await resolvedAfter(ms, setup, later)).toBe(expected)
  })
})
