import * as echarts from 'echarts'
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import type { PlotBox } from '@/charts/common'
import { exportChartOption, formatExportDate, frameText, layoutFrame, withFrame, type ExportContext, type ExportFrameLabels, type ExportSource } from '@/charts/exportFrame'
import { rankingBarOption } from '@/charts/rankingBar'
import { projectorTheme, screenTheme, type ChartTheme } from '@/charts/theme'
import { HOSTILE, part } from './optionParts'

const labels: ExportFrameLabels = { unit: '单位', year: '年度', normalization: '口径', source: '数据来源', exported: '导出于', credit: '乡镇法治建设指标看板 · 示例县' }
const context: ExportContext = {
  title: '2024 行政执法人员持证率排名（%）', unit: '%', year: 2024, normalization: '原始数',
  source: '示例县-2024.csv', completeness: '23 / 24 个乡镇已报送', file: { subject: '行政执法人员持证率', kind: '排名' },
}
const date = new Date(2025, 0, 5, 14, 30)
const size = { width: 1600, height: 900 }

const ranking = (rows: number) => (theme: ChartTheme, box?: PlotBox): EChartsOption => rankingBarOption({
  rows: Array.from({ length: rows }, (_, i) => ({ township: `${i}镇`, value: 100 - i, rank: i + 1 })),
  indicator: { direction: 'higher_better', label_zh: '持证率' }, unit: '%', mean: 90, median: 91, missingLabel: '未报送',
  labels: { mean: '平均', median: '中位数', rank: '排名', value: '数值', noData: '暂无数据' }, box,
}, theme)
const source = (rows: number, ctx: ExportContext = context): ExportSource => ({ context: ctx, rows, build: ranking(rows) })

/** Every text of the frame's title components, one string. */
function frameTexts(option: EChartsOption): string {
  const titles = Array.isArray(option.title) ? option.title : [option.title]
  return titles.map(t => (t as { text?: string } | undefined)?.text ?? '').join('\n')
}

function renderSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(option)
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

describe('the export frame', () => {
  const framed = exportChartOption(source(5), { ...size, labels, date, base: projectorTheme })

  it.each([
    ['title', '2024 行政执法人员持证率排名（%）'],
    ['unit', '单位：%'],
    ['year', '年度：2024'],
    ['normalization', '口径：原始数'],
    ['source', '数据来源：示例县-2024.csv'],
    ['completeness', '23 / 24 个乡镇已报送'],
    ['export date', '导出于 2025-01-05 14:30'],
    ['credit', '示例县'],
  ])('draws the %s into the option', (_, text) => {
    expect(frameTexts(framed)).toContain(text)
  })

  it('switches animation off and paints a white background', () => {
    expect(framed.animation).toBe(false)
    expect(framed.backgroundColor).toBe('#FFFFFF')
  })

  it('builds the plot below the title and above the footer, in the band the frame leaves', () => {
    const layout = layoutFrame(context, { width: size.width, theme: projectorTheme, labels, date })
    const grid = part(exportChartOption(source(5), { ...size, labels, date, base: projectorTheme }), 'grid')
    expect(layout.header).toBeGreaterThan(projectorTheme.titleFontSize)
    expect(grid.top).toBeGreaterThanOrEqual(layout.header)
    expect(grid.bottom).toBeGreaterThanOrEqual(layout.footer)
  })

  it('leaves out what the context does not know', () => {
    const bare = exportChartOption(source(2, { title: '标题' }), { ...size, labels: { ...labels, credit: undefined }, date: null, base: screenTheme })
    expect(frameTexts(bare)).toBe('标题')
  })

  it('leaves the title out for a PowerPoint picture but keeps the context', () => {
    const noTitle = exportChartOption(source(2), { ...size, labels, date, showTitle: false })
    expect(frameTexts(noTitle)).not.toContain('排名（%）')
    expect(frameTexts(noTitle)).toContain('数据来源')
  })

  it('does not mutate the option it frames', () => {
    const option = ranking(3)(projectorTheme)
    const copy = JSON.stringify(option)
    withFrame(option, [{ text: '标题' }])
    expect(JSON.stringify(option)).toBe(copy)
  })

  it('builds the chart once', () => {
    let builds = 0
    exportChartOption({ ...source(40), build: (theme, box) => { builds += 1; return ranking(40)(theme, box) } }, { ...size, labels, date })
    expect(builds).toBe(1)
  })

  it('renders through ECharts with the title as text and a hostile name inert', () => {
    const svg = renderSvg(exportChartOption(source(3, { ...context, source: HOSTILE }), { ...size, labels, date }), 1600, 900)
    expect(svg).toContain('行政执法人员持证率排名')
    expect(svg).not.toContain('<img')
  })
})

describe('frameText', () => {
  it('packs footer parts onto one line when they fit and onto more when they do not', () => {
    const wide = frameText(context, { labels, date, width: 1920, theme: projectorTheme })
    const narrow = frameText({ ...context, source: '很长的文件名'.repeat(12) }, { labels, date, width: 1200, theme: projectorTheme })
    expect(wide.footer).toHaveLength(1)
    expect(narrow.footer.length).toBeGreaterThan(1)
  })

  it.each([1024, 1600])('breaks a note wider than a %i px picture over lines, so no word of it is truncated', (width) => {
    const note = `备注：① 大同镇：${'收回执法事项'.repeat(10)}`
    const text = frameText({ ...context, annotations: [note, '② 数据口径变化'] }, { labels, date: null, width, theme: projectorTheme })
    const fontSize = projectorTheme.footerFontSize ?? Math.max(11, Math.round(projectorTheme.fontSize * 0.72))
    expect(text.footer.join('').replaceAll(' · ', '')).toContain(`${note}② 数据口径变化`)
    for (const line of text.footer) expect([...line].length * fontSize).toBeLessThanOrEqual(width)
  })
})

describe('formatExportDate', () => {
  it('writes local date and time with leading zeros', () => {
    expect(formatExportDate(new Date(2024, 8, 3, 7, 5))).toBe('2024-09-03 07:05')
  })
})

describe('exportChartOption', () => {
  const opts = { ...size, labels, date }

  it('rebuilds with the projector theme scaled to the picture (24 px at 1080 rows)', () => {
    const option = exportChartOption(source(5), { ...opts, width: 1920, height: 1080 })
    expect(part(option, 'yAxis').axisLabel.fontSize).toBe(24)
  })

  it('makes type smaller only when the rows would not fit', () => {
    const few = exportChartOption(source(5), opts)
    const many = exportChartOption(source(40), opts)
    expect(part(many, 'yAxis').axisLabel.fontSize).toBeLessThan(part(few, 'yAxis').axisLabel.fontSize)
    expect(part(many, 'yAxis').axisLabel.fontSize).toBeGreaterThanOrEqual(12)
  })

  it('adds decal patterns when asked', () => {
    const option = exportChartOption(source(3), { ...opts, decal: true })
    expect((option.aria as { decal?: { show?: boolean } }).decal?.show).toBe(true)
  })
})

describe('frame words', () => {
  it('joins label and value with the locale’s colon', () => {
    const text = frameText({ title: 'T', unit: '%' }, { labels: { ...labels, unit: 'Unit', colon: ': ' }, date: null, width: 1600, theme: projectorTheme })
    expect(text.meta).toBe('Unit: %')
  })
})
