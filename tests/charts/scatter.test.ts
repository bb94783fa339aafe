import { describe, expect, it } from 'vitest'
import { scatterOption, type ScatterInput } from '@/charts/scatter'
import { screenTheme } from '@/charts/theme'
import { HOSTILE, part, seriesOf, tooltipFormatter } from './optionParts'

function input(over: Partial<ScatterInput> = {}): ScatterInput {
  return {
    points: [{ township: '甲镇', x: 1, y: 90 }, { township: '乙镇', x: 3, y: null }, { township: '丙镇', x: 2, y: 95 }],
    xIndicator: { label: '处罚', unit: '件/万人', median: 2 },
    yIndicator: { label: '持证率', unit: '%', median: null },
    labels: { median: '中位数', noData: '暂无数据', missing: '未报送' },
    ...over,
  }
}

describe('scatterOption', () => {
  it('plots townships with both values, labelled by name', () => {
    const [series] = seriesOf(scatterOption(input(), screenTheme))
    expect(series.data.map((d: { name: string, value: number[] }) => [d.name, d.value])).toEqual([['甲镇', [1, 90]], ['丙镇', [2, 95]]])
    expect(series.label).toMatchObject({ show: true, formatter: '{b}' })
  })

  it('names the townships left out for a missing value in the subtitle', () => {
    expect(part(scatterOption(input(), screenTheme), 'title').subtext).toBe('未报送：乙镇')
  })

  it('draws a median line only where a median is given', () => {
    const [series] = seriesOf(scatterOption(input(), screenTheme))
    expect(series.markLine.data).toEqual([{ xAxis: 2, label: { formatter: '中位数 2' } }])
  })

  it('highlights chosen townships', () => {
    const [series] = seriesOf(scatterOption(input({ highlight: ['丙镇'] }), screenTheme))
    expect(series.data[1].itemStyle.color).toBe(screenTheme.colors.highlight)
  })

  it('escapes a hostile name in the tooltip', () => {
    const option = scatterOption(input({ points: [{ township: HOSTILE, x: 1, y: 2 }] }), screenTheme)
    const html = tooltipFormatter(option)({ seriesIndex: 0, dataIndex: 0 })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })

  it('shows the no-data text when no point has both values', () => {
    expect(part(scatterOption(input({ points: [{ township: '甲镇', x: 1, y: null }] }), screenTheme), 'title').text).toBe('暂无数据')
  })
})
