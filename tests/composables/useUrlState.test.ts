// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, reactive } from 'vue'
import type { RouteLocationNormalizedLoaded, Router } from 'vue-router'
import { useUrlState } from '@/composables/useUrlState'
import { defaultViewState, type ViewState } from '@/core/viewState'

/** A view store and a router that records its pushes and takes them as the route at once. */
function setUp() {
  const state = reactive<ViewState>(defaultViewState())
  const route = reactive({ path: '/compare', query: {} as Record<string, string> })
  const pushes: Record<string, string>[] = []
  const router = {
    push: (to: { query: Record<string, string> }) => { pushes.push(to.query); route.query = to.query; return Promise.resolve() },
  } as unknown as Router
  const view = { snapshot: () => ({ ...state, indicators: [...state.indicators], townships: [...state.townships] }), apply: (s: ViewState) => { Object.assign(state, s) } }
  const scope = effectScope()
  const url = scope.run(() => useUrlState({ router, route: route as unknown as RouteLocationNormalizedLoaded, view, knownIndicator: () => true }))!
  return { state, route, pushes, stop: () => { url.stop(); scope.stop() } }
}

describe('useUrlState', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('pushes a change after the next frame, not in the task that made it, and a burst of changes once, as its last view', async () => {
    const { state, pushes, stop } = setUp()
    state.indicators = ['inspections']
    await nextTick()
    state.year = 2023
    await nextTick()
    expect(pushes).toEqual([])
    await vi.advanceTimersByTimeAsync(50)
    expect(pushes).toEqual([{ ind: 'inspections', year: '2023' }])
    await vi.advanceTimersByTimeAsync(500)
    expect(pushes).toHaveLength(1)
    stop()
  })

  it('pushes on its timer where no frame comes (a hidden tab)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0)
    const { state, pushes, stop } = setUp()
    state.year = 2022
    await nextTick()
    await vi.advanceTimersByTimeAsync(100)
    expect(pushes).toEqual([])
    await vi.advanceTimersByTimeAsync(300)
    expect(pushes).toEqual([{ year: '2022' }])
    vi.unstubAllGlobals()
    stop()
  })

  it('takes a link\'s query into the view, pushes nothing back for it, and nothing once stopped', async () => {
    const { state, route, pushes, stop } = setUp()
    route.query = { ind: 'penalty_cases' }
    await nextTick()
    expect(state.indicators).toEqual(['penalty_cases'])
    await vi.advanceTimersByTimeAsync(500)
    expect(pushes).toEqual([])
    state.year = 2021
    await nextTick()
    stop()
    await vi.advanceTimersByTimeAsync(500)
    expect(pushes).toEqual([])
  })
})
