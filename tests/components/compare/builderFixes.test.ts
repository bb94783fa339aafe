// Two small builder fixes made for the Compare page (the lead may move these into tests/charts).
import { describe, expect, it } from 'vitest'
import { heatmapOption } from '@/charts/heatmap'
import { lighten, outcomeBarOption } from '@/charts/outcomeBar'
import { screenTheme } from '@/charts/theme'

describe('heatmapOption', () => {
  it('writes the given text in a cell without a value (不适用 rather than 未报送)', () => {
    const option = heatmapOption({
      townships: ['甲镇'], indicators: [{ id: 'r', label: '率', unit: '%' }],
      cells: [{ township: '甲镇', indicator: 'r', value: null, percentile: null, text: '不适用' }],
      labels: { percentile: '百分位', value: '数值', missing: '未报送', noData: '暂无数据', worse: '较差', better: '较好' },
    }, screenTheme)
    const grey = (option.series as { data: { label: { formatter: string } }[] }[])[1]
    expect(grey?.data[0]?.label.formatter).toBe('不适用')
  })
})

describe('outcomeBarOption', () => {
  it('gives a second part of the same tone a lighter shade (维持 and 驳回 stay apart)', () => {
    const option = outcomeBarOption({
      rows: [{ township: '甲镇', values: { upheld: 1, rejected: 1 } }],
      parts: [{ key: 'upheld', label: '维持', tone: 'better' }, { key: 'rejected', label: '驳回', tone: 'better' }],
      mode: 'absolute',
      labels: { missing: '未报送', noData: '暂无数据', total: '合计', unit: '件', percentAxis: '占比' },
    }, screenTheme)
    const colors = (option.series as { itemStyle: { color: string } }[]).map(s => s.itemStyle.color)
    expect(colors[0]).toBe(screenTheme.colors.better)
    expect(colors[1]).not.toBe(colors[0])
  })

  it.each([
    ['#000000', 0.5, '#808080'],
    ['#009E73', 0, '#009E73'],
    ['rgba(0,0,0,1)', 0.5, 'rgba(0,0,0,1)'],
  ])('lightens %s by %f to %s', (color, amount, expected) => {
    expect(lighten(color, amount)).toBe(expected)
  })
})
