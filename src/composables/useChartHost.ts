// The chart panels mounted on the current page, for the page-level exports (ZIP, PPTX), and where
// a panel's 加入演示 goes: the page's export bar takes the view and completes it with the page's state.
import { computed, shallowRef } from 'vue'
import type { EChartsOption } from 'echarts'
import type { ExportContext } from '@/charts/exportFrame'
import type { ChartTheme } from '@/charts/theme'
import type { AddResult, DeckViewPart } from '@/core/deck'

/** A mounted chart panel as the exports see it (getters: always the panel's current props). */
export interface HostedChart {
  readonly el: Element | null
  readonly title: string
  readonly chart: string
  readonly option: EChartsOption
  readonly rebuild?: (theme: ChartTheme) => EChartsOption
  readonly context?: ExportContext
  readonly view?: DeckViewPart
}

/** What adding did, and how many slides the deck has now. */
export interface DeckAdded { result: AddResult, count: number }

type DeckHandler = (part: DeckViewPart) => DeckAdded

const mounted = shallowRef<readonly HostedChart[]>([])
const deckHandler = shallowRef<DeckHandler | null>(null)

/** Registers a panel; returns the function that unregisters it (call on unmount). */
export function registerChart(chart: HostedChart): () => void {
  mounted.value = [...mounted.value, chart]
  return () => { mounted.value = mounted.value.filter(c => c !== chart) }
}

/** Sets who receives 加入演示 (the page's export bar); returns the function that unsets it. */
export function setDeckHandler(handler: DeckHandler): () => void {
  deckHandler.value = handler
  return () => { if (deckHandler.value === handler) deckHandler.value = null }
}

/** Panels in document order (small multiples mount after the panels beside them). */
function inDocumentOrder(list: readonly HostedChart[]): HostedChart[] {
  return [...list].sort((a, b) => {
    if (!a.el || !b.el || a.el === b.el) return 0
    return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
  })
}

export function useChartHost() {
  return {
    charts: computed(() => inDocumentOrder(mounted.value)),
    canAddToDeck: computed(() => deckHandler.value !== null),
    /** Adds a panel's view to the deck; null when no page takes it. */
    addToDeck: (part: DeckViewPart): DeckAdded | null => deckHandler.value?.(part) ?? null,
  }
}
