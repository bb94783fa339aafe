// ECharts modules that only some pages use (heatmap, radar, visual map): registered when such a page loads,
// so the first screen does not carry them.
import { HeatmapChart, RadarChart } from 'echarts/charts'
import { RadarComponent, VisualMapComponent } from 'echarts/components'
import { use } from 'echarts/core'

use([HeatmapChart, RadarChart, RadarComponent, VisualMapComponent])
