// The presentation deck: the views the user added with 加入演示, in slide order. Persisted in IndexedDB.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { MAX_DECK_ITEMS, moveItem, readDeck, sameView, type AddResult, type DeckItem, type DeckView } from '@/core/deck'
import { createDeckStorage, type DeckStorage } from '@/stores/plugins/deckStorage'

export type { AddResult }

let counter = 0
function newId(): string {
  counter += 1
  const random = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Math.random().toString(36).slice(2)
  return `${Date.now().toString(36)}-${counter}-${random.slice(0, 8)}`
}

/** A plain copy of a view: no reactive proxies reach IndexedDB. */
function plainView(view: DeckView): DeckView {
  return {
    chart: view.chart, page: view.page, indicators: [...view.indicators], year: view.year,
    townships: [...view.townships], normalization: view.normalization, options: { ...view.options },
  }
}

export const useDeckStore = defineStore('deck', () => {
  const items = shallowRef<readonly DeckItem[]>([])
  /** Why the deck could not be saved or read (shown on the present page); null when all is well. */
  const storageError = ref<string | null>(null)
  let storage: DeckStorage | null = createDeckStorage()
  let saving: Promise<void> = Promise.resolve()

  function persist(): void {
    const target = storage
    if (!target) return
    const plain = items.value.map(i => ({ ...plainView(i), id: i.id }))
    // Saves run one after another, so the last one written is the last one made.
    saving = saving.then(() => target.save(plain)).then(() => { storageError.value = null }, (e: unknown) => { storageError.value = String(e) })
  }

  function replace(next: readonly DeckItem[]): void {
    if (next === items.value) return
    items.value = next
    persist()
  }

  async function restore(): Promise<void> {
    if (!storage) return
    try {
      const stored = readDeck(await storage.load())
      // Slides added while the store was reading stay, after the stored ones.
      const ids = new Set(stored.map(i => i.id))
      const merged = [...stored, ...items.value.filter(i => !ids.has(i.id))].slice(0, MAX_DECK_ITEMS)
      const changed = merged.length !== stored.length
      items.value = merged
      if (changed) persist()
    } catch (e) {
      storageError.value = String(e)
    }
  }
  let ready = restore()

  /** Adds a view as the last slide, unless the same view is there already or the deck is full. */
  function add(view: DeckView): AddResult {
    if (items.value.some(i => sameView(i, view))) return 'exists'
    if (items.value.length >= MAX_DECK_ITEMS) return 'full'
    replace([...items.value, { ...plainView(view), id: newId() }])
    return 'added'
  }

  function remove(id: string): void {
    replace(items.value.filter(i => i.id !== id))
  }

  /** Moves a slide from one position to another (0-based; clamped). */
  function move(from: number, to: number): void {
    replace(moveItem(items.value, from, to))
  }

  function clear(): void {
    replace([])
  }

  /** Resolves once the stored deck has been read. */
  function whenReady(): Promise<void> {
    return ready
  }

  /** Resolves once every change so far has been written. */
  function whenSaved(): Promise<void> {
    return saving
  }

  /** Swaps the storage (tests; null keeps the deck in memory) and reads from it. */
  function attachStorage(next: DeckStorage | null): Promise<void> {
    storage = next
    ready = restore()
    return ready
  }

  return { items, storageError, add, remove, move, clear, whenReady, whenSaved, attachStorage }
})
