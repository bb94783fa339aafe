// The reviews as they are saved (by the persistence plugin, see stores/reports.ts), so that a reload, a
// closed tab or a crash loses neither a report added nor the clerk's accept, reject and correction of
// each figure; and the check that what is read back is ours.
import type { ReportItem } from '@/core/extract/reportItem'

export interface SavedReviews {
  version: 1
  items: ReportItem[]
  selectedId: string | null
}

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
