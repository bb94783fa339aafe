// A panel and a slide of the same view draw the same chart: the page computes an entry from its view,
// the panel's 加入演示 stores entry.view (completed with the page's view) in the deck, and the slide
// computes its entry again from the stored view. Both must give the same option, on screen and framed.
import { describe, expect, it } from 'vitest'
import { chartEntry, type ChartEntry } from '@/charts/catalog'
import { exportChartOption } from '@/charts/exportFrame'
import { projectorTheme, screenTheme } from '@/charts/theme'
import { completeView, readDeckView, type DeckView } from '@/core/deck'
import { env, page, views } from './fixture'

/** An option as data: ECharts formatters are functions, compared by what they return for a first item. */
const asData = (option: unknown): string => JSON.stringify(option, (_, v: unknown) => (typeof v === 'function' ? `fn:${String((v as (p: unknown) => unknown)({ dataIndex: 0, seriesIndex: 0, value: [0, 0, 50], data: {} }))}` : v))

/** The slide's entry: the panel's deck view, completed with the page's, stored (as JSON) and read back. */
function slideOf(panel: ChartEntry, pageView: DeckView): ChartEntry | null {
  const stored = JSON.parse(JSON.stringify(completeView(panel.view!, pageView))) as unknown
  const view = readDeckView(stored)
  return view ? chartEntry(view, env()) : null
}

const frame = { width: 1600, height: 900, labels: { unit: '单位', year: '年度', normalization: '口径', source: '来源', exported: '导出于' }, date: null }

describe('a panel and a slide of the same view', () => {
  it.each(views)('%s: the slide draws the panel’s option, on screen and at slide size', (_, view) => {
    const panel = chartEntry(view, env())!
    const slide = slideOf(panel, view)!
    expect(slide.kind).toBe(panel.kind)
    expect([slide.title, slide.subtitle, slide.notes]).toEqual([panel.title, panel.subtitle, panel.notes])
    expect(slide.context).toEqual(panel.context)
    for (const theme of [screenTheme, projectorTheme]) expect(asData(slide.build(theme))).toBe(asData(panel.build(theme)))
    expect(asData(exportChartOption(slide, frame))).toBe(asData(exportChartOption(panel, frame)))
  })

  it.each(views)('%s: the slide and the panel say what the colours mean with the same legend', (_, view) => {
    const panel = chartEntry(view, env())!
    const slide = slideOf(panel, view)!
    expect(slide.legend).toEqual(panel.legend)
    const words = (option: { graphic?: unknown }) => ((option.graphic ?? []) as { id?: string, children?: { type: string, style: { text: string } }[] }[])
      .filter(g => String(g.id).startsWith('legend-')).flatMap(g => g.children ?? []).filter(c => c.type === 'text').map(c => c.style.text)
    const want = (panel.legend ?? []).map(l => l.label)
    for (const option of [panel.build(screenTheme), slide.build(projectorTheme), exportChartOption(slide, frame), exportChartOption(panel, frame)]) expect(words(option)).toEqual(want)
  })

  it.each(views)('%s: the option has something to draw', (_, view) => {
    const option = chartEntry(view, env())!.build(screenTheme) as { series?: unknown[] }
    expect(option.series?.length ?? 0).toBeGreaterThan(0)
  })

  it('a small multiple goes to the deck as the full ranking of its indicator', () => {
    const compact = chartEntry({ ...page, chart: 'ranking', indicators: ['penalty_cases'], options: { compact: 'true', orderBy: 'enforcement_cert_rate' } }, env())!
    const full = chartEntry({ ...page, chart: 'ranking', indicators: ['penalty_cases'], options: {} }, env())!
    expect(compact.title).not.toBe(full.title)
    expect(asData(slideOf(compact, page as DeckView)!.build(projectorTheme))).toBe(asData(full.build(projectorTheme)))
  })

  it('on screen the heatmap scrolls past 40 rows; a picture of it draws all 45', () => {
    const heatmap = chartEntry(views[3]![1], env())!
    expect(heatmap.rows).toBe(45)
    expect(heatmap.build(screenTheme).dataZoom).toBeDefined()
    expect(heatmap.build(projectorTheme, { width: 1920, height: 1080, top: 100, bottom: 60 }).dataZoom).toBeUndefined()
  })
})
