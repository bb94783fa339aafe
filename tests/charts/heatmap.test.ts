import { describe, expect, it } from 'vitest'
import { heatmapOption, type HeatmapInput } from '@/charts/heatmap'
import { screenTheme } from '@/charts/theme'
import { HOSTILE, part, seriesOf, tooltipFormatter } from './optionParts'

const labels = { percentile: '百分位', value: '数值', missing: '未报送', noData: '暂无数据', worse: '较差', better: '较好' }

function input(over: Partial<HeatmapInput> = {}): HeatmapInput {
  return {
    townships: ['甲镇', '乙镇'],
    indicators: [{ id: 'rate', label: '持证率', unit: '%' }, { id: 'count', label: '处罚', unit: '件' }],
    cells: [
      { township: '甲镇', indicator: 'rate', percentile: 100, value: 98 },
      { township: '乙镇', indicator: 'rate', percentile: 0, value: 80.25 },
      { township: '甲镇', indicator: 'count', percentile: null, value: null },
    ],
    labels, ...over,
  }
}

describe('heatmapOption', () => {
  it('colours cells by percentile on a 0–100 scale from worse to better', () => {
    const option = heatmapOption(input(), screenTheme)
    const [coloured] = seriesOf(option)
    expect(coloured.data.map((d: { value: number[] }) => d.value)).toEqual([[0, 0, 100], [0, 1, 0]])
    expect(part(option, 'visualMap')).toMatchObject({ min: 0, max: 100, dimension: 2, seriesIndex: 0, inRange: { color: screenTheme.colors.scale } })
  })

  it('writes the value with its unit in each cell', () => {
    const [coloured] = seriesOf(heatmapOption(input(), screenTheme))
    expect(coloured.data.map((d: { label: { formatter: string } }) => d.label.formatter)).toEqual(['98%', '80.3%'])
  })

  it('puts missing cells (absent or null) in a grey series labelled 未报送', () => {
    const option = heatmapOption(input(), screenTheme)
    const [, grey] = seriesOf(option)
    expect(grey.data.map((d: { value: number[], label: { formatter: string } }) => [d.value.slice(0, 2), d.label.formatter])).toEqual([[[1, 0], '未报送'], [[1, 1], '未报送']])
    expect((option.visualMap as { inRange: { color: string[] } }[])[1]?.inRange.color).toEqual([screenTheme.colors.missing, screenTheme.colors.missing])
  })

  it.each([
    ['its own words', { ...labels, grey: '未报送或不适用' }, '未报送或不适用'],
    ['the missing text without them', labels, '未报送'],
  ])('names the grey of cells without a percentile beside the colour scale: %s', (_name, l, want) => {
    const option = heatmapOption(input({ labels: l }), screenTheme)
    const group = part(option, 'graphic')
    expect(group.id).toBe('heatmap-grey')
    expect(group.children[0].style.fill).toBe(screenTheme.colors.missing)
    expect(group.children[1].style.text).toBe(want)
  })

  it('renders every cell at once (progressive: 0)', () => {
    expect(seriesOf(heatmapOption(input(), screenTheme)).map(s => s.progressive)).toEqual([0, 0])
  })

  it('escapes hostile township and indicator names in the tooltip', () => {
    const option = heatmapOption(input({ townships: [HOSTILE], indicators: [{ id: 'rate', label: '<b>率</b>', unit: '%' }], cells: [{ township: HOSTILE, indicator: 'rate', percentile: 50, value: 1 }] }), screenTheme)
    const html = tooltipFormatter(option)({ seriesIndex: 0, dataIndex: 0 })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&lt;b&gt;率&lt;/b&gt;')
    expect(html).not.toMatch(/<img|<b>/)
  })

  it.each([[{ townships: [] }], [{ indicators: [] }]])('shows the no-data text for %j', over => {
    expect(part(heatmapOption(input(over), screenTheme), 'title').text).toBe('暂无数据')
  })
})

describe('heatmapOption precision', () => {
  it.each([
    ['%', 80.25, '80.3%'],
    ['件', 12, '12 件'],
    ['元', 1234.567, '1,234.57 元'],
    ['件/万人', 2.456, '2.46 件/万人'],
  ])('a %s cell without its own text reads at the unit precision', (unit, value, expected) => {
    const option = heatmapOption(input({ townships: ['甲镇'], indicators: [{ id: 'a', label: 'A', unit }], cells: [{ township: '甲镇', indicator: 'a', percentile: 50, value }] }), screenTheme)
    expect(seriesOf(option)[0].data[0].label.formatter).toBe(expected)
  })

  it('keeps the decimals it is given', () => {
    const option = heatmapOption(input({ decimals: 0 }), screenTheme)
    expect(seriesOf(option)[0].data[1].label.formatter).toBe('80%')
  })
})
