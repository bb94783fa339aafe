// Template downloads of the data page (CSV and Excel), generated from the registry and township list.
import { ref, toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from './i18n'
import type { Registry, Township } from '@/core/types'
import { downloadBlob } from './useDownload'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The reporting year a template asks for: the current year from October on, else the year just ended. */
export function templateYear(now = new Date()): number {
  return now.getMonth() >= 9 ? now.getFullYear() : now.getFullYear() - 1
}

export interface TemplateOptions {
  registry: MaybeRefOrGetter<Registry>
  townships: MaybeRefOrGetter<readonly Township[]>
  /** Names the downloaded files. */
  county: MaybeRefOrGetter<string>
}

/** Downloads blank templates (CSV, Excel) of the registry's indicators for the township list; `busy` names the one being made. */
export function useTemplates(options: TemplateOptions) {
  const { t } = useI18n()
  const busy = ref<'csv' | 'xlsx' | null>(null)

  async function csv() {
    busy.value = 'csv'
    try {
      const { templateCsv } = await import('@/core/templates')
      const text = templateCsv(toValue(options.registry), [...toValue(options.townships)], templateYear())
      downloadBlob(t('data.templates.csvName', { county: toValue(options.county) }), new Blob([text], { type: 'text/csv;charset=utf-8' }))
    } finally {
      busy.value = null
    }
  }

  async function xlsx() {
    busy.value = 'xlsx'
    try {
      const { templateXlsx } = await import('@/core/templates')
      const bytes = await templateXlsx(toValue(options.registry), [...toValue(options.townships)], templateYear())
      downloadBlob(t('data.templates.xlsxName', { county: toValue(options.county) }), new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }))
    } finally {
      busy.value = null
    }
  }

  return { busy, csv, xlsx }
}
