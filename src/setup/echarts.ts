// ECharts modules of the first screen, registered once. Pages with heatmaps or radars add setup/echartsMore.
import { BarChart, LineChart, ScatterChart } from 'echarts/charts'
import {
  AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent,
  MarkLineComponent, TitleComponent, TooltipComponent,
} from 'echarts/components'
import { use } from 'echarts/core'
import { LabelLayout } from 'echarts/features'
import { CanvasRenderer } from 'echarts/renderers'

use([
  BarChart, LineChart, ScatterChart,
  AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent,
  MarkLineComponent, TitleComponent, TooltipComponent,
  LabelLayout, CanvasRenderer,
])
