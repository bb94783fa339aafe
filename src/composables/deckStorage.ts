// The presentation deck kept in IndexedDB (idb-keyval, key 'deck' in its own database), so that it
// survives a reload. Storage failures (private windows, quota) are reported as values by the caller.
import { createStore, get, set, type UseStore } from 'idb-keyval'

export const DECK_DB = 'township-dashboard-deck'
export const DECK_KEY = 'deck'

export interface DeckStorage {
  /** What was stored, unchecked (readDeck checks it); undefined when nothing was. */
  load: () => Promise<unknown>
  save: (items: unknown) => Promise<void>
}

/** IndexedDB storage, or null where the browser has none (the deck then lives for the session only). */
export function createDeckStorage(): DeckStorage | null {
  if (typeof indexedDB === 'undefined') return null
  let store: UseStore | undefined
  const db = () => (store ??= createStore(DECK_DB, 'kv'))
  return {
    load: () => get(DECK_KEY, db()),
    save: items => set(DECK_KEY, items, db()),
  }
}

/** In-memory storage for tests and for a second deck store in the same page. */
export function createMemoryDeckStorage(initial?: unknown): DeckStorage {
  let value = initial
  return {
    load: async () => value,
    save: async (items) => { value = structuredClone(items) },
  }
}
