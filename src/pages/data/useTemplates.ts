// Template downloads of the data page (CSV and Excel), generated from the registry and township list.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { downloadBlob } from '@/composables/useDownload'
import { COUNTY_NAME } from '@/setup/bundledCounty'
import { useDatasetStore } from '@/stores/dataset'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The reporting year a template asks for: the current year from October on, else the year just ended. */
export function templateYear(now = new Date()): number {
  return now.getMonth() >= 9 ? now.getFullYear() : now.getFullYear() - 1
}

export function useTemplates() {
  const { t } = useI18n()
  const data = useDatasetStore()
  const busy = ref<'csv' | 'xlsx' | null>(null)

  async function csv() {
    busy.value = 'csv'
    try {
      const { templateCsv } = await import('@/core/templates')
      const text = templateCsv(data.registry, data.townships, templateYear())
      downloadBlob(t('data.templates.csvName', { county: COUNTY_NAME }), new Blob([text], { type: 'text/csv;charset=utf-8' }))
    } finally {
      busy.value = null
    }
  }

  async function xlsx() {
    busy.value = 'xlsx'
    try {
      const { templateXlsx } = await import('@/core/templates')
      const bytes = await templateXlsx(data.registry, data.townships, templateYear())
      downloadBlob(t('data.templates.xlsxName', { county: COUNTY_NAME }), new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }))
    } finally {
      busy.value = null
    }
  }

  return { busy, csv, xlsx }
}
