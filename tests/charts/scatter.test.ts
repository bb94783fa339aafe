import { describe, expect, it } from 'vitest'
import { hiddenLabels, labelBook, rectsOverlap, scatterOption, type Rect, type ScatterInput } from '@/charts/scatter'
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
    expect(series.markLine.data).toEqual([{ xAxis: 2, label: { formatter: '中位数 2 件/万人' } }])
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

const box = (x: number, y: number, width = 40, height = 14): Rect => ({ x, y, width, height })
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Layout = (params: { dataIndex?: number, labelRect?: Rect }) => any
const layoutOf = (option: ReturnType<typeof scatterOption>): Layout => seriesOf(option)[0].labelLayout

describe('scatter labels that would overlap', () => {
  it.each([
    ['apart', box(0, 0), box(100, 0), false],
    ['side by side, touching', box(0, 0), box(40, 0), false],
    ['one px into each other', box(0, 0), box(39, 0), true],
    ['one above the other, touching', box(0, 0), box(0, 14), false],
    ['crossing', box(0, 0), box(20, 7), true],
  ])('rectsOverlap: %s', (_, a, b, expected) => {
    expect(rectsOverlap(a, b)).toBe(expected)
    expect(rectsOverlap(b, a)).toBe(expected)
  })

  it.each([
    ['none overlap', [box(0, 0), box(100, 0), box(0, 100)], []],
    ['the later of two is hidden, named with the earlier', [box(0, 0), box(10, 5)], [[1, 0]]],
    ['a label under a hidden one is kept (only shown labels hide)', [box(0, 0), box(30, 0), box(60, 0)], [[1, 0]]],
    ['labels without a box are skipped', [undefined, box(0, 0), undefined, box(5, 5)], [[3, 1]]],
    ['three on one spot: both later ones under the first', [box(0, 0), box(1, 1), box(2, 2)], [[1, 0], [2, 0]]],
  ] as [string, (Rect | undefined)[], [number, number][]][])('hiddenLabels: %s', (_, rects, expected) => {
    expect([...hiddenLabels(rects)]).toEqual(expected)
  })

  it('labelBook starts a new pass when a label is laid out again', () => {
    const book = labelBook()
    book.record(0, box(0, 0))
    book.record(1, box(5, 0))
    expect([...book.hidden()]).toEqual([[1, 0]])
    book.record(0, box(0, 0))
    book.record(1, box(200, 0))
    expect([...book.hidden()]).toEqual([])
  })

  it('asks ECharts to hide overlapping labels and records their boxes for the tooltip', () => {
    const option = scatterOption(input({ points: [{ township: '甲镇', x: 1, y: 90 }, { township: '乙镇', x: 1.01, y: 90 }, { township: '丙镇', x: 3, y: 95 }] }), screenTheme)
    const layout = layoutOf(option)
    expect([0, 1, 2].map(i => layout({ dataIndex: i, labelRect: box(i === 2 ? 300 : i * 5, 0) }))).toEqual([{ hideOverlap: true }, { hideOverlap: true }, { hideOverlap: true }])
    const tooltip = tooltipFormatter(option)
    const hints = { hiddenHere: '名称重叠未标注：{list}', hiddenUnder: '名称与{name}重叠，图上未标注' }
    const worded = scatterOption(input({ points: [{ township: '甲镇', x: 1, y: 90 }, { township: '乙镇', x: 1.01, y: 90 }, { township: '丙镇', x: 3, y: 95 }], labels: { ...input().labels, ...hints } }), screenTheme)
    const wordedLayout = layoutOf(worded)
    ;[0, 1, 2].forEach(i => wordedLayout({ dataIndex: i, labelRect: box(i === 2 ? 300 : i * 5, 0) }))
    const html = tooltipFormatter(worded)
    expect(html({ seriesIndex: 0, dataIndex: 0 })).toContain('名称重叠未标注：乙镇')
    expect(html({ seriesIndex: 0, dataIndex: 1 })).toContain('名称与甲镇重叠，图上未标注')
    expect(html({ seriesIndex: 0, dataIndex: 2 })).not.toContain('重叠')
    // Without the words, no hint (and no untranslated text).
    expect(tooltip({ seriesIndex: 0, dataIndex: 0 })).not.toContain('乙镇')
  })

  it('lists the names hidden at a spot in the tooltip of every point drawn there (the top one is the one hovered)', () => {
    const hints = { hiddenHere: '名称重叠未标注：{list}', hiddenUnder: '名称与{name}重叠，图上未标注' }
    // 甲镇 and 乙镇 on one spot; 丙镇 just below, its name under 甲镇's.
    const option = scatterOption(input({ points: [{ township: '甲镇', x: 100, y: 16 }, { township: '乙镇', x: 100, y: 16 }, { township: '丙镇', x: 100, y: 15 }], labels: { ...input().labels, ...hints } }), screenTheme)
    const layout = layoutOf(option)
    ;[0, 1, 2].forEach(i => layout({ dataIndex: i, labelRect: box(0, i * 4) }))
    const html = tooltipFormatter(option)
    expect(html({ seriesIndex: 0, dataIndex: 1 })).toContain('名称与甲镇重叠，图上未标注')
    expect(html({ seriesIndex: 0, dataIndex: 1 })).toContain('名称重叠未标注：丙镇')
    expect(html({ seriesIndex: 0, dataIndex: 0 })).toContain('名称重叠未标注：乙镇、丙镇')
    expect(html({ seriesIndex: 0, dataIndex: 2 })).not.toContain('名称重叠未标注')
  })

  it('puts the list of townships left out below a picture\'s header band, not over its title', () => {
    const points = [{ township: '甲镇', x: 1, y: 2 }, { township: '乙镇', x: null, y: 3 }]
    expect(part(scatterOption(input({ points }), screenTheme), 'title')).toMatchObject({ subtext: expect.stringContaining('乙镇'), top: 4 })
    expect(part(scatterOption(input({ points, box: { width: 1024, height: 768, top: 120, bottom: 90 } }), screenTheme), 'title')).toMatchObject({ top: 124 })
  })

  it('escapes a hostile name in the hidden-label hint', () => {
    const option = scatterOption(input({ points: [{ township: '甲镇', x: 1, y: 2 }, { township: HOSTILE, x: 1, y: 2 }], labels: { ...input().labels, hiddenHere: '未标注：{list}' } }), screenTheme)
    const layout = layoutOf(option)
    layout({ dataIndex: 0, labelRect: box(0, 0) })
    layout({ dataIndex: 1, labelRect: box(0, 0) })
    const html = tooltipFormatter(option)({ seriesIndex: 0, dataIndex: 0 })
    expect(html).toContain('未标注：&lt;img')
    expect(html).not.toContain('<img')
  })
})

describe('scatter units and precision', () => {
  const axisOf = (option: ReturnType<typeof scatterOption>, key: 'xAxis' | 'yAxis') => part(option, key)

  it.each([
    ['%', 90, '90%'],
    ['%', 92.5, '92.5%'],
    ['件/万人', 2.5, '2.5'],
    ['件', 1200, '1,200'],
  ])('ticks of a %s axis: %s → %s', (unit, value, expected) => {
    const option = scatterOption(input({ yIndicator: { label: '纵', unit, median: null } }), screenTheme)
    expect(axisOf(option, 'yAxis').axisLabel.formatter(value)).toBe(expected)
  })

  it.each([
    ['%', '持证率（%）'],
    ['件', '持证率（件）'],
    ['', '持证率'],
  ])('the axis name carries the unit %s', (unit, expected) => {
    const option = scatterOption(input({ yIndicator: { label: '持证率', unit, median: null } }), screenTheme)
    expect(axisOf(option, 'yAxis').name).toBe(expected)
  })

  it('puts both axis names outside the plot, at the middle of their axis', () => {
    const option = scatterOption(input(), screenTheme)
    expect(axisOf(option, 'xAxis')).toMatchObject({ nameLocation: 'middle' })
    expect(axisOf(option, 'yAxis')).toMatchObject({ nameLocation: 'middle', nameRotate: 90 })
    expect(axisOf(option, 'yAxis').nameGap).toBeGreaterThan(screenTheme.fontSize * 2)
  })

  it.each([
    ['a rate with its counts', { township: '甲镇', x: 1, y: 83.333, yCount: { num: 5, den: 6, unit: '件' } }, '持证率：83.3%（5 / 6 件）'],
    ['a rate without counts', { township: '甲镇', x: 1, y: 83.333 }, '持证率：83.3%'],
    ['counts without a unit', { township: '甲镇', x: 1, y: 50, yCount: { num: 1, den: 2, unit: '' } }, '持证率：50%（1 / 2）'],
    ['big counts grouped', { township: '甲镇', x: 1, y: 50, yCount: { num: 1500, den: 3000, unit: '件' } }, '持证率：50%（1,500 / 3,000 件）'],
    ['a normalized count at 2 decimals', { township: '甲镇', x: 1.23456, y: 50 }, '处罚：1.23 件/万人'],
  ])('tooltip: %s', (_, point, expected) => {
    const option = scatterOption(input({ points: [point] }), screenTheme)
    expect(tooltipFormatter(option)({ seriesIndex: 0, dataIndex: 0 })).toContain(expected)
  })

  it('uses the bracket it is given for the counts (English)', () => {
    const option = scatterOption(input({ points: [{ township: 'A', x: 1, y: 50, yCount: { num: 1, den: 2, unit: 'cases' } }], labels: { ...input().labels, counts: ' ({text})' } }), screenTheme)
    expect(tooltipFormatter(option)({ seriesIndex: 0, dataIndex: 0 })).toContain('50% (1 / 2 cases)')
  })

  it.each([
    ['%', 92.456, '中位数 92.5%'],
    ['件/万人', 2.456, '中位数 2.46 件/万人'],
    ['件', 3, '中位数 3 件'],
  ])('the median line of a %s axis reads at the unit precision', (unit, median, expected) => {
    const [series] = seriesOf(scatterOption(input({ xIndicator: { label: '横', unit, median } }), screenTheme))
    expect(series.markLine.data[0].label.formatter).toBe(expected)
  })
})
