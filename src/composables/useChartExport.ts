// Snapshots of charts: each export is drawn afresh off-screen at the export size (never a copy of the
// on-screen canvas), framed with its context, as PNG (canvas at size × pixel ratio), SVG (ECharts' SVG
// renderer, loaded on first use) or a ZIP of them (fflate, loaded on first use).
import type { EChartsOption } from 'echarts'
import { init } from 'echarts/core'
import { useI18n } from './i18n'
import { exportChartOption, type ExportFrameLabels, type ExportSize, type ExportSource } from '@/charts/exportFrame'
import { chartSafeOption } from '@/charts/safeNames'
import type { ChartTheme } from '@/charts/theme'
import { chartFileName, safeFileStem, uniqueFileNames } from '@/core/fileNames'
import { loadMoreCharts } from '@/composables/echartsModules'
import { downloadBlob } from './useDownload'
import { useExportSettings, watermarkText } from './useExportSettings'

export interface PngSize extends ExportSize {
  /** Device pixels per CSS pixel: the PNG is width × ratio by height × ratio. */
  ratio: number
}

/** A PNG data URL of the option drawn on a detached canvas of the given size; the chart is disposed after. */
export function renderPngDataUrl(option: EChartsOption, { width, height, ratio }: PngSize): string {
  const el = document.createElement('div')
  el.style.width = `${width}px`
  el.style.height = `${height}px`
  const chart = init(el, undefined, { renderer: 'canvas', width, height, devicePixelRatio: ratio })
  try {
    chart.setOption(chartSafeOption(option), { notMerge: true, lazyUpdate: false })
    return chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: '#FFFFFF' })
  } finally {
    chart.dispose()
  }
}

/**
 * A PNG of the option drawn on a detached canvas of the given size. The bitmap is copied when
 * toBlob is called, so the chart is disposed at once while the browser encodes off the main thread.
 */
export function renderPngBlob(option: EChartsOption, { width, height, ratio }: PngSize): Promise<Blob> {
  const el = document.createElement('div')
  const chart = init(el, undefined, { renderer: 'canvas', width, height, devicePixelRatio: ratio })
  let canvas: HTMLCanvasElement
  try {
    chart.setOption(chartSafeOption(option), { notMerge: true, lazyUpdate: false })
    canvas = chart.renderToCanvas({ pixelRatio: ratio, backgroundColor: '#FFFFFF' })
  } catch (e) {
    chart.dispose()
    return Promise.reject(e instanceof Error ? e : new Error(String(e)))
  }
  const blob = new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(b => (b ? resolve(b) : reject(new Error(`PNG of ${width}×${height} at ${ratio}× could not be encoded`))), 'image/png')
  })
  chart.dispose()
  return blob
}

let svgRenderer: Promise<void> | undefined

/** The option as an SVG document at the given size (the SVG renderer is registered on first use). */
export async function renderSvgString(option: EChartsOption, { width, height }: ExportSize): Promise<string> {
  svgRenderer ??= import('@/composables/echartsSvg').then(() => undefined)
  await svgRenderer
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(chartSafeOption(option), { notMerge: true, lazyUpdate: false })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** One file of a ZIP: PNGs are stored as they are (already compressed), text is deflated. */
export interface ZipEntry { name: string, data: Uint8Array }

/** A ZIP of the entries (names made unique); fflate is loaded on first use. */
export async function zipBlob(entries: readonly ZipEntry[]): Promise<Blob> {
  const { zipSync } = await import('fflate')
  const names = uniqueFileNames(entries.map(e => e.name))
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {}
  entries.forEach((e, i) => { files[names[i] ?? e.name] = [e.data, { level: e.name.endsWith('.png') ? 0 : 6 }] })
  const bytes = zipSync(files)
  return new Blob([bytes.buffer as ArrayBuffer], { type: 'application/zip' })
}

/** Lets the browser paint (progress text) between two pictures of a batch. */
const nextTask = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 0))

export interface BatchProgress { done: number, total: number }

/** Exports in the user's language with the shared settings: framed options, file names, PNG, SVG, ZIP. */
export function useChartExport() {
  const { t } = useI18n()
  const { settings, exportSize, context } = useExportSettings()

  const labels = (): ExportFrameLabels => ({
    unit: t('present.frame.unit'), year: t('present.frame.year'), normalization: t('present.frame.normalization'),
    source: t('present.frame.source'), exported: t('present.frame.exported'),
    dataAsOf: dataAsOf() ?? undefined,
    credit: t('present.frame.credit', { app: t('app.title'), county: context.county }), colon: t('present.frame.colon'),
    watermark: watermark() ?? undefined,
  })

  /** `内部资料 · 县司法局` when the watermark is on, else null. */
  const watermark = (): string | null => watermarkText(settings, kind => t(`office.watermark.${kind}`))

  /** "数据截至 …" of the loaded data, or null when no receipt date is known (the sample). */
  function dataAsOf(): string | null {
    const date = context.dataAsOf()
    return date === null ? null : t('app.dataAsOf', { date })
  }

  /** The framed option of a source at a size; today's date unless told otherwise (null: none, for live slides). */
  function framed(source: ExportSource, size: ExportSize, opts: { showTitle?: boolean, date?: Date | null, footerInset?: number, theme?: ChartTheme } = {}): EChartsOption {
    return exportChartOption(source, { ...size, labels: labels(), date: opts.date === undefined ? new Date() : opts.date, decal: settings.decal, showTitle: opts.showTitle, footerInset: opts.footerInset, theme: opts.theme })
  }

  /** `2024-行政执法人员持证率-排名.png`, or the title made safe when the source has no file parts. */
  function fileName(source: ExportSource, extension: string): string {
    const { file, year, title } = source.context
    if (file) return chartFileName({ year, subject: file.subject, kind: file.kind }, extension)
    return chartFileName({ subject: title }, extension)
  }

  function pngDataUrl(source: ExportSource, size: ExportSize = exportSize(), ratio = settings.ratio, opts: { showTitle?: boolean } = {}): string {
    return renderPngDataUrl(framed(source, size, opts), { ...size, ratio })
  }

  async function png(source: ExportSource): Promise<{ name: string, blob: Blob }> {
    const size = exportSize()
    await loadMoreCharts()
    return { name: fileName(source, 'png'), blob: await renderPngBlob(framed(source, size), { ...size, ratio: settings.ratio }) }
  }

  async function svg(source: ExportSource): Promise<{ name: string, blob: Blob }> {
    const size = exportSize()
    await loadMoreCharts()
    const text = await renderSvgString(framed(source, size), size)
    return { name: fileName(source, 'svg'), blob: new Blob([text], { type: 'image/svg+xml;charset=utf-8' }) }
  }

  /** A ZIP with a PNG of each source (and an SVG when the settings say so), in order. */
  async function zip(sources: readonly ExportSource[], onProgress?: (p: BatchProgress) => void): Promise<{ blob: Blob, files: number }> {
    const size = exportSize()
    await loadMoreCharts()
    // Pictures are drawn one after another; their PNG encoding runs in the background meanwhile.
    const files: Promise<ZipEntry>[] = []
    for (const [i, source] of sources.entries()) {
      onProgress?.({ done: i, total: sources.length })
      await nextTask()
      const name = fileName(source, 'png')
      files.push(renderPngBlob(framed(source, size), { ...size, ratio: settings.ratio }).then(async blob => ({ name, data: new Uint8Array(await blob.arrayBuffer()) })))
      if (settings.withSvg) files.push(renderSvgString(framed(source, size), size).then(text => ({ name: fileName(source, 'svg'), data: new TextEncoder().encode(text) })))
    }
    const entries = await Promise.all(files)
    onProgress?.({ done: sources.length, total: sources.length })
    return { blob: await zipBlob(entries), files: entries.length }
  }

  return { settings, exportSize, context, dataAsOf, watermark, labels, framed, fileName, pngDataUrl, png, svg, zip, download: downloadBlob, safeName: safeFileStem }
}
