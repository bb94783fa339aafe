// The slide show's type, measured from the chart options it draws at 1024×768 and 1920×1080: labels at
// least 3 % of the screen height, heatmap cells 2.8 %, titles 5 %, footers 2.5 %; a chart whose rows do
// not fit is split over two slides or shows its first and last rows with a note — never smaller type.
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { chartEntry, type ChartEntry } from '@/charts/catalog'
import { slideParts, type SlideOptions } from '@/charts/catalog/slides'
import { exportChartOption, type ExportSize } from '@/charts/exportFrame'
import { SLIDE_TYPE, slideTheme } from '@/charts/theme'
import { env, views } from './fixture'

const labels = { unit: '单位', year: '年度', normalization: '口径', source: '数据来源', exported: '导出于', credit: '乡镇法治建设指标看板 · 示例县' }
const opts: SlideOptions = { labels, footerInset: 300, words: { part: (title, n, total) => `${title}（${n}/${total}）`, topBottom: (n, total) => `共 ${total} 个，仅显示前 ${n} 个和后 ${n} 个` } }
const screens: ExportSize[] = [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]
const slide = (entry: ChartEntry, size: ExportSize) => exportChartOption(entry, { ...size, labels, date: null, footerInset: opts.footerInset, theme: slideTheme(size) })

interface Sized { fontSize?: number, show?: boolean }
const list = (v: unknown): Record<string, unknown>[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as Record<string, unknown>[]
/** Every type size of the chart's labels: axis labels, axis names, legend, bar and point labels (not the frame). */
function labelSizes(option: EChartsOption): { where: string, size: number }[] {
  const out: { where: string, size: number }[] = []
  const add = (where: string, style: unknown) => { const s = style as Sized | undefined; if (s && s.show !== false && typeof s.fontSize === 'number') out.push({ where, size: s.fontSize }) }
  for (const key of ['xAxis', 'yAxis'] as const) for (const axis of list(option[key])) { add(`${key} label`, axis.axisLabel); add(`${key} name`, axis.nameTextStyle) }
  for (const l of list(option.legend)) add('legend', l.textStyle)
  for (const r of list(option.radar)) add('radar axis', r.axisName)
  for (const s of list(option.series)) if (s.type !== 'heatmap') add(`${String(s.type)} label`, s.label)
  for (const text of legendTexts(option)) add(`legend ${String(text.text)}`, text)
  return out
}
/** The words of the colour legend the chart draws (graphic groups legend-0, legend-1 …). */
function legendTexts(option: EChartsOption): Record<string, unknown>[] {
  const groups = list(option.graphic).filter(g => String(g.id).startsWith('legend-'))
  return groups.flatMap(g => list(g.children)).filter(c => c.type === 'text').map(c => c.style as Record<string, unknown>)
}
const frameSize = (option: EChartsOption, id: string) => (list(option.title).find(t => t.id === id)?.textStyle as Sized | undefined)?.fontSize

describe.each(screens)('the slide show at $width×$height', (size) => {
  const h = size.height
  it.each(views)('%s: labels ≥ 3 %, title ≥ 5 %, footer ≥ 2.5 % of the screen height', (_, view) => {
    for (const part of slideParts(chartEntry(view, env())!, size, opts)) {
      const option = slide(part, size)
      const sizes = labelSizes(option)
      expect(sizes.length).toBeGreaterThan(0)
      for (const { where, size: px } of sizes) expect(px, where).toBeGreaterThanOrEqual(h * SLIDE_TYPE.label)
      expect(frameSize(option, 'export-title')).toBeGreaterThanOrEqual(h * SLIDE_TYPE.title)
      expect(frameSize(option, 'export-footer')).toBeGreaterThanOrEqual(h * SLIDE_TYPE.footer)
      for (const s of list(option.series).filter(s => s.type === 'heatmap')) expect((s.label as Sized).fontSize).toBeGreaterThanOrEqual(h * SLIDE_TYPE.cell)
    }
  })

  it.each(views.filter(([, v]) => v.chart === 'ranking'))('%s: the legend of its colours is on every slide, its words ≥ 3 % of the screen height', (_, view) => {
    const entry = chartEntry(view, env())!
    expect(entry.legend?.length).toBeGreaterThan(0)
    for (const part of slideParts(entry, size, opts)) {
      const texts = legendTexts(slide(part, size))
      expect(texts.map(t => t.text)).toEqual(entry.legend!.map(l => l.label))
      for (const t of texts) expect(t.fontSize).toBeGreaterThanOrEqual(h * SLIDE_TYPE.label)
    }
  })

  it.each(views.filter(([, v]) => ['ranking', 'heatmap', 'outcome'].includes(v.chart)))('%s: every row of a slide has room for its type', (_, view) => {
    const entry = chartEntry(view, env())!
    const parts = slideParts(entry, size, opts)
    const drawn = parts.reduce((n, p) => n + p.rows, 0)
    expect(parts.length === 1 && drawn < entry.window!.total ? parts[0]!.context.note : 'all rows').toMatch(/all rows|仅显示前/)
    if (parts.length > 1) expect(drawn).toBe(entry.window!.total)
    for (const part of parts) {
      const grid = list(slide(part, size).grid)[0] as { top: number, bottom: number }
      const pitch = (h - grid.top - grid.bottom) / part.rows
      expect(pitch).toBeGreaterThanOrEqual(slideTheme(size).fontSize * 1.2)
    }
  })
})

describe('slideParts', () => {
  it.each(screens)('splits 24 rows over two slides titled 1/2 and 2/2 at $width×$height', (size) => {
    const ranking = chartEntry(views[0]![1], env())!.window!.of([[0, 24]])
    const parts = slideParts(ranking, size, opts)
    expect(parts.map(p => p.title)).toEqual([`${ranking.title}（1/2）`, `${ranking.title}（2/2）`])
    expect(parts.map(p => p.rows)).toEqual([12, 12])
  })

  it('shows the first and last rows with a note where two slides would not hold them', () => {
    const ranking = chartEntry(views[0]![1], env())!
    const [only, ...rest] = slideParts(ranking, { width: 1024, height: 768 }, opts)
    expect(rest).toHaveLength(0)
    expect(only!.context.note).toMatch(/共 45 个，仅显示前 \d+ 个和后 \d+ 个/)
    expect(only!.rows).toBeLessThan(45)
  })

  it('keeps a chart whose rows fit as it is', () => {
    const few = chartEntry(views[0]![1], env())!.window!.of([[0, 8]])
    expect(slideParts(few, { width: 1920, height: 1080 }, opts)).toEqual([few])
  })
})
