// The chart catalog over the page's data, in the component's locale: one environment (series and
// flags computed once per data) and the entry of any view.
import { computed, type Ref } from 'vue'
import { catalogEnv, chartEntry, type CatalogData, type CatalogEnv, type ChartEntry } from '@/charts/catalog'
import type { DeckView } from '@/core/deck'
import { useCompareText } from './useCompareText'

/** `words`: keys the charts say otherwise (see useCompareText). */
export function useChartCatalog(data: Ref<CatalogData>, words?: Ref<Readonly<Record<string, string>>>) {
  const text = useCompareText(words)
  const env = computed<CatalogEnv>(() => catalogEnv(data.value, text))
  return {
    env,
    text,
    /** The entry of a view; null when the data cannot draw it. */
    entry: (view: DeckView): ChartEntry | null => chartEntry(view, env.value),
  }
}
