// The presentation deck kept in IndexedDB (idb-keyval, key 'deck' in its own database), so that it
// survives a reload. Storage failures (private windows, quota) are reported as values by the caller.
import { createStore, get, set, type UseStore } from 'idb-keyval'
import { indexedDbProblem } from './storageAccess'

export const DECK_DB = 'township-dashboard-deck'
export const DECK_KEY = 'deck'

export interface DeckStorage {
  /** What was stored, unchecked (readDeck checks it); undefined when nothing was. */
  load: () => Promise<unknown>
  save: (items: unknown) => Promise<void>
}

/** IndexedDB storage, or null where the browser has none (the deck then lives for the session only). */
export function createDeckStorage(): DeckStorage | null {
  const problem = indexedDbProblem()
  if (problem === 'absent') return null
  if (problem !== null) return { load: () => Promise.reject(new Error(problem)), save: () => Promise.reject(new Error(problem)) }
  let store: UseStore | undefined
  const db = () => (store ??= createStore(DECK_DB, 'kv'))
  // async, so that a refusing browser (db() throws) gives a rejected promise, never a throw.
  return {
    load: async () => get(DECK_KEY, db()),
    save: async items => set(DECK_KEY, items, db()),
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
