// Receipt dates the clerk entered or confirmed (township × year), which date the tracker's 逾期 in
// place of the import date; kept in the browser. The newest receipt is the data's 数据截至.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { localDate } from '@/core/localDate'
import { readReceipts, receiptsToJson, setReceipt } from '@/core/receipts'
import { newestReceiptOf, type ReceivedFileReport } from '@/core/tracker'
import { createReceiptStorage, type ReceiptStorage } from '@/stores/plugins/receiptStorage'
import { useDatasetStore } from './dataset'

export const useReceiptsStore = defineStore('receipts', () => {
  let storage: ReceiptStorage = createReceiptStorage()
  const dates = shallowRef<ReadonlyMap<string, number>>(readReceipts(storage.load()))
  const data = useDatasetStore()

  /** The newest receipt date of the loaded figures (`2025-01-20`, county time), or null when none is known (the sample). */
  const newest = computed(() => {
    const at = newestReceiptOf({ submissions: data.submissions, files: data.log.files as readonly ReceivedFileReport[], receipts: dates.value })
    return at === null ? null : localDate(at)
  })

  /** Sets (`YYYY-MM-DD`) or clears (null) the clerk's date; false when the text is not a day. */
  function set(township: string, year: number, day: string | null): boolean {
    const next = setReceipt(dates.value, township, year, day)
    if (!next.ok) return false
    dates.value = next.receipts
    storage.save(receiptsToJson(next.receipts))
    return true
  }

  /** For tests: another storage, read at once. */
  function attachStorage(s: ReceiptStorage): void {
    storage = s
    dates.value = readReceipts(s.load())
  }

  return { dates, newest, set, attachStorage }
})
