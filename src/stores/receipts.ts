// The clerk's receipt dates (收到日期 per township × year), which date the tracker's 逾期 in place of the
// import date. The newest receipt is the data's 数据截至. Kept by the persistence plugin
// (plugins/storePersistence.ts) in IndexedDB 'township-dashboard-receipts'; earlier versions kept them in localStorage.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { localDate } from '@/core/localDate'
import { readReceipts, receiptsToJson, setReceipt } from '@/core/receipts'
import { newestReceiptOf, type ReceivedFileReport } from '@/core/tracker'
import { useDatasetStore } from './dataset'
import { legacyReceipts } from './plugins/legacyReceipts'

export const useReceiptsStore = defineStore('receipts', () => {
  const dates = shallowRef<ReadonlyMap<string, number>>(new Map())
  /** Why the dates could not be saved or read; null when all is well. */
  const storageError = ref<string | null>(null)
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
    return true
  }

  return { dates, storageError, newest, set }
}, {
  persist: {
    db: 'township-dashboard-receipts',
    entries: {
      receipts: {
        save: store => receiptsToJson(store.dates),
        // Dates set while the saved ones were being read win over them.
        restore: (store, saved) => { store.dates = new Map([...readReceipts(saved), ...store.dates]) },
        legacy: legacyReceipts,
      },
    },
  },
})
