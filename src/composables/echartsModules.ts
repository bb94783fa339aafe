// ECharts modules of the first screen (the overview's ranked bars), registered once. Everything else
// (lines, legends, zoom, heatmap, radar, visual map, the label layout of series labels) is in echartsMore.ts, which the router loads
// before any other page and the overview and exports load when a chart needs it.
import { BarChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GraphicComponent, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, ScatterChart, AriaComponent, GraphicComponent, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer])

let more: Promise<void> | undefined
/** Registers the modules of echartsMore.ts (once); resolves when they are usable. */
export function loadMoreCharts(): Promise<void> {
  more ??= import('./echartsMore').then(() => undefined)
  return more
}
