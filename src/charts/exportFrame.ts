// The frame of an exported chart: the image says what it shows. Title, unit, year, normalization,
// data source, completeness and export date are drawn into the option itself (title components),
// so a PNG, an SVG, a slide and a PowerPoint picture carry them, and a test can read them.

import type { EChartsOption } from 'echarts'
import { withDecal } from './decal'
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
  /** Who made the picture, e.g. 乡镇法治建设指标看板 · 示例县; last in the footer. */
  credit?: string
  /** Between a label and its value: '：' (default) or ': '. */
  colon?: string
}

export interface ExportSize { width: number, height: number }

/** Export sizes offered, the default first (CSS pixels; the PNG has size × pixel ratio). */
export const EXPORT_SIZES: readonly ExportSize[] = [{ width: 1600, height: 900 }, { width: 1920, height: 1080 }, { width: 1200, height: 800 }]
export const EXPORT_RATIOS: readonly number[] = [1, 2, 3]
export const DEFAULT_EXPORT_RATIO = 2

export interface FrameOptions extends ExportSize {
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

type Box = Record<string, unknown>

const two = (n: number): string => String(n).padStart(2, '0')

/** `2025-01-05 14:30` in the local time zone. */
export function formatExportDate(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`
}

/** Rough width of a text in px: CJK and full-width characters take one em, others about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const ch of text) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 1 : 0.6
  return ems * fontSize
}

/** Parts packed greedily into lines joined by ' · ', each at most `width` px wide where possible. */
function packLines(parts: readonly string[], fontSize: number, width: number): string[] {
  const lines: string[] = []
  for (const part of parts) {
    const last = lines.at(-1)
    if (last !== undefined && estimateTextWidth(`${last} · ${part}`, fontSize) <= width) lines[lines.length - 1] = `${last} · ${part}`
    else lines.push(part)
  }
  return lines
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
    opts.date ? `${labels.exported} ${formatExportDate(opts.date)}` : '',
    labels.credit ?? '',
  ].filter(p => p.trim() !== '')
  const size = footSize(opts.theme)
  return { title: context.title, meta, footer: packLines(parts, size, footerWidth(opts)) }
}

const padOf = (theme: ChartTheme): number => Math.round(theme.fontSize * 0.8)
const footerWidth = (opts: Pick<FrameOptions, 'width' | 'theme' | 'footerInset'>): number => opts.width - 2 * padOf(opts.theme) - (opts.footerInset ?? 0)
const metaSize = (theme: ChartTheme): number => Math.round(theme.fontSize * 0.85)
const footSize = (theme: ChartTheme): number => Math.max(11, Math.round(theme.fontSize * 0.72))

export interface FrameLayout {
  /** Px above the chart taken by the title and meta lines. */
  header: number
  /** Px below the chart taken by the footer. */
  footer: number
  titleLines: number
}

/** Heights of the frame's header and footer for a context at a size. */
export function frameLayout(text: FrameText, opts: Pick<FrameOptions, 'width' | 'theme' | 'showTitle'>): FrameLayout {
  const { theme } = opts
  const pad = padOf(theme)
  const showTitle = opts.showTitle !== false && text.title !== ''
  const titleLines = showTitle ? Math.min(2, Math.max(1, Math.ceil(estimateTextWidth(text.title, theme.titleFontSize) / (opts.width - 2 * pad)))) : 0
  const header = pad + titleLines * theme.titleFontSize * 1.3 + (text.meta ? metaSize(theme) * 1.6 : 0) + pad * 0.5
  const footer = text.footer.length * footSize(theme) * 1.45 + pad * 0.8
  return { header: Math.round(header), footer: Math.round(footer), titleLines }
}

const asList = (value: unknown): Box[] => (value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]) as Box[])

/** A position (number, '12%', '12px', '12') as px of `total`; undefined for keywords and absent values. */
function px(value: unknown, total: number): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value !== 'string') return undefined
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(%|px)?\s*$/.exec(value)
  if (!m) return undefined
  const n = Number(m[1])
  return m[2] === '%' ? (n * total) / 100 : n
}

/**
 * Moves a box positioned by top/bottom clear of the header and footer. A box with neither gets the
 * fallback sides; a grid (`eachSide`) gets each missing side from the fallback on its own.
 */
function shiftBox(box: Box, header: number, footer: number, height: number, fallback: { top?: number, bottom?: number }, eachSide = false): Box {
  const out: Box = { ...box }
  const top = px(box.top, height)
  const bottom = px(box.bottom, height)
  if (top !== undefined) out.top = top + header
  if (bottom !== undefined) out.bottom = bottom + footer
  const unplaced = box.top === undefined && box.bottom === undefined
  if (box.top === undefined && fallback.top !== undefined && (eachSide || unplaced)) out.top = fallback.top + header
  if (box.bottom === undefined && fallback.bottom !== undefined && (eachSide || unplaced)) out.bottom = fallback.bottom + footer
  return out
}

/** The radar's centre and radius in px inside the band between header and footer. */
function shiftRadar(box: Box, header: number, footer: number, size: ExportSize): Box {
  const band = size.height - header - footer
  const center = Array.isArray(box.center) ? box.center : ['50%', '50%']
  const cy = px(center[1], band) ?? band / 2
  const radius = px(box.radius, Math.min(size.width, band) / 2) ?? Math.min(size.width, band) * 0.375
  return { ...box, center: [center[0] ?? '50%', header + cy], radius }
}

/** Vertical zoom sliders run beside the plot; horizontal ones sit above the footer. */
function shiftZoom(box: Box, header: number, footer: number, height: number, grid: Box | undefined): Box {
  if (box.type !== 'slider') return box
  const vertical = box.orient === 'vertical' || box.yAxisIndex !== undefined
  if (!vertical) return shiftBox(box, header, footer, height, { bottom: 8 })
  // The grid passed in is already shifted: its edges are where the plot is.
  const gridTop = px(grid?.top, height) ?? header + 60
  const gridBottom = px(grid?.bottom, height) ?? footer + 60
  const top = px(box.top, height)
  const bottom = px(box.bottom, height)
  return { ...box, top: top === undefined ? gridTop : top + header, bottom: bottom === undefined ? gridBottom : bottom + footer }
}

/**
 * The option framed for export at `width` × `height`: title, meta line (unit, year, normalization)
 * and footer (source, completeness, note, export date, credit) drawn as title components; every
 * positioned component moved clear of them; white background and no animation. Not mutated.
 */
export function exportFrame(option: EChartsOption, context: ExportContext, opts: FrameOptions): EChartsOption {
  const { theme, width, height } = opts
  const text = frameText(context, opts)
  const layout = frameLayout(text, opts)
  const { header, footer } = layout
  const pad = padOf(theme)
  const line = { width: width - 2 * pad, overflow: 'truncate' as const, ellipsis: '…' }
  const titles: Box[] = []
  if (layout.titleLines > 0) {
    titles.push({ id: 'export-title', text: text.title, left: pad, top: pad, padding: 0, textStyle: { ...line, overflow: 'break', fontSize: theme.titleFontSize, lineHeight: Math.round(theme.titleFontSize * 1.3), fontWeight: 'bold', color: theme.colors.text, fontFamily: theme.fontFamily } })
  }
  if (text.meta) {
    titles.push({ id: 'export-meta', text: text.meta, left: pad, top: pad + layout.titleLines * theme.titleFontSize * 1.3 + metaSize(theme) * 0.2, padding: 0, textStyle: { ...line, fontSize: metaSize(theme), fontWeight: 'normal', color: theme.colors.text, fontFamily: theme.fontFamily } })
  }
  if (text.footer.length > 0) {
    titles.push({ id: 'export-footer', text: text.footer.join('\n'), left: pad, bottom: Math.round(pad * 0.5), padding: 0, textStyle: { ...line, width: footerWidth(opts), fontSize: footSize(theme), lineHeight: Math.round(footSize(theme) * 1.45), fontWeight: 'normal', color: theme.colors.mutedText, fontFamily: theme.fontFamily } })
  }

  const grids = asList(option.grid).map(g => shiftBox(g, header, footer, height, { top: 60, bottom: 60 }, true))
  const out: EChartsOption = {
    ...option,
    animation: false,
    backgroundColor: '#FFFFFF',
    title: [...titles, ...asList(option.title).map(t => (t.top === 'middle' || t.top === 'center' ? t : shiftBox(t, header, footer, height, { top: 0 })))] as EChartsOption['title'],
  }
  if (option.grid !== undefined) out.grid = (Array.isArray(option.grid) ? grids : grids[0]) as EChartsOption['grid']
  if (option.legend !== undefined) out.legend = asList(option.legend).map(l => shiftBox(l, header, footer, height, { top: 0 })) as EChartsOption['legend']
  if (option.visualMap !== undefined) out.visualMap = asList(option.visualMap).map(v => shiftBox(v, header, footer, height, { bottom: 0 })) as EChartsOption['visualMap']
  if (option.dataZoom !== undefined) out.dataZoom = asList(option.dataZoom).map(z => shiftZoom(z, header, footer, height, grids[0])) as EChartsOption['dataZoom']
  if (option.radar !== undefined) out.radar = asList(option.radar).map(r => shiftRadar(r, header, footer, opts)) as EChartsOption['radar']
  return out
}

/** Category rows shown at once on a horizontal chart's y axis (the zoom window when there is one); 0 for other charts. */
export function categoryRows(option: EChartsOption): number {
  const y = asList(option.yAxis)[0]
  if (!y || y.type !== 'category' || !Array.isArray(y.data)) return 0
  let rows = y.data.length
  for (const zoom of asList(option.dataZoom)) {
    if (zoom.yAxisIndex !== undefined && typeof zoom.endValue === 'number') rows = Math.min(rows, zoom.endValue - (typeof zoom.startValue === 'number' ? zoom.startValue : 0) + 1)
  }
  return rows
}

/** What an export draws: a chart entry's context and its builder (any ChartEntry is one). */
export interface ExportSource {
  context: ExportContext
  /** The option for a theme at a picture's size. */
  build: (theme: ChartTheme, size?: ExportSize) => EChartsOption
}

export interface ExportOptions extends ExportSize {
  labels: ExportFrameLabels
  date: Date | null
  /** Theme scaled to the size; the projector theme by default (large type, high contrast). */
  base?: ChartTheme
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
 * The framed option of an export or slide: rebuilt with the scaled theme (type made smaller only
 * when the rows would not fit otherwise), decals when asked, then framed with its context.
 */
export function exportChartOption(source: ExportSource, opts: ExportOptions): EChartsOption {
  const theme = exportTheme(opts, opts.base)
  const { context } = source
  const size = { width: opts.width, height: opts.height }
  const frameOpts: FrameOptions = { ...size, theme, labels: opts.labels, date: opts.date, showTitle: opts.showTitle, footerInset: opts.footerInset }
  const layout = frameLayout(frameText(context, frameOpts), frameOpts)
  let chartTheme = theme
  let option = source.build(theme, size)
  // The plot's share of the picture: less header, footer and about five lines of axes and legend.
  const plot = opts.height - layout.header - layout.footer - theme.fontSize * 5
  const fitted = fitThemeToRows(theme, categoryRows(option), plot)
  if (fitted !== theme) {
    chartTheme = fitted
    option = source.build(fitted, size)
  }
  if (opts.decal) option = withDecal(option, chartTheme)
  return exportFrame(option, context, frameOpts)
}
