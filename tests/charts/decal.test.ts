import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { withDecal } from '@/charts/decal'
import { rankingBarOption } from '@/charts/rankingBar'
import { projectorTheme, screenTheme } from '@/charts/theme'
import { seriesOf } from './optionParts'

const ranking = (theme = projectorTheme) => rankingBarOption({
  rows: [{ township: '甲镇', value: 9 }, { township: '乙镇', value: 5 }, { township: '丙镇', value: 1 }],
  indicator: { direction: 'higher_better', label_zh: '持证率' }, unit: '%', mean: null, median: 5, highlight: ['乙镇'], missingLabel: '未报送',
  labels: { mean: '平均', median: '中位数', rank: '排名', value: '数值', noData: '暂无数据' },
}, theme)

describe('withDecal', () => {
  it.each([
    ['better than the median: no pattern', 0, 'none'],
    ['highlighted: dots', 1, 'circle'],
    ['worse than the median: stripes', 2, 'rect'],
  ])('marks a bar %s', (_, index, symbol) => {
    const decal = seriesOf(withDecal(ranking(), projectorTheme))[0].data[index].itemStyle.decal
    expect(decal === 'none' ? 'none' : decal.symbol).toBe(symbol)
  })

  it('recognises the colours of either theme when the theme is not given', () => {
    expect(seriesOf(withDecal(ranking(screenTheme)))[0].data[2].itemStyle.decal.symbol).toBe('rect')
  })

  it('switches on ECharts’ series decals for other charts and leaves the input alone', () => {
    const option: EChartsOption = { series: [{ type: 'bar', data: [1, 2] }] }
    const copy = JSON.stringify(option)
    expect(withDecal(option).aria).toMatchObject({ enabled: true, decal: { show: true } })
    expect(JSON.stringify(option)).toBe(copy)
  })
})
