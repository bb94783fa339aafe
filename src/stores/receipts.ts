// Receipt dates the clerk entered or confirmed (township × year), which date the tracker's 逾期 in
// place of the import date; kept in the browser.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { readReceipts, receiptsToJson, setReceipt } from '@/core/receipts'
import { createReceiptStorage, type ReceiptStorage } from '@/composables/receiptStorage'

export const useReceiptsStore = defineStore('receipts', () => {
  let storage: ReceiptStorage = createReceiptStorage()
  const dates = shallowRef<ReadonlyMap<string, number>>(readReceipts(storage.load()))

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

  return { dates, set, attachStorage }
})
