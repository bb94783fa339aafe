// ECharts modules of the first screen (the overview's ranked bars), registered once. Everything else
// (lines, legends, zoom, heatmap, radar, visual map, the label layout of series labels) is in echartsMore.ts, which the router loads
// before any other page and the overview and exports load when a chart needs it. The tooltip
// (echartsTooltip.ts) is what a chart says on hover: it loads after the first chart (loadTooltip) and with echartsMore.ts (loadMoreCharts).
import { BarChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GraphicComponent, GridComponent, MarkLineComponent, TitleComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { ref } from 'vue'

use([BarChart, ScatterChart, AriaComponent, GraphicComponent, GridComponent, MarkLineComponent, TitleComponent, CanvasRenderer])

/** True once the tooltip is registered (echartsTooltip.ts): a chart drawn before draws again to get it. */
export const tooltipReady = ref(false)

let tooltip: Promise<void> | undefined
/** Registers the tooltip (once); resolves when charts can show it. */
export function loadTooltip(): Promise<void> {
  tooltip ??= import('./echartsTooltip').then(() => { tooltipReady.value = true })
  return tooltip
}

let more: Promise<void> | undefined
/** Registers the modules of echartsMore.ts and the tooltip (once); resolves when they are usable. */
export function loadMoreCharts(): Promise<void> {
  more ??= Promise.all([import('./echartsMore'), loadTooltip()]).then(() => undefined)
  return more
}
