// ECharts modules that the first screen does not need: registered when a page or export needs them,
// so the overview does not carry them. LabelLayout: series labels' labelLayout (the scatter's hideOverlap);
// the ranking's axis labels hide overlaps without it.
import { HeatmapChart, LineChart, RadarChart } from 'echarts/charts'
import { DataZoomComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, RadarComponent, VisualMapComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { LabelLayout } from 'echarts/features'

use([HeatmapChart, LineChart, RadarChart, DataZoomComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, RadarComponent, VisualMapComponent, LabelLayout])
