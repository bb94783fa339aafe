// The clerk's receipt dates kept in localStorage (a few hundred short entries at most), so they hold
// after a reload. Failures are logged and reported; the dates then live for the session only.
const KEY = 'township-dashboard.receipts'

export interface ReceiptStorage {
  /** What was stored, unchecked (readReceipts checks it); null when nothing was or it is unreadable. */
  load: () => unknown
  /** Stores the dates; false when the browser refused. */
  save: (value: Record<string, string>) => boolean
}

export function createReceiptStorage(): ReceiptStorage {
  return {
    load() {
      if (typeof localStorage === 'undefined') return null
      try {
        return JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown
      } catch (e) {
        console.warn('receipt dates unreadable, starting without them', e)
        return null
      }
    },
    save(value) {
      if (typeof localStorage === 'undefined') return false
      try {
        localStorage.setItem(KEY, JSON.stringify(value))
        return true
      } catch (e) {
        console.warn('receipt dates not saved', e)
        return false
      }
    },
  }
}
