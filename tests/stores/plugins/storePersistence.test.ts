// The persistence plugin of the smaller stores: a store declares its entries, the plugin restores them,
// writes each change, keeps what was added while loading, reads an older place once, and says why
// the browser refused, in the store's storageError.
import { createPinia, defineStore, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createApp, ref, shallowRef } from 'vue'
import { memoryDatabases, type KeyValueStorage, type OpenDatabase } from '@/stores/plugins/keyValueStorage'
import { storePersistence } from '@/stores/plugins/storePersistence'

const useNotes = defineStore('notes', () => {
  const notes = shallowRef<readonly string[]>([])
  const storageError = ref<string | null>(null)
  const add = (note: string) => { notes.value = [...notes.value, note] }
  return { notes, storageError, add }
}, {
  persist: {
    db: 'notes-db',
    entries: {
      notes: {
        save: store => (store.notes.length === 0 ? undefined : [...store.notes]),
        restore: (store, saved) => { store.notes = [...(Array.isArray(saved) ? saved.map(String) : []), ...store.notes] },
        legacy: () => (globalThis as { legacyNotes?: unknown }).legacyNotes,
      },
    },
  },
})
const useDelayed = defineStore('delayed', () => {
  const count = ref(0)
  const storageError = ref<string | null>(null)
  return { count, storageError }
}, { persist: { db: 'delayed-db', delay: 50, entries: { count: { save: s => s.count, restore: (s, v) => { s.count = Number(v) } } } } })
const usePlain = defineStore('plain', () => ({ n: ref(1) }))

/** A fresh app start over `open`. */
function start(open: OpenDatabase | null) {
  const pinia = createPinia().use(storePersistence(open))
  createApp({}).use(pinia)
  setActivePinia(pinia)
}

/** A database whose writes the browser refuses until `allow` is set. */
function refusing(): OpenDatabase & { allow: boolean } {
  const memory = memoryDatabases()
  const open = Object.assign((name: string): KeyValueStorage => {
    const db = memory(name)
    return { ...db, set: (k, v) => (open.allow ? db.set(k, v) : Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) }
  }, { allow: false })
  return open
}

describe('store persistence', () => {
  it('brings back what was saved, in a new app over the same databases', async () => {
    const db = memoryDatabases()
    start(db)
    const first = useNotes()
    await first.whenReady()
    first.add('a')
    first.add('b')
    await first.saved()
    start(db)
    const second = useNotes()
    await second.whenReady()
    expect(second.notes).toEqual(['a', 'b'])
  })

  it('keeps what was added while loading, after what was saved, and writes both', async () => {
    const db = memoryDatabases({ 'notes-db': { notes: ['saved'] } })
    start(db)
    const early = useNotes()
    early.add('early')
    await early.whenReady()
    expect(early.notes).toEqual(['saved', 'early'])
    await early.saved()
    expect(db.databases.get('notes-db')?.get('notes')).toEqual(['saved', 'early'])
  })

  it('writes nothing at start when nothing changed', async () => {
    const db = memoryDatabases({ 'notes-db': { notes: ['saved'] } })
    const set = vi.fn()
    start(name => ({ ...db(name), set }))
    await useNotes().whenReady()
    await useNotes().saved()
    expect(set).not.toHaveBeenCalled()
  })

  it('deletes the entry when the store saves undefined', async () => {
    const db = memoryDatabases({ 'notes-db': { notes: ['saved'] } })
    start(db)
    const store = useNotes()
    await store.whenReady()
    store.notes = []
    await store.saved()
    expect(db.databases.get('notes-db')?.has('notes')).toBe(false)
  })

  it('reads an older place once when the database is empty, and writes what it read to the database', async () => {
    const db = memoryDatabases()
    ;(globalThis as { legacyNotes?: unknown }).legacyNotes = ['old']
    try {
      start(db)
      const store = useNotes()
      await store.whenReady()
      await store.saved()
      expect(store.notes).toEqual(['old'])
      expect(db.databases.get('notes-db')?.get('notes')).toEqual(['old'])
      ;(globalThis as { legacyNotes?: unknown }).legacyNotes = ['older still']
      start(db)
      await useNotes().whenReady()
      expect(useNotes().notes).toEqual(['old'])
    } finally {
      delete (globalThis as { legacyNotes?: unknown }).legacyNotes
    }
  })

  it('says why the browser refused a write, in its words, and clears that once a write succeeds', async () => {
    const db = refusing()
    start(db)
    const store = useNotes()
    await store.whenReady()
    store.add('a')
    await store.saved()
    expect(store.storageError).toBe('The quota has been exceeded.（QuotaExceededError）')
    db.allow = true
    store.add('b')
    await store.saved()
    expect(store.storageError).toBeNull()
  })

  it('says why the saved entries could not be read, and keeps working in memory', async () => {
    start(() => ({ get: () => Promise.reject(new Error('private mode')), set: async () => {}, del: async () => {} }))
    const store = useNotes()
    await store.whenReady()
    expect(store.storageError).toBe('private mode')
    store.add('a')
    expect(store.notes).toEqual(['a'])
  })

  it('writes a burst of changes once after the delay, or at once when asked for saved()', async () => {
    const db = memoryDatabases()
    const set = vi.fn(async () => {})
    start(name => ({ ...db(name), set }))
    const store = useDelayed()
    await store.whenReady()
    for (let i = 1; i <= 5; i++) store.count = i
    expect(set).not.toHaveBeenCalled()
    await store.saved()
    expect(set.mock.calls).toEqual([['count', 5]])
  })

  it.each([
    ['a store that keeps nothing', () => { start(memoryDatabases()); return usePlain() }],
    ['a store without databases (memory only)', () => { start(null); return useNotes() }],
  ])('is ready and saved at once for %s', async (_label, make) => {
    const store = make()
    await expect(store.whenReady()).resolves.toBeUndefined()
    await expect(store.saved()).resolves.toBeUndefined()
  })
})
