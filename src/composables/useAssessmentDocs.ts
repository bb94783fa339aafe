// Downloads of the 考核 page: the 通报 (with the score chart as a picture), the feedback sheets (ZIP of one
// .docx each, or one document), and the score table as CSV or Excel. Word and ZIP code load on first use.
import { ref } from 'vue'
import { useI18n } from './i18n'
import type { EChartsOption } from 'echarts'
import { exportTheme, watermarkGraphics, withFrame } from '@/charts/exportFrame'
import type { ChartTheme } from '@/charts/theme'
import { feedbackBookDocx, feedbackZip, noticeDocx, scoreTableRows, scoreTableXlsx, type DocumentInput } from '@/core/assessment'
import { loadMoreCharts } from '@/composables/echartsModules'
import { downloadBlob, useDownload } from './useDownload'
import { renderPngBlob } from './useChartExport'
import { useExportSettings, watermarkText } from './useExportSettings'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** The chart picture in the 通报: drawn at this size, placed 15.5 cm wide. */
const CHART_SIZE = { width: 1600, height: 1300 }
const CHART_IN_DOC = { width: 590, height: Math.round(590 * CHART_SIZE.height / CHART_SIZE.width) }

export interface AssessmentDocsOptions {
  /** What the documents say; null while there is nothing to score. */
  input: () => Omit<DocumentInput, 'chart'> | null
  /** The score chart, built with a theme (the page's catalogue entry). */
  chart: () => ((theme: ChartTheme) => EChartsOption) | null
  names: { notice: string, zip: string, book: string, table: string }
}

export function useAssessmentDocs(opts: AssessmentDocsOptions) {
  const busy = ref<string | null>(null)
  const error = ref<string | null>(null)
  const download = useDownload()
  const { t } = useI18n()
  const { settings } = useExportSettings()
  /** The watermark setting's words (内部资料 · 县司法局), or null when off. */
  const watermark = () => watermarkText(settings, kind => t(`office.watermark.${kind}`))

  async function run(what: string, make: (input: Omit<DocumentInput, 'chart'>) => Promise<void>): Promise<void> {
    const input = opts.input()
    if (!input || busy.value) return
    busy.value = what
    error.value = null
    try {
      await make(input)
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      busy.value = null
    }
  }

  async function chartPng(): Promise<DocumentInput['chart']> {
    const build = opts.chart()
    if (!build) return undefined
    await loadMoreCharts()
    const theme = exportTheme(CHART_SIZE)
    const mark = watermark()
    const option = build({ ...theme, animation: false })
    const blob = await renderPngBlob(mark ? withFrame(option, [], watermarkGraphics(mark, CHART_SIZE, theme)) : option, { ...CHART_SIZE, ratio: 1 })
    return { png: new Uint8Array(await blob.arrayBuffer()), ...CHART_IN_DOC }
  }

  return {
    busy, error,
    notice: () => run('notice', async (input) => {
      const mark = watermark()
      const bytes = await noticeDocx({ ...input, chart: await chartPng(), ...(mark ? { watermark: mark } : {}) })
      downloadBlob(opts.names.notice, new Blob([bytes as BlobPart], { type: DOCX }))
    }),
    feedbackZip: () => run('zip', async (input) => {
      downloadBlob(opts.names.zip, new Blob([await feedbackZip(input) as BlobPart], { type: 'application/zip' }))
    }),
    feedbackBook: () => run('book', async (input) => {
      downloadBlob(opts.names.book, new Blob([await feedbackBookDocx(input) as BlobPart], { type: DOCX }))
    }),
    csv: () => run('csv', async (input) => { download.csv(`${opts.names.table}.csv`, scoreTableRows(input.result, input.scheme)) }),
    xlsx: () => run('xlsx', async (input) => {
      downloadBlob(`${opts.names.table}.xlsx`, new Blob([await scoreTableXlsx(input.result, input.scheme) as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }))
    }),
  }
}
