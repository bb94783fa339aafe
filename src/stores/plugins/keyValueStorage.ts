// Where the smaller stores keep their entries: a key-value database per store (IndexedDB through
// idb-keyval in the app, memory in tests). The dataset has its own storage (datasetStorage.ts).
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import { indexedDbProblem } from './storageAccess'

/** One database of entries. Every method rejects when the browser refuses (private mode, quota). */
export interface KeyValueStorage {
  /** What was stored under the key, unchecked; undefined when nothing was. */
  get: (key: string) => Promise<unknown>
  set: (key: string, value: unknown) => Promise<void>
  del: (key: string) => Promise<void>
}

/** Opens the database of a name; null keeps that store in memory only. */
export type OpenDatabase = (name: string) => KeyValueStorage | null

/**
 * IndexedDB databases; null where the browser has none (the stores then live in memory), databases that
 * reject with the browser's reason where touching IndexedDB throws (the store then says so).
 */
export function idbDatabases(): OpenDatabase | null {
  const problem = indexedDbProblem()
  if (problem === 'absent') return null
  if (problem !== null) {
    const no = () => Promise.reject(new Error(problem))
    return () => ({ get: no, set: no, del: no })
  }
  return (name) => {
    let db: UseStore | undefined
    const store = () => (db ??= createStore(name, 'kv'))
    // async, so that a refusing browser (store() throws) gives a rejected promise, never a throw.
    return {
      get: async key => get(key, store()),
      set: async (key, value) => set(key, value, store()),
      del: async key => del(key, store()),
    }
  }
}

/**
 * Databases in memory, for tests: `initial` holds what each database had (by name, then key). Values
 * are copied in and out (structuredClone), as IndexedDB does. Pinias given the same one share it.
 */
export function memoryDatabases(initial: Record<string, Record<string, unknown>> = {}): ((name: string) => KeyValueStorage) & { databases: Map<string, Map<string, unknown>> } {
  const databases = new Map(Object.entries(initial).map(([name, entries]) => [name, new Map(Object.entries(entries))]))
  const open = (name: string): KeyValueStorage => {
    const entries = databases.get(name) ?? new Map<string, unknown>()
    databases.set(name, entries)
    return {
      get: async key => structuredClone(entries.get(key)),
      set: async (key, value) => { entries.set(key, structuredClone(value)) },
      del: async (key) => { entries.delete(key) },
    }
  }
  return Object.assign(open, { databases })
}
