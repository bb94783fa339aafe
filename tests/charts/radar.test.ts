import { describe, expect, it } from 'vitest'
import { radarOption, type RadarInput } from '@/charts/radar'
import { screenTheme } from '@/charts/theme'
import { HOSTILE, part, seriesOf, tooltipFormatter } from './optionParts'

function input(over: Partial<RadarInput> = {}): RadarInput {
  return {
    indicators: [{ id: 'a', label: '持证率' }, { id: 'b', label: '合格率' }, { id: 'c', label: '出庭率' }],
    township: '甲镇', percentiles: [80, null, 25],
    labels: { median: '全县中位数', percentile: '百分位', missing: '未报送', noData: '暂无数据' },
    ...over,
  }
}

describe('radarOption', () => {
  it('uses a 0–100 percentile scale on every axis and marks missing axes', () => {
    const radar = part(radarOption(input(), screenTheme), 'radar')
    expect(radar.indicator).toEqual([
      { name: '持证率', min: 0, max: 100 }, { name: '合格率（未报送）', min: 0, max: 100 }, { name: '出庭率', min: 0, max: 100 },
    ])
  })

  it('draws the county median at 50 and the township, missing values not as 0', () => {
    const [series] = seriesOf(radarOption(input(), screenTheme))
    expect(series.data.map((d: { name: string, value: unknown[] }) => [d.name, d.value])).toEqual([['全县中位数', [50, 50, 50]], ['甲镇', [80, '-', 25]]])
  })

  it('escapes a hostile township name in the tooltip', () => {
    const html = tooltipFormatter(radarOption(input({ township: HOSTILE }), screenTheme))({ seriesIndex: 0, dataIndex: 1 })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
    expect(html).toContain('合格率：未报送')
  })

  it('shows the no-data text for no indicators', () => {
    expect(part(radarOption(input({ indicators: [] }), screenTheme), 'title').text).toBe('暂无数据')
  })
})
