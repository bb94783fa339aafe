// The chart panels mounted on the current page, for the page-level exports (ZIP, PPTX), and where a
// panel's 加入演示 goes: the page's export bar takes the view and completes it with the page's state.
// One host per app, provided at setup (CHART_HOST); a component mounted without one gets its own.
import { computed, inject, shallowRef, type ComputedRef, type InjectionKey } from 'vue'
import type { ChartEntry } from '@/charts/catalog'
import { MAX_DECK_ITEMS, type AddResult, type DeckViewPart } from '@/core/deck'

/** A mounted chart panel as the exports see it (getters: always the panel's current entry). */
export interface HostedChart {
  readonly el: Element | null
  /** null while the panel has nothing to draw (it is then left out of the exports). */
  readonly entry: ChartEntry | null
}

/** What adding did, and how many slides the deck has now. */
export interface DeckAdded { result: AddResult, count: number }

export type DeckHandler = (part: DeckViewPart) => DeckAdded

export interface ChartHost {
  /** Mounted panels in document order. */
  charts: ComputedRef<HostedChart[]>
  canAddToDeck: ComputedRef<boolean>
  /** Registers a panel; returns the function that unregisters it (call on unmount). */
  register: (chart: HostedChart) => () => void
  /** Sets who receives 加入演示 (the page's export bar); returns the function that unsets it. */
  setDeckHandler: (handler: DeckHandler) => () => void
  /** Adds a panel's view to the deck; null when no page takes it. */
  addToDeck: (part: DeckViewPart) => DeckAdded | null
  /** How many slides the deck holds at most (adding beyond says 'full'). */
  maxDeckItems: number
}

export const CHART_HOST: InjectionKey<ChartHost> = Symbol('chart-host')

/** Panels in document order (small multiples mount after the panels beside them). */
function inDocumentOrder(list: readonly HostedChart[]): HostedChart[] {
  return [...list].sort((a, b) => {
    if (!a.el || !b.el || a.el === b.el) return 0
    return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
  })
}

export function createChartHost(): ChartHost {
  const mounted = shallowRef<readonly HostedChart[]>([])
  const deckHandler = shallowRef<DeckHandler | null>(null)
  return {
    charts: computed(() => inDocumentOrder(mounted.value)),
    canAddToDeck: computed(() => deckHandler.value !== null),
    register(chart) {
      mounted.value = [...mounted.value, chart]
      return () => { mounted.value = mounted.value.filter(c => c !== chart) }
    },
    setDeckHandler(handler) {
      deckHandler.value = handler
      return () => { if (deckHandler.value === handler) deckHandler.value = null }
    },
    addToDeck: part => deckHandler.value?.(part) ?? null,
    maxDeckItems: MAX_DECK_ITEMS,
  }
}

/** The app's chart host (call in setup). */
export function useChartHost(): ChartHost {
  return inject(CHART_HOST, null) ?? createChartHost()
}
