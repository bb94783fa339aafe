// Receipt dates the clerk entered or confirmed for a township's submission of a year: they date the
// tracker's 逾期 instead of the import. Stored as `{ "<township>\u0000<year>": "YYYY-MM-DD" }`.
import { dayToTime, localDate } from './localDate'
import { receiptKey } from './tracker'

/** Clerk's receipt dates by receiptKey(township, year), in ms since the epoch (noon of the day in the county). */
export type Receipts = ReadonlyMap<string, number>

/** Reads stored receipts; entries that are not a key with a year and a real `YYYY-MM-DD` day are dropped. */
export function readReceipts(raw: unknown): Map<string, number> {
  const out = new Map<string, number>()
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out
  for (const [key, day] of Object.entries(raw as Record<string, unknown>)) {
    const sep = key.lastIndexOf('\u0000')
    if (sep < 1 || !/^\d{4}$/.test(key.slice(sep + 1)) || typeof day !== 'string') continue
    const at = dayToTime(day)
    if (at !== null) out.set(key, at)
  }
  return out
}

/** The receipts as stored (days in the county's time zone). */
export function receiptsToJson(receipts: Receipts): Record<string, string> {
  return Object.fromEntries([...receipts].map(([key, at]) => [key, localDate(at)]))
}

/**
 * A copy with the clerk's date for a township and year set (`YYYY-MM-DD`), or removed (null, ''),
 * so the import date counts again. A text that is not a day leaves the receipts as they were and says so.
 */
export function setReceipt(receipts: Receipts, township: string, year: number, day: string | null): { receipts: Map<string, number>, ok: boolean } {
  const next = new Map(receipts)
  const key = receiptKey(township, year)
  if (day === null || day.trim() === '') {
    next.delete(key)
    return { receipts: next, ok: true }
  }
  const at = dayToTime(day)
  if (at === null) return { receipts: new Map(receipts), ok: false }
  next.set(key, at)
  return { receipts: next, ok: true }
}
