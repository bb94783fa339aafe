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

  const stopToUrl = watch(() => viewQuery(view.snapshot()), (query) => {
    if (sameQuery(query, route.query)) return
    void router.push({ path: route.path, query })
  })

  return { stop: () => { stopFromUrl(); stopToUrl() } }
}
