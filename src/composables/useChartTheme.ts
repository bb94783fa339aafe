// The chart theme for the current view (screen or projector).
import { computed, type Ref } from 'vue'
import { projectorTheme, screenTheme, type ChartTheme } from '@/charts/theme'
import type { ThemeName } from '@/core/viewState'

export function useChartTheme(name: Ref<ThemeName>) {
  return computed<ChartTheme>(() => (name.value === 'projector' ? projectorTheme : screenTheme))
}
