// Reports waiting for review kept in IndexedDB (idb-keyval, a database of their own), so that a
// reload, a closed tab or a crash loses neither a report added nor the clerk's accept, reject and
// correction of each figure. A report leaves storage when it is imported or removed.
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import type { ReportItem } from '@/core/extract/reportItem'
import { indexedDbProblem } from './storageAccess'

export interface SavedReviews {
  version: 1
  items: ReportItem[]
  selectedId: string | null
}

export interface ReportStorage {
  /** The reviews saved, or null when none were (or what is stored is not ours). */
  load: () => Promise<SavedReviews | null>
  /** Replaces what is saved; rejects when the browser refuses (private mode, quota). */
  save: (saved: SavedReviews) => Promise<void>
  clear: () => Promise<void>
}

const KEY = 'reviews'

/** Is this a report item as saved: a readable or failed report with its text, results and review? */
function isSavedItem(x: unknown): x is ReportItem {
  if (typeof x !== 'object' || x === null) return false
  const i = x as Partial<ReportItem>
  if (typeof i.id !== 'string' || typeof i.file !== 'string' || typeof i.text !== 'string' || !Array.isArray(i.review)) return false
  if (i.state === 'failed') return typeof i.error === 'string'
  return i.state === 'ready' && typeof i.result === 'object' && i.result !== null && Array.isArray(i.result.values) && i.result.values.length === i.review.length
}

export function isSavedReviews(x: unknown): x is SavedReviews {
  if (typeof x !== 'object' || x === null) return false
  const s = x as Partial<SavedReviews>
  return s.version === 1 && Array.isArray(s.items) && s.items.every(isSavedItem)
}

/** IndexedDB storage of the reviews, or null where the browser has none (then reviews live in memory only). */
export function createReportStorage(dbName = 'township-dashboard-reports'): ReportStorage | null {
  // Not `typeof indexedDB`: where touching it throws (private modes, sandboxed frames), so does typeof.
  if (indexedDbProblem() !== null) return null
  let db: UseStore | null = null
  const store = () => (db ??= createStore(dbName, 'kv'))
  return {
    async load() {
      const saved: unknown = await get(KEY, store())
      return isSavedReviews(saved) ? saved : null
    },
    save: saved => set(KEY, saved, store()),
    clear: () => del(KEY, store()),
  }
}
