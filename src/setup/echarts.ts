// ECharts modules, registered once: exactly the charts and components the pages use.
import { BarChart, HeatmapChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts'
import {
  AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent,
  MarkLineComponent, RadarComponent, TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components'
import { use } from 'echarts/core'
import { LabelLayout } from 'echarts/features'
import { CanvasRenderer } from 'echarts/renderers'

use([
  BarChart, HeatmapChart, LineChart, RadarChart, ScatterChart,
  AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent,
  MarkLineComponent, RadarComponent, TitleComponent, TooltipComponent, VisualMapComponent,
  LabelLayout, CanvasRenderer,
])
