// The baseline of the first-screen benchmark (tests/bench/firstScreen.ts): the least a Vue + ECharts
// page needs to draw the dashboard's first chart — the same builder, theme and animation, 24 ranked
// bars — with nothing else: no router, store, i18n, Element Plus or data pipeline. Sets
// data-rendered="true" on ECharts' `finished`, as ChartPanel does.
import { BarChart } from 'echarts/charts'
import { AriaComponent, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { createApp, defineComponent, h, onBeforeUnmount, onMounted, ref } from 'vue'
import { rankingBarHeight, rankingBarOption } from '@/charts/rankingBar'
import { projectorTheme, screenTheme } from '@/charts/theme'

use([BarChart, AriaComponent, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer])

const theme = new URLSearchParams(location.hash.split('?')[1] ?? '').get('theme') === 'projector' ? projectorTheme : screenTheme
const NAMES = ['城关街道', '东城街道', '西城街道', '南湖街道', '大同镇', '柳溪镇', '青石镇', '白马镇', '龙泉镇', '石门镇', '太平镇', '三合镇',
  '金桥镇', '河口镇', '双河镇', '桃源镇', '新安镇', '永丰镇', '高坪乡', '云岭乡', '竹园乡', '红岩乡', '松林乡', '杨柳乡']
const rows = NAMES.map((township, i) => ({ township, value: 100 - ((i * 37) % 13) * 0.9, rank: i + 1 }))
  .sort((a, b) => b.value - a.value).map((r, i) => ({ ...r, rank: i + 1 }))
const values = rows.map(r => r.value).sort((a, b) => a - b)
const option = rankingBarOption({
  rows, unit: '%', indicator: { direction: 'higher_better', label_zh: '行政执法人员持证率' },
  mean: values.reduce((a, b) => a + b, 0) / values.length, median: ((values[11] ?? 0) + (values[12] ?? 0)) / 2, missingLabel: '未报送',
  labels: { mean: '平均', median: '中位数', rank: '排名', value: '数值', noData: '暂无数据' },
}, theme)

const Chart = defineComponent(() => {
  const el = ref<HTMLDivElement | null>(null)
  let dispose = () => {}
  onMounted(() => {
    if (!el.value) return
    const chart = init(el.value)
    chart.on('finished', () => { el.value?.setAttribute('data-rendered', 'true') })
    chart.setOption(option)
    dispose = () => chart.dispose()
  })
  onBeforeUnmount(() => dispose())
  return () => h('div', { ref: el, 'data-testid': 'chart', 'style': { height: `${rankingBarHeight(rows.length, theme)}px`, margin: '16px 24px' } })
})

createApp(Chart).mount('#app')
