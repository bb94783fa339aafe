// The frame of an exported chart: the image says what it shows. Title, unit, year, normalization,
// data source, completeness and export date are drawn into the option itself (title components),
// so a PNG, an SVG, a slide and a PowerPoint picture carry them, and a test can read them. The frame
// is laid out once, from the entry's context; the chart is then built into the band it leaves free.

import type { EChartsOption, GraphicComponentOption, TitleComponentOption } from 'echarts'
import { localDateTime } from '@/core/localDate'
import type { PlotBox } from './common'
import { withDecal } from './decal'
import { estimateTextWidth, packLines } from './textLines'
import { fitThemeToRows, PROJECTOR_HEIGHT, projectorTheme, scaleTheme, type ChartTheme } from './theme'

/** What a chart shows, in the user's language; every field but the title may be absent. */
export interface ExportContext {
  /** As on the page, e.g. 2024 行政执法人员持证率排名（%）. */
  title: string
  /** e.g. %, 件, 件/万人. */
  unit?: string
  year?: number | string | null
  /** The normalization's name (原始数, 每万常住人口); absent where it does not apply. */
  normalization?: string
  /** Where the figures came from, e.g. file names. */
  source?: string
  /** e.g. 23 / 24 个乡镇已报送. */
  completeness?: string
  /** One more remark for the footer, e.g. what is left out. */
  note?: string
  /** The clerk's notes on the chart (备注：① 大同镇：收回执法事项), each its own part of the footer. */
  annotations?: readonly string[]
  /** What the file is called: `2024-{subject}-{kind}.png`. */
  file?: { subject: string, kind: string }
}

/** The words of the frame (i18n stays out of src/charts). */
export interface ExportFrameLabels {
  unit: string
  year: string
  normalization: string
  source: string
  exported: string
  /** `数据截至 2025-01-20` (the newest receipt date), drawn before the export date; left out when unknown. */
  dataAsOf?: string
  /** Who made the picture, e.g. 乡镇法治建设指标看板 · 示例县; last in the footer. */
  credit?: string
  /** Between a label and its value: '：' (default) or ': '. */
  colon?: string
  /** 内部资料 · 县司法局: laid faintly across the picture when set (the watermark setting). */
  watermark?: string
}

export interface ExportSize { width: number, height: number }

/** Export sizes offered, the default first (CSS pixels; the PNG has size × pixel ratio). */
export const EXPORT_SIZES: readonly ExportSize[] = [{ width: 1600, height: 900 }, { width: 1920, height: 1080 }, { width: 1200, height: 800 }]
export const EXPORT_RATIOS: readonly number[] = [1, 2, 3]
export const DEFAULT_EXPORT_RATIO = 2

export interface FrameOptions {
  /** Picture width, px: lines are packed to it. */
  width: number
  /** Sizes and colours of the frame's type. */
  theme: ChartTheme
  labels: ExportFrameLabels
  /** Export date; null leaves it out (a live slide). */
  date: Date | null
  /** false: no title line (a PowerPoint slide sets the title as text). Default true. */
  showTitle?: boolean
  /** Px kept free right of the footer (a slide's number and buttons). */
  footerInset?: number
}

/** `2025-01-05 14:30` in the county's time zone (Asia/Shanghai), whatever the computer's is. */
export function formatExportDate(date: Date): string {
  return localDateTime(date.getTime())
}

export interface FrameText {
  title: string
  /** 单位：% · 年度：2024 · 口径：原始数 ('' when none is known). */
  meta: string
  /** Source, completeness, note, export date, credit; packed into lines. */
  footer: string[]
}

/** The words drawn around the chart. */
export function frameText(context: ExportContext, opts: Pick<FrameOptions, 'labels' | 'date' | 'width' | 'theme' | 'footerInset'>): FrameText {
  const { labels } = opts
  const colon = labels.colon ?? '：'
  const has = (v: string | number | null | undefined): v is string | number => v !== undefined && v !== null && String(v).trim() !== ''
  const meta = [
    has(context.unit) ? `${labels.unit}${colon}${context.unit}` : '',
    has(context.year) ? `${labels.year}${colon}${context.year}` : '',
    has(context.normalization) ? `${labels.normalization}${colon}${context.normalization}` : '',
  ].filter(p => p !== '').join(' · ')
  const parts = [
    has(context.source) ? `${labels.source}${colon}${context.source}` : '',
    context.completeness ?? '',
    context.note ?? '',
    ...(context.annotations ?? []),
    labels.dataAsOf ?? '',
    opts.date ? `${labels.exported} ${formatExportDate(opts.date)}` : '',
    labels.credit ?? '',
  ].filter(p => p.trim() !== '')
  const size = footSize(opts.theme)
  return { title: context.title, meta, footer: packLines(parts, size, footerWidth(opts)) }
}

const padOf = (theme: ChartTheme): number => Math.round(theme.fontSize * 0.8)
const footerWidth = (opts: Pick<FrameOptions, 'width' | 'theme' | 'footerInset'>): number => opts.width - 2 * padOf(opts.theme) - (opts.footerInset ?? 0)
const metaSize = (theme: ChartTheme): number => Math.max(theme.footerFontSize ?? 0, Math.round(theme.fontSize * 0.85))
const footSize = (theme: ChartTheme): number => theme.footerFontSize ?? Math.max(11, Math.round(theme.fontSize * 0.72))

export interface FrameLayout {
  text: FrameText
  /** Px above the chart taken by the title and meta lines. */
  header: number
  /** Px below the chart taken by the footer. */
  footer: number
  titleLines: number
}

/** The frame of a context at a size, laid out once: its words, and the heights of its header and footer. */
export function layoutFrame(context: ExportContext, opts: FrameOptions): FrameLayout {
  const text = frameText(context, opts)
  const { theme } = opts
  const pad = padOf(theme)
  const showTitle = opts.showTitle !== false && text.title !== ''
  const titleLines = showTitle ? Math.min(2, Math.max(1, Math.ceil(estimateTextWidth(text.title, theme.titleFontSize) / (opts.width - 2 * pad)))) : 0
  const header = pad + titleLines * theme.titleFontSize * 1.3 + (text.meta ? metaSize(theme) * 1.6 : 0) + pad * 0.5
  const footer = text.footer.length * footSize(theme) * 1.45 + pad * 0.8
  return { text, header: Math.round(header), footer: Math.round(footer), titleLines }
}

/** The band a framed chart is built into: the picture less the frame's header and footer. */
export const plotBox = (size: ExportSize, layout: FrameLayout): PlotBox => ({ width: size.width, height: size.height, top: layout.header, bottom: layout.footer })

/** The frame's title components: title, meta line (unit, year, normalization) and footer lines. */
export function frameTitles(layout: FrameLayout, opts: Pick<FrameOptions, 'width' | 'theme' | 'footerInset'>): TitleComponentOption[] {
  const { theme, width } = opts
  const { text } = layout
  const pad = padOf(theme)
  const line = { width: width - 2 * pad, overflow: 'truncate' as const, ellipsis: '…' }
  const style = { fontWeight: 'normal' as const, color: theme.colors.text, fontFamily: theme.fontFamily }
  const titles: TitleComponentOption[] = []
  if (layout.titleLines > 0) {
    titles.push({ id: 'export-title', text: text.title, left: pad, top: pad, padding: 0, textStyle: { ...line, ...style, overflow: 'break', fontSize: theme.titleFontSize, lineHeight: Math.round(theme.titleFontSize * 1.3), fontWeight: 'bold' } })
  }
  if (text.meta) {
    titles.push({ id: 'export-meta', text: text.meta, left: pad, top: pad + layout.titleLines * theme.titleFontSize * 1.3 + metaSize(theme) * 0.2, padding: 0, textStyle: { ...line, ...style, fontSize: metaSize(theme) } })
  }
  if (text.footer.length > 0) {
    titles.push({ id: 'export-footer', text: text.footer.join('\n'), left: pad, bottom: Math.round(pad * 0.5), padding: 0, textStyle: { ...line, ...style, width: footerWidth(opts), fontSize: footSize(theme), lineHeight: Math.round(footSize(theme) * 1.45), color: theme.colors.mutedText } })
  }
  return titles
}

/**
 * The watermark's texts: faint grey, turned 30° up, tiled over the picture in a staggered grid (about
 * three across and two down at 1600×900) above the chart, so that a cropped picture still carries one.
 */
export function watermarkGraphics(text: string, size: ExportSize, theme: ChartTheme): GraphicComponentOption[] {
  const fontSize = Math.max(14, Math.round(theme.titleFontSize * 1.1))
  const stepX = Math.max(estimateTextWidth(text, fontSize) * 1.25, size.width / 3)
  const stepY = Math.max(fontSize * 5, size.height / 2.5)
  const out: GraphicComponentOption[] = []
  for (let row = 0, y = stepY / 2; y < size.height; row++, y += stepY) {
    for (let x = (row % 2 === 0 ? stepX / 2 : stepX); x < size.width + stepX / 2; x += stepX) {
      out.push({
        type: 'text', id: `watermark-${out.length}`, x, y, rotation: Math.PI / 6, silent: true, z: 100,
        style: { text, fontSize, fontWeight: 'bold', fontFamily: theme.fontFamily, fill: 'rgba(120, 120, 120, 0.18)', align: 'center', verticalAlign: 'middle' },
      })
    }
  }
  return out
}

/** The option with the frame drawn in: its titles before the chart's own, white background, no animation; the watermark over it when given. Not mutated. */
export function withFrame(option: EChartsOption, titles: readonly TitleComponentOption[], watermark: readonly GraphicComponentOption[] = []): EChartsOption {
  const own = option.title === undefined ? [] : Array.isArray(option.title) ? option.title : [option.title]
  const framed: EChartsOption = { ...option, animation: false, backgroundColor: '#FFFFFF', title: [...titles, ...own] }
  if (watermark.length === 0) return framed
  const graphics = option.graphic === undefined ? [] : Array.isArray(option.graphic) ? option.graphic : [option.graphic]
  return { ...framed, graphic: [...graphics, ...watermark] }
}

/** What an export draws: a chart entry's context, rows and builder (any ChartEntry is one). */
export interface ExportSource {
  context: ExportContext
  /** Category rows a picture of the chart draws (bars, heatmap rows); 0 for other charts. */
  rows: number
  /** The option for a theme, drawn into the band a picture's frame leaves free. */
  build: (theme: ChartTheme, box?: PlotBox) => EChartsOption
}

export interface ExportOptions extends ExportSize {
  labels: ExportFrameLabels
  date: Date | null
  /** Theme scaled to the size; the projector theme by default (large type, high contrast). */
  base?: ChartTheme
  /** The theme itself, used as it is (the slide show's: its type is never made smaller). */
  theme?: ChartTheme
  showTitle?: boolean
  /** Decal patterns on bars and series. */
  decal?: boolean
  footerInset?: number
}

/** The base theme scaled to a picture of this size, as a 1920×1080 projector picture would be. */
export function exportTheme(size: ExportSize, base: ChartTheme = projectorTheme): ChartTheme {
  return scaleTheme(base, Math.min(size.width / 1920, size.height / PROJECTOR_HEIGHT))
}

/**
 * The framed option of an export or slide, built once: the frame laid out from the context, the
 * chart built into the band it leaves with the scaled theme (type made smaller only when the rows
 * would not fit otherwise), decals when asked, and the frame's words drawn in.
 */
export function exportChartOption(source: ExportSource, opts: ExportOptions): EChartsOption {
  const theme = opts.theme ?? exportTheme(opts, opts.base)
  const frame = { width: opts.width, theme, labels: opts.labels, date: opts.date, showTitle: opts.showTitle, footerInset: opts.footerInset }
  const layout = layoutFrame(source.context, frame)
  const box = plotBox(opts, layout)
  // The plot's share of the band: less about five lines of axes and legend.
  const chartTheme = opts.theme ? theme : fitThemeToRows(theme, source.rows, opts.height - box.top - box.bottom - theme.fontSize * 5)
  const option = source.build(chartTheme, box)
  const watermark = opts.labels.watermark ? watermarkGraphics(opts.labels.watermark, opts, theme) : []
  return withFrame(opts.decal ? withDecal(option, chartTheme) : option, frameTitles(layout, frame), watermark)
}
