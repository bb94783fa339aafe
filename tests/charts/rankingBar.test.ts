import { describe, expect, it } from 'vitest'
import { legendLineHeight } from '@/charts/legend'
import { barTone, missingTexts, rankingBarOption, rankingLegend, type BarTone, type RankingBarInput } from '@/charts/rankingBar'
import { projectorTheme, screenTheme } from '@/charts/theme'
import type { Direction } from '@/core/types'
import { HOSTILE, part, seriesOf, tooltipFormatter } from './optionParts'

const labels = { mean: '平均', median: '中位数', rank: '排名', value: '数值', noData: '暂无数据', approx: '约' }

function input(over: Partial<RankingBarInput> = {}): RankingBarInput {
  return {
    rows: [
      { township: '甲镇', value: 98, rank: 1 },
      { township: '乙镇', value: 90, rank: 2, approx: true },
      { township: '丙镇', value: 80, rank: 3 },
      { township: '丁镇', value: null, rank: null, status: 'missing' },
    ],
    indicator: { direction: 'higher_better', label_zh: '持证率' },
    unit: '%', mean: 89.33, median: 90, missingLabel: '未报送', labels, ...over,
  }
}

const barColors = (option: ReturnType<typeof rankingBarOption>) => seriesOf(option)[0].data.map((d: { itemStyle?: { color: string } } | null) => d?.itemStyle?.color ?? null)

describe('rankingBarOption', () => {
  it('keeps the row order (best at the top) on an inverted category axis', () => {
    const option = rankingBarOption(input(), screenTheme)
    expect(part(option, 'yAxis')).toMatchObject({ type: 'category', inverse: true })
    expect(part(option, 'yAxis').data.map((d: { value: string }) => d.value)).toEqual(['甲镇', '乙镇', '丙镇', '丁镇'])
  })

  it('draws no bar for a missing township (null, never 0) and labels it 未报送 at the bottom', () => {
    const [bars, missing] = seriesOf(rankingBarOption(input(), screenTheme))
    expect(bars.data[3]).toBeNull()
    expect(missing).toMatchObject({ type: 'scatter', silent: true })
    expect(missing.data).toEqual([{ value: [0, '丁镇'], label: { formatter: '未报送' } }])
  })

  it('uses the status text for a row that is not applicable', () => {
    const rows = [{ township: '甲镇', value: null, status: 'not-applicable' }]
    const [, missing] = seriesOf(rankingBarOption(input({ rows, labels: { ...labels, status: { 'not-applicable': '不适用' } } }), screenTheme))
    expect(missing.data[0].label.formatter).toBe('不适用')
  })

  it('labels values with their unit and marks approximate ones', () => {
    const [bars] = seriesOf(rankingBarOption(input(), screenTheme))
    expect(bars.data.slice(0, 3).map((d: { label: { formatter: string } }) => d.label.formatter)).toEqual(['98%', '约90%', '80%'])
  })

  it.each<[Direction, string[]]>([
    ['higher_better', [screenTheme.colors.better, screenTheme.colors.neutral, screenTheme.colors.worse]],
    ['lower_better', [screenTheme.colors.worse, screenTheme.colors.neutral, screenTheme.colors.better]],
    ['neutral', [screenTheme.colors.neutral, screenTheme.colors.neutral, screenTheme.colors.neutral]],
  ])('colours %s bars against the median', (direction, colors) => {
    expect(barColors(rankingBarOption(input({ indicator: { direction, label_zh: 'x' } }), screenTheme)).slice(0, 3)).toEqual(colors)
  })

  it('paints highlighted townships in the highlight colour, bar and axis label', () => {
    const option = rankingBarOption(input({ highlight: ['丙镇'] }), projectorTheme)
    expect(barColors(option)[2]).toBe(projectorTheme.colors.highlight)
    expect(part(option, 'yAxis').data[2].textStyle.color).toBe(projectorTheme.colors.highlight)
  })

  it('draws 平均 and 中位数 lines, leaving out a null one', () => {
    const lines = (option: ReturnType<typeof rankingBarOption>) => seriesOf(option)[0].markLine?.data.map((d: { name: string, xAxis: number }) => [d.name, d.xAxis])
    expect(lines(rankingBarOption(input(), screenTheme))).toEqual([['平均', 89.33], ['中位数', 90]])
    expect(lines(rankingBarOption(input({ mean: null }), screenTheme))).toEqual([['中位数', 90]])
  })

  it.each([
    [null, [['平均', 89.33], ['中位数', 90]]],
    [{ value: 95, label: '县定目标' }, [['平均', 89.33], ['中位数', 90], ['县定目标', 95]]],
  ])('draws the target line %j as a third reference, labelled with its number', (target, want) => {
    const option = rankingBarOption(input({ target }), screenTheme)
    const data = seriesOf(option)[0].markLine.data
    expect(data.map((d: { name: string, xAxis: number }) => [d.name, d.xAxis])).toEqual(want)
    if (target) expect(data[2].label.formatter).toBe('县定目标 95')
  })

  it('leaves room above the plot for the third label', () => {
    const top = (option: ReturnType<typeof rankingBarOption>) => part(option, 'grid').top as number
    expect(top(rankingBarOption(input({ target: { value: 95, label: '目标' } }), screenTheme))).toBeGreaterThan(top(rankingBarOption(input(), screenTheme)))
  })

  it('escapes a hostile township name in the tooltip', () => {
    const option = rankingBarOption(input({ rows: [{ township: HOSTILE, value: 5, rank: 1 }] }), screenTheme)
    const html = tooltipFormatter(option)({ seriesIndex: 0, dataIndex: 0, name: HOSTILE })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })

  it.each([[40, false], [41, true]])('adds an inside and a slider zoom on y with %d rows: %s', (n, zoom) => {
    const rows = Array.from({ length: n }, (_, i) => ({ township: `镇${i}`, value: n - i }))
    const dataZoom = rankingBarOption(input({ rows }), screenTheme).dataZoom
    expect(Array.isArray(dataZoom) ? dataZoom.map(z => [z.type, (z as { yAxisIndex: number }).yAxisIndex]) : dataZoom).toEqual(zoom ? [['inside', 0], ['slider', 0]] : undefined)
  })

  it.each([[{ min: 0, max: 120, interval: 30 }, { min: 0, max: 120, interval: 30 }], [{ min: -5, max: 10 }, { min: -5, max: 10 }], [null, {}], [undefined, {}]])('draws the value axis over %j (a window of a longer ranking keeps that of all rows)', (valueRange, want) => {
    const x = part(rankingBarOption(input({ valueRange }), screenTheme), 'xAxis')
    expect(Object.fromEntries(['min', 'max', 'interval'].filter(k => x[k] !== undefined).map(k => [k, x[k]]))).toEqual(want)
  })

  it('switches animation off on request and enables aria', () => {
    const option = rankingBarOption(input({ animation: false }), screenTheme)
    expect(option.animation).toBe(false)
    expect(option.aria).toEqual({ enabled: true })
  })

  it('returns a titled option without series for no rows', () => {
    const option = rankingBarOption(input({ rows: [] }), screenTheme)
    expect(part(option, 'title').text).toBe('暂无数据')
    expect(seriesOf(option)).toEqual([])
  })
})

describe('rankingBarOption and the first screen', () => {
  it('leaves the dataZoom key out entirely when the rows fit (its module is not loaded there)', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ township: `镇${i}`, value: i, rank: 5 - i }))
    const option = rankingBarOption({ rows, indicator: { direction: 'higher_better', label_zh: '甲' }, unit: '%', mean: 2, median: 2, missingLabel: '未报送', labels: { mean: '平均', median: '中位数', rank: '排名', value: '数值', noData: '暂无数据' } }, screenTheme)
    expect('dataZoom' in option).toBe(false)
  })
})

describe('what the bar colours mean', () => {
  const words = { meets: '达到县定目标', misses: '未达县定目标', better: '优于中位数', worse: '差于中位数', equal: '等于中位数', neutral: '数值', highlight: '选中乡镇', noBar: '无柱：{list}（不是 0）' }
  const base = input()

  it.each<[string, Partial<RankingBarInput>, number | null, BarTone]>([
    ['above the median', {}, 98, 'better'],
    ['below the median', {}, 80, 'worse'],
    ['at the median', {}, 90, 'equal'],
    ['lower is better, above', { indicator: { direction: 'lower_better', label_zh: 'x' } }, 98, 'worse'],
    ['a neutral indicator', { indicator: { direction: 'neutral', label_zh: 'x' } }, 98, 'neutral'],
    ['no median', { median: null }, 98, 'neutral'],
    ['meets an atLeast target', { target: { value: 95, label: '目标' } }, 95, 'meets'],
    ['misses an atLeast target, above the median', { target: { value: 95, label: '目标' } }, 94.9, 'misses'],
    ['meets an atMost target', { target: { value: 5, label: '目标', bound: 'atMost' } }, 5, 'meets'],
    ['misses an atMost target', { target: { value: 5, label: '目标', bound: 'atMost' } }, 6, 'misses'],
  ])('%s: %s', (_, over, value, tone) => {
    expect(barTone({ township: '甲镇', value }, { ...base, ...over })).toBe(tone)
  })

  it('lets a highlighted township keep the highlight colour, target or not', () => {
    expect(barTone({ township: '甲镇', value: 99 }, { ...base, highlight: ['甲镇'], target: { value: 95, label: '目标' } })).toBe('highlight')
  })

  it.each<[string, Partial<RankingBarInput>, string[]]>([
    ['median colours', {}, ['优于中位数', '等于中位数', '差于中位数', '无柱：未报送（不是 0）']],
    ['target colours', { target: { value: 95, label: '目标' } }, ['达到县定目标', '未达县定目标', '无柱：未报送（不是 0）']],
    ['a neutral indicator with a selected township', { indicator: { direction: 'neutral', label_zh: 'x' }, highlight: ['乙镇'] }, ['数值', '选中乡镇', '无柱：未报送（不是 0）']],
  ])('names only the colours the rows use: %s', (_, over, want) => {
    const i = { ...base, ...over }
    expect(rankingLegend({ ...i, missingTexts: missingTexts(i.rows, {}, '未报送') }, words).map(l => l.label)).toEqual(want)
  })

  it('names every text of the rows without a bar, once', () => {
    const rows = [{ township: '甲镇', value: 3 }, { township: '乙镇', value: null, status: 'missing' }, { township: '丙镇', value: null, status: 'not-applicable' }, { township: '丁镇', value: null, status: 'missing' }]
    const texts = missingTexts(rows, { status: { 'missing': '未报送', 'not-applicable': '不适用' } }, '未报送')
    expect(rankingLegend({ ...base, rows, missingTexts: texts }, words).at(-1)).toEqual({ label: '无柱：未报送、不适用（不是 0）', color: 'missing', mark: 'text' })
  })

  it('colours the bars as the legend says, and draws the legend above the plot', () => {
    const target = { value: 95, label: '目标' }
    const legend = rankingLegend({ ...base, target, missingTexts: ['未报送'] }, words)
    const option = rankingBarOption(input({ target, legend }), screenTheme)
    expect(barColors(option).slice(0, 3)).toEqual([screenTheme.colors.better, screenTheme.colors.worse, screenTheme.colors.worse])
    const graphic = option.graphic as { top: number, children: { type: string, style: { text?: string } }[] }[]
    expect(graphic.flatMap(g => g.children).filter(c => c.type === 'text').map(c => c.style.text)).toEqual(legend.map(l => l.label))
    expect(graphic[0]!.top + legendLineHeight(screenTheme)).toBeLessThanOrEqual(part(option, 'grid').top as number)
    expect(rankingBarOption(input({ target }), screenTheme).graphic).toBeUndefined()
  })
})
