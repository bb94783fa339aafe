// The Pinia plugin that keeps the smaller stores (deck, assessment, reports, receipts) in their
// databases. A store says what it keeps in its options (`persist`: a database, and per entry how to
// read it from the store and take a saved one back); the plugin restores the entries at start, writes
// each change (one write after another), and reports failures in the store's `storageError`, in the
// browser's words, as the dataset's persistence does. The store itself never touches storage.
import type { PiniaPlugin, StateTree } from 'pinia'
import { watch } from 'vue'
import type { KeyValueStorage, OpenDatabase } from './keyValueStorage'
import { storageReason } from './storageAccess'

/** One kept entry of a store. */
export interface PersistedEntry<Store> {
  /** What is written (plain data: no reactive proxies); undefined deletes the entry. Watched: a change writes it. */
  save: (store: Store) => unknown
  /** Takes back what was saved (unchecked: the store checks it, and keeps what was added while loading). */
  restore: (store: Store, saved: unknown) => void
  /** Read when the database holds nothing under the key: where an older version kept it. It is then written to the database. */
  legacy?: () => unknown
}

export interface PersistOptions<Store> {
  /** The database (kept as named by earlier versions, so what they saved still loads). */
  db: string
  entries: Record<string, PersistedEntry<Store>>
  /** Milliseconds of quiet before a change is written (a burst of edits is one write); 0 writes at once. */
  delay?: number
}

declare module 'pinia' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  export interface DefineStoreOptionsBase<S extends StateTree, Store> {
    persist?: PersistOptions<Store>
  }
  export interface PiniaCustomProperties {
    /** Resolves once what was saved is back in the store (at once for a store that keeps nothing). */
    whenReady: () => Promise<void>
    /** Writes pending changes now and resolves when everything changed so far is written (or failed). */
    saved: () => Promise<void>
  }
}

const nothingToWait = { whenReady: () => Promise.resolve(), saved: () => Promise.resolve() }

/** Persistence of the stores that declare `persist`, in the databases `open` gives; null keeps them in memory. */
export function storePersistence(open: OpenDatabase | null): PiniaPlugin {
  return ({ store, options }) => {
    const persist = options.persist
    // The dataset has its own persistence (datasetPersistence.ts) and its own whenReady and saved.
    if (!persist) return 'whenReady' in store ? undefined : nothingToWait
    const db = open?.(persist.db) ?? null
    if (!db) return nothingToWait
    return keep(store as unknown as Record<string, unknown> & { storageError: string | null }, db, persist as PersistOptions<unknown>)
  }
}

function keep(store: { storageError: string | null }, db: KeyValueStorage, persist: PersistOptions<unknown>) {
  const entries = Object.entries(persist.entries)
  const fail = (e: unknown) => { store.storageError = storageReason(e) }
  /** Keys changed and not yet written. */
  const changed = new Set<string>()
  let loading = true
  let taking = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let writing: Promise<void> = Promise.resolve()

  function write() {
    if (timer) { clearTimeout(timer); timer = null }
    for (const [key, entry] of entries) {
      if (!changed.delete(key)) continue
      const value = entry.save(store)
      writing = writing.then(() => (value === undefined ? db.del(key) : db.set(key, value))).then(() => { store.storageError = null }, fail)
    }
  }
  function schedule(key: string) {
    changed.add(key)
    if (loading) return
    if (!persist.delay) { write(); return }
    if (timer) clearTimeout(timer)
    timer = setTimeout(write, persist.delay)
  }
  // Synchronous watchers: each change is seen as it is made, so the store's own restore is told apart.
  for (const [key, entry] of entries) watch(() => entry.save(store), () => { if (!taking) schedule(key) }, { flush: 'sync' })

  async function restore() {
    try {
      const saved = await Promise.all(entries.map(async ([key, entry]) => {
        const value = await db.get(key)
        if (value !== undefined || !entry.legacy) return value
        const old = entry.legacy()
        if (old !== undefined && old !== null) changed.add(key)
        return old ?? undefined
      }))
      taking = true
      entries.forEach(([, entry], i) => { if (saved[i] !== undefined) entry.restore(store, saved[i]) })
    } catch (e) {
      fail(e)
    } finally {
      taking = false
      loading = false
    }
    // What changed while loading (merged with what was saved), and entries read from an older place.
    if (changed.size > 0) write()
  }
  const ready = restore()

  return {
    whenReady: () => ready,
    saved: async () => {
      await ready
      if (timer) write()
      await writing
    },
  }
}
