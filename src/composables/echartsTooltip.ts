// ECharts' tooltip (and the axis pointer it brings): what a chart says on hover. Not needed to draw the
// first chart: registered after it (App.vue, loadTooltip), and by echartsMore.ts before every other page
// and export. A chart drawn before draws again with its tooltip once this is registered (ChartPanel
// reads tooltipReady): ECharts keeps an option's tooltip aside while the component is not registered.
import { TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { tooltipReady } from './echartsModules'

use([TooltipComponent])
tooltipReady.value = true
