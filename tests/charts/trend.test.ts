import { describe, expect, it } from 'vitest'
import { screenTheme } from '@/charts/theme'
import { trendOption, type TrendInput } from '@/charts/trend'
import { HOSTILE, part, seriesOf, tooltipFormatter } from './optionParts'

function input(over: Partial<TrendInput> = {}): TrendInput {
  return {
    years: [2022, 2023, 2024],
    lines: [{ township: '甲镇', values: [80, null, 95] }],
    median: [85, 88, 90], q1: [80, 82, null], q3: [90, 92, 95],
    indicator: { label: '持证率', unit: '%' },
    labels: { median: '全县中位数', band: '四分位区间', noData: '暂无数据' },
    ...over,
  }
}

describe('trendOption', () => {
  it('draws the interquartile band as q1 plus a stacked q3 − q1 area', () => {
    const [base, band] = seriesOf(trendOption(input(), screenTheme))
    expect(base).toMatchObject({ stack: 'county-iqr', data: [80, 82, null] })
    expect(band).toMatchObject({ stack: 'county-iqr', data: [10, 10, null] })
    expect(band.areaStyle).toBeDefined()
    expect(base.areaStyle).toBeUndefined()
  })

  it('draws the median and one line per township, breaking at missing years', () => {
    const [, , median, line] = seriesOf(trendOption(input(), screenTheme))
    expect(median.data).toEqual([85, 88, 90])
    expect(line).toMatchObject({ name: '甲镇', data: [80, null, 95], connectNulls: false })
  })

  it('puts the years on a category axis', () => {
    expect(part(trendOption(input(), screenTheme), 'xAxis').data).toEqual(['2022', '2023', '2024'])
  })

  it('reports q1 and q3 themselves, and escapes township names, in the tooltip', () => {
    const option = trendOption(input({ lines: [{ township: HOSTILE, values: [1, 2, 3] }] }), screenTheme)
    const html = tooltipFormatter(option)([{ seriesIndex: 2, dataIndex: 0 }, { seriesIndex: 3, dataIndex: 0 }])
    expect(html).toContain('四分位区间：80% – 90%')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;：1%')
    expect(html).not.toContain('<img')
  })

  it('shows the no-data text for no years', () => {
    expect(part(trendOption(input({ years: [] }), screenTheme), 'title').text).toBe('暂无数据')
  })
})

describe('trendOption precision', () => {
  it.each([
    ['%', 92.456, '全县中位数：92.5%'],
    ['件', 3, '全县中位数：3 件'],
    ['件/万人', 2.456, '全县中位数：2.46 件/万人'],
    ['个百分点', 1.26, '全县中位数：1.3 个百分点'],
  ])('the tooltip gives a %s figure at the unit precision', (unit, value, expected) => {
    const option = trendOption(input({ indicator: { label: 'x', unit }, median: [value, 1, 1] }), screenTheme)
    expect(tooltipFormatter(option)([{ seriesIndex: 2, dataIndex: 0 }])).toContain(expected)
  })
})
