// Whether this page may use IndexedDB, and the browser's reason in words when a storage call fails.

/** A reason a person can read for a storage failure: the error's message, else its name, never empty. */
export function storageReason(e: unknown): string {
  if (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException)) {
    const err = e as Error
    const text = err.message.trim()
    if (text !== '') return err.name && err.name !== 'Error' && !text.includes(err.name) ? `${text}（${err.name}）` : text
    if (err.name && err.name !== 'Error') return err.name
  }
  if (typeof e === 'string' && e.trim() !== '') return e.trim()
  return '浏览器拒绝了本地存储，未说明原因'
}

/**
 * null when IndexedDB can be used; 'absent' where the browser has none; else why touching it failed
 * (some browsers' private modes, and sandboxed frames, throw on the mere access of `indexedDB`).
 */
export function indexedDbProblem(): null | 'absent' | string {
  try {
    const idb: unknown = (globalThis as { indexedDB?: unknown }).indexedDB
    if (idb === undefined || idb === null) return 'absent'
    return null
  } catch (e) {
    return storageReason(e)
  }
}
