// The catalog of the first screen: the overview's ranking of all townships only, the entry the full
// catalog (useChartCatalog) gives the same view. The other kinds' builders load with the pages that
// draw them, not before the first chart.
import { computed, type Ref } from 'vue'
import { catalogEnv, type CatalogData, type CatalogEnv, type ChartEntry } from '@/charts/catalog/entry'
import { rankingEntry } from '@/charts/catalog/ranking'
import type { DeckView } from '@/core/deck'
import { useCompareText } from './useCompareText'

/** A ranking view of all townships (no peer group: that one is Compare's, through the full catalog). */
export type AllTownshipsRanking = DeckView & { chart: 'ranking', options: Record<string, never> }

export function useRankingCatalog(data: Ref<CatalogData>) {
  const text = useCompareText()
  const env = computed<CatalogEnv>(() => catalogEnv(data.value, text))
  return {
    env,
    /** The ranking's entry; null when the data cannot draw it. */
    entry: (view: AllTownshipsRanking): ChartEntry | null => rankingEntry(view, env.value),
  }
}
