// Keeps the view store and the route query in step: a link reopens the same view; back and forward work.
import { watch } from 'vue'
import type { RouteLocationNormalizedLoaded, Router } from 'vue-router'
import { parseViewQuery, sameQuery, viewQuery, type ViewState } from '@/core/viewState'

export interface UseUrlStateOptions {
  router: Router
  route: RouteLocationNormalizedLoaded
  /** The view store (src/stores/view.ts), as far as this needs it. */
  view: { snapshot(): ViewState, apply(state: ViewState): void }
  knownIndicator: (id: string) => boolean
}

export function useUrlState({ router, route, view, knownIndicator }: UseUrlStateOptions) {
  const stopFromUrl = watch(() => route.query, (query) => {
    const next = parseViewQuery(query, knownIndicator)
    if (!sameQuery(viewQuery(next), viewQuery(view.snapshot()))) view.apply(next)
  }, { immediate: true })

  // Pushed after the next frame, not in the switch's own task: the router's push and the route's
  // watchers cost ~30 ms on the 2-core machine, which then came before the charts' first paint.
  // A burst of changes is one push, of the last view.
  let scheduled = false
  let stopped = false
  const push = () => {
    scheduled = false
    if (stopped) return
    const query = viewQuery(view.snapshot())
    if (!sameQuery(query, route.query)) void router.push({ path: route.path, query })
  }
  // A hidden tab runs no frames: the timer pushes then.
  const afterPaint = (work: () => void) => {
    let done = false
    const once = () => { if (!done) { done = true; work() } }
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => { setTimeout(once, 0) })
    setTimeout(once, 300)
  }
  const stopToUrl = watch(() => viewQuery(view.snapshot()), (query) => {
    if (scheduled || sameQuery(query, route.query)) return
    scheduled = true
    afterPaint(push)
  })

  return { stop: () => { stopped = true; stopFromUrl(); stopToUrl() } }
}
