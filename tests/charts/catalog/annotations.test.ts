// The clerk's notes on the catalog's charts: the charts they concern mark them (a bar's ①, a year's
// line, a township's point, a cell), and one definition carries their words to every picture — the
// panel, the slide, the framed PNG/SVG option (its footer) and the speaker notes of the PowerPoint.
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { catalogEnv, chartEntry, type ChartEntry } from '@/charts/catalog'
import { exportChartOption } from '@/charts/exportFrame'
import { projectorTheme, screenTheme } from '@/charts/theme'
import type { Annotation } from '@/core/annotations'
import { completeView, readDeckView, type DeckView } from '@/core/deck'
import { env as baseEnv, page, views } from './fixture'

const note = (id: string, part: Partial<Annotation>): Annotation => ({ id, text: '备注', township: null, year: null, indicator: null, editedAt: 1, ...part })
const annotations: Annotation[] = [
  note('a', { township: '第3镇', year: 2024, text: '收回执法事项' }),
  note('b', { year: 2024, text: '数据口径变化' }),
  note('c', { township: '第5镇', year: 2024, indicator: 'enforcement_cert_rate', text: '持证人数含借调人员' }),
  note('d', { township: '第7镇', year: 2023, text: '上年的备注' }),
  note('e', { township: '第9镇', year: 2024, indicator: 'penalty_cases', text: '另一项指标的备注' }),
]
const env = (list: readonly Annotation[] = annotations) => { const e = baseEnv(); return catalogEnv({ ...e.data, annotations: list }, e.text) }
const view = (name: string) => views.find(([n]) => n === name)![1]
const frame = { width: 1600, height: 900, labels: { unit: '单位', year: '年度', normalization: '口径', source: '来源', exported: '导出于' }, date: null }
/** Every string in an option (functions called with a first item), to look for words. */
const strings = (option: unknown): string => JSON.stringify(option, (_, v: unknown) => (typeof v === 'function' ? String((v as (p: unknown) => unknown)('第3镇')) : v))

describe('the notes a chart shows', () => {
  it.each<[string, string[]]>([
    ['ranking', ['① 数据口径变化', '② 第3镇：收回执法事项', '③ 第5镇：持证人数含借调人员']],
    ['ranking per 10,000 residents', ['① 数据口径变化', '② 第3镇：收回执法事项', '③ 第9镇：另一项指标的备注']],
    // One column with figures (the others are empty or neutral and left out): its indicator goes unsaid; penalty_cases is not a column.
    ['heatmap', ['① 数据口径变化', '② 第3镇：收回执法事项', '③ 第5镇：持证人数含借调人员']],
    ['heatmap of a registry group', ['① 数据口径变化', '② 第3镇：收回执法事项', '③ 第5镇：持证人数含借调人员']],
    ['trend', ['① 2024：数据口径变化', '② 第3镇 · 2024：收回执法事项', '③ 第5镇 · 2024：持证人数含借调人员', '④ 第7镇 · 2023：上年的备注']],
    ['scatter', []],
  ])('%s lists %j in its footer and speaker notes', (name, items) => {
    const entry = chartEntry(view(name), env())!
    expect((entry.annotations ?? []).map(n => n.id).length).toBe(items.length)
    expect(entry.context.annotations ?? []).toEqual(items.map((item, i) => (i === 0 ? `备注：${item}` : item)))
    for (const item of items) expect(entry.notes.split('\n')).toContain(`备注 ${item}`)
  })

  it('draws nothing of notes without any', () => {
    const plain = chartEntry(view('ranking'), env([]))!
    expect(plain.annotations).toBeUndefined()
    expect(strings(plain.build(screenTheme))).not.toContain('{note|')
  })
})

describe('the marks on the chart', () => {
  it('ranking: the township\'s value label ends with its marker, its tooltip has the text (escaped)', () => {
    const hostile = [note('x', { township: '第3镇', year: 2024, text: '<img src=x onerror=alert(1)>' })]
    const entry = chartEntry(view('ranking'), env(hostile))!
    const option = entry.build(screenTheme)
    const bars = (option.series as BarSeriesOption[])[0]!
    const rows = (option.yAxis as { data: { value: string }[] }).data.map(d => d.value)
    const labels = (bars.data as ({ label: { formatter: string } } | null)[]).map(d => d?.label.formatter ?? '')
    expect(labels.filter(l => l.includes('{note|'))).toEqual([expect.stringMatching(/ \{note\|①\}$/u)])
    expect(labels[rows.indexOf('第3镇')]).toContain('{note|①}')
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ seriesIndex: 0, dataIndex: rows.indexOf('第3镇') })
    expect(tooltip).toContain('① &lt;img src=x onerror=alert(1)&gt;')
    expect(tooltip).not.toContain('<img')
  })

  it('trend: a year\'s note is a line at the year, a drawn township\'s a pin on its point', () => {
    const option = chartEntry(view('trend'), env())!.build(screenTheme)
    const series = option.series as LineSeriesOption[]
    const median = series[2]!
    expect(median.markLine?.data).toEqual([{ xAxis: '2023', label: { formatter: '④' } }, { xAxis: '2024', label: { formatter: '①③' } }])
    const drawn = series.find(s => s.name === '第3镇')!
    expect(drawn.markPoint?.data).toEqual([expect.objectContaining({ coord: ['2024', expect.any(Number)], value: '②' })])
  })

  it('heatmap: a note of a township and an indicator marks its cell, one of a township its row label', () => {
    const option = chartEntry(view('heatmap'), env())!.build(screenTheme)
    const series = option.series as HeatmapSeriesOption[]
    const marked = series.flatMap(s => (s.data as { value: number[], label: { formatter: string }, itemStyle?: unknown }[]).filter(d => d.itemStyle))
    expect(marked.map(d => d.label.formatter)).toEqual([expect.stringMatching(/ ③$/u)])
    const rowLabel = (option.yAxis as { axisLabel: { formatter: (name: string) => string } }).axisLabel.formatter
    expect([rowLabel('第3镇'), rowLabel('第4镇')]).toEqual(['第3镇 ②', '第4镇'])
  })
})

/** The slide's entry: the panel's deck view, completed with the page's, stored and read back. */
function slideOf(panel: ChartEntry, pageView: DeckView): ChartEntry {
  const stored = JSON.parse(JSON.stringify(completeView(panel.view!, pageView))) as unknown
  return chartEntry(readDeckView(stored)!, env())!
}

describe('one definition for the panel, the slide and the pictures', () => {
  it.each(['ranking', 'heatmap', 'trend'])('%s: the slide and the framed picture carry the same notes as the panel', (name) => {
    const panel = chartEntry(view(name), env())!
    const slide = slideOf(panel, { ...page, ...view(name) } as DeckView)
    expect([slide.notes, slide.context, slide.annotations]).toEqual([panel.notes, panel.context, panel.annotations])
    const picture = strings(exportChartOption(slide, { ...frame, theme: projectorTheme }))
    expect(picture).toMatch(/第3镇( · 2024)?：收回执法事项/u)
    expect(picture).toContain('数据口径变化')
    expect(picture).toBe(strings(exportChartOption(panel, { ...frame, theme: projectorTheme })))
  })
})
