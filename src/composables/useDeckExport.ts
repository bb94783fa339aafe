// Batch exports of several charts: one ZIP of pictures, or one PowerPoint deck (title slide, then a
// slide per chart with title, picture and speaker notes). Busy state and messages for the buttons.
import { ref } from 'vue'
import { useI18n } from './i18n'
import type { ExportSource } from '@/charts/exportFrame'
import { safeFileStem } from '@/core/fileNames'
import { localDate } from '@/core/localDate'
import { loadMoreCharts } from '@/composables/echartsModules'
import { useChartExport } from './useChartExport'
import { buildPptx, PPTX_IMAGE } from './pptxFile'

/** A chart of a batch with its speaker notes ('' when none are known): any catalog entry is one. */
export interface SlideSource extends ExportSource {
  notes: string
}

export function useDeckExport() {
  const { t } = useI18n()
  const exporter = useChartExport()
  const busy = ref(false)
  const message = ref('')

  async function run(task: () => Promise<string>): Promise<void> {
    if (busy.value) return
    busy.value = true
    try {
      message.value = await task()
    } catch (e) {
      message.value = t('present.tools.failed', { error: e instanceof Error ? e.message : String(e) })
    } finally {
      busy.value = false
    }
  }

  const progress = (p: { done: number, total: number }) => { message.value = t('present.page.progress', p) }

  /** Downloads `{baseName}.zip` with a PNG (and SVG) of each source. */
  function downloadZip(sources: readonly ExportSource[], baseName: string): Promise<void> {
    return run(async () => {
      if (sources.length === 0) return t('present.page.noCharts')
      const { blob, files } = await exporter.zip(sources, progress)
      const name = `${safeFileStem(baseName)}.zip`
      exporter.download(name, blob)
      return t('present.page.zipDone', { name, count: files })
    })
  }

  /** Downloads `{baseName}.pptx`: title slide (county, year, date), then one slide per source. */
  function downloadPptx(sources: readonly SlideSource[], year: number | null, baseName: string): Promise<void> {
    return run(async () => {
      if (sources.length === 0) return t('present.page.noCharts')
      await loadMoreCharts()
      const slides = []
      for (const [i, s] of sources.entries()) {
        progress({ done: i, total: sources.length })
        await new Promise(resolve => setTimeout(resolve, 0))
        const { title } = s.context
        slides.push({ title, image: exporter.pngDataUrl(s, PPTX_IMAGE, exporter.settings.ratio, { showTitle: false }), altText: title, notes: s.notes })
      }
      progress({ done: sources.length, total: sources.length })
      const blob = await buildPptx({
        title: t('present.pptx.title', { county: exporter.context.county }),
        subtitle: year === null ? t('present.pptx.noYear') : t('present.pptx.subtitle', { year }),
        date: [t('present.pptx.date', { date: localDate(Date.now()) }), exporter.dataAsOf() ?? ''].filter(Boolean).join(' · '),
        credit: t('app.title'),
        slides,
        watermark: exporter.watermark() ?? undefined,
      })
      const name = `${safeFileStem(baseName)}.pptx`
      exporter.download(name, blob)
      return t('present.page.pptxDone', { name, count: slides.length + 1 })
    })
  }

  return { busy, message, downloadZip, downloadPptx }
}
