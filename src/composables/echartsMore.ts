// ECharts modules that the first screen does not need: registered when a page or export needs them,
// so the overview does not carry them.
import { HeatmapChart, LineChart, RadarChart } from 'echarts/charts'
import { DataZoomComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, RadarComponent, VisualMapComponent } from 'echarts/components'
import { use } from 'echarts/core'

use([HeatmapChart, LineChart, RadarChart, DataZoomComponent, LegendComponent, MarkAreaComponent, MarkPointComponent, RadarComponent, VisualMapComponent])
