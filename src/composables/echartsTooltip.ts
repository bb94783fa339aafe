// ECharts' tooltip (and the axis pointer it brings): what a chart says on hover. Not needed to draw the
// first chart: loaded after it (App.vue) and before every other page and export (loadMoreCharts), by
// loadTooltip in echartsModules.ts. A chart drawn before draws again with its tooltip once this is
// registered (ChartPanel reads tooltipReady).
import { TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'

use([TooltipComponent])
