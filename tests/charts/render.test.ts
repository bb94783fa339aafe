// Every builder's option is drawn by real ECharts (server-side SVG) without throwing.

import * as echarts from 'echarts'
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { heatmapOption } from '@/charts/heatmap'
import { outcomeBarOption } from '@/charts/outcomeBar'
import { radarOption } from '@/charts/radar'
import { rankingBarOption } from '@/charts/rankingBar'
import { scatterOption } from '@/charts/scatter'
import { projectorTheme, screenTheme, type ChartTheme } from '@/charts/theme'
import { trendOption } from '@/charts/trend'
import { HOSTILE } from './optionParts'

function renderSvg(option: EChartsOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 960, height: 540 })
  try {
    chart.setOption(option)
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

const names = ['甲镇', HOSTILE, '丙镇']
const builders: [string, (theme: ChartTheme, empty: boolean) => EChartsOption][] = [
  ['rankingBar', (theme, empty) => rankingBarOption({
    rows: empty ? [] : [{ township: '甲镇', value: 3, rank: 1 }, { township: HOSTILE, value: 1, rank: 2 }, { township: '丙镇', value: null, rank: null }],
    indicator: { direction: 'higher_better', label_zh: '持证率' }, unit: '%', mean: 2, median: 2, missingLabel: '未报送',
    labels: { mean: '平均', median: '中位数', rank: '排名', value: '数值', noData: '暂无数据' }, animation: false,
  }, theme)],
  ['heatmap', (theme, empty) => heatmapOption({
    townships: empty ? [] : names, indicators: [{ id: 'a', label: 'A', unit: '%' }],
    cells: [{ township: '甲镇', indicator: 'a', percentile: 100, value: 3 }, { township: HOSTILE, indicator: 'a', percentile: 0, value: 1 }],
    labels: { percentile: '百分位', value: '数值', missing: '未报送', noData: '暂无数据', worse: '较差', better: '较好' }, animation: false,
  }, theme)],
  ['outcomeBar', (theme, empty) => outcomeBarOption({
    rows: empty ? [] : names.map((township, i) => ({ township, values: { won: i === 2 ? null : i, lost: 1 } })),
    parts: [{ key: 'won', label: '胜诉', tone: 'better' }, { key: 'lost', label: '败诉', tone: 'worse' }], mode: 'percent',
    labels: { missing: '未报送', noData: '暂无数据', total: '合计', unit: '件', percentAxis: '%' }, animation: false,
  }, theme)],
  ['scatter', (theme, empty) => scatterOption({
    points: empty ? [] : names.map((township, i) => ({ township, x: i, y: i === 2 ? null : i * 2 })),
    xIndicator: { label: 'X', unit: '件', median: 1 }, yIndicator: { label: 'Y', unit: '%', median: 1 },
    labels: { median: '中位数', noData: '暂无数据', missing: '未报送' }, animation: false,
  }, theme)],
  ['trend', (theme, empty) => trendOption({
    years: empty ? [] : [2023, 2024], lines: [{ township: HOSTILE, values: [1, null] }], median: [1, 2], q1: [0, 1], q3: [2, null],
    indicator: { label: 'X', unit: '件' }, labels: { median: '中位数', band: '四分位区间', noData: '暂无数据' }, animation: false,
  }, theme)],
  ['radar', (theme, empty) => radarOption({
    indicators: empty ? [] : [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }], township: HOSTILE, percentiles: [10, null, 90],
    labels: { median: '中位数', percentile: '百分位', missing: '未报送', noData: '暂无数据' }, animation: false,
  }, theme)],
]

describe.each([screenTheme, projectorTheme])('with the $name theme', theme => {
  it.each(builders)('%s renders, with hostile names as inert text', (_, build) => {
    const svg = renderSvg(build(theme, false))
    expect(svg).toContain('<svg')
    expect(svg).not.toContain('<img')
  })

  it.each(builders)('%s renders the no-data text for empty input', (_, build) => {
    expect(renderSvg(build(theme, true))).toContain('暂无数据')
  })
})
