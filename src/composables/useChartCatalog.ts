// The chart catalog: a stored deck view → the chart it shows (option for a theme, title, context,
// speaker notes), built outside its page from the current data with the pages' own builders and words.
import type { EChartsOption } from 'echarts'
import { computed, type Ref } from 'vue'
import type { ChartTheme } from '@/charts/theme'
import type { DeckChart, DeckView } from '@/core/deck'
import { heatmapEntry, outcomeEntry, rankingEntry, scatterEntry, type CatalogEntry, type CatalogEntryResult, type CatalogEnv } from './catalog/charts'
import { radarEntry, trendEntry } from './catalog/profileCharts'
import { useCompareText } from './useCompareText'

export type { CatalogEnv }

/** A chart of the catalog drawn with one theme; rebuild draws it with another. */
export interface CatalogChart extends CatalogEntryResult {
  option: EChartsOption
}

/** Builders per chart id: every chart a page can add to the deck. */
export const CATALOG: Readonly<Record<DeckChart, CatalogEntry>> = {
  ranking: rankingEntry,
  scatter: scatterEntry,
  heatmap: heatmapEntry,
  outcome: outcomeEntry,
  trend: trendEntry,
  radar: radarEntry,
}

/** The chart of a view with a theme; null when the data cannot draw it (unknown indicator or township, no year). */
export function buildCatalogChart(view: DeckView, env: CatalogEnv, theme: ChartTheme): CatalogChart | null {
  const built = CATALOG[view.chart](view, env)
  return built ? { ...built, option: built.rebuild(theme) } : null
}

/** The catalog over the page's data, in the component's locale. */
export function useChartCatalog(data: Ref<CatalogEnv['data']>) {
  const text = useCompareText()
  const env = computed<CatalogEnv>(() => ({ data: data.value, text }))
  return {
    build: (view: DeckView, theme: ChartTheme): CatalogChart | null => buildCatalogChart(view, env.value, theme),
  }
}
