// Where versions before the persistence plugin kept the clerk's receipt dates: localStorage. Read once,
// when the receipts database holds nothing yet; the plugin then writes them to the database.
export const LEGACY_RECEIPTS_KEY = 'township-dashboard.receipts'

/** The dates an earlier version saved (unchecked: readReceipts checks them), or null when there are none or they cannot be read. */
export function legacyReceipts(): unknown {
  try {
    if (typeof localStorage === 'undefined') return null
    return JSON.parse(localStorage.getItem(LEGACY_RECEIPTS_KEY) ?? 'null') as unknown
  } catch (e) {
    console.warn('earlier receipt dates unreadable, starting without them', e)
    return null
  }
}
