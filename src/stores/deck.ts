// The presentation deck: the views the user added with 加入演示, in slide order. Kept over a reload by
// the persistence plugin (plugins/storePersistence.ts), in IndexedDB 'township-dashboard-deck', key 'deck'.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { MAX_DECK_ITEMS, moveItem, readDeck, sameView, type AddResult, type DeckItem, type DeckView } from '@/core/deck'

export type { AddResult }

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
  let added = 0
  function newId(): string {
    added += 1
    const random = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Math.random().toString(36).slice(2)
    return `${Date.now().toString(36)}-${added}-${random.slice(0, 8)}`
  }

  /** Adds a view as the last slide, unless the same view is there already or the deck is full. */
  function add(view: DeckView): AddResult {
    if (items.value.some(i => sameView(i, view))) return 'exists'
    if (items.value.length >= MAX_DECK_ITEMS) return 'full'
    items.value = [...items.value, { ...plainView(view), id: newId() }]
    return 'added'
  }

  function remove(id: string): void {
    items.value = items.value.filter(i => i.id !== id)
  }

  /** Moves a slide from one position to another (0-based; clamped). */
  function move(from: number, to: number): void {
    const next = moveItem(items.value, from, to)
    if (next !== items.value) items.value = next
  }

  function clear(): void {
    if (items.value.length > 0) items.value = []
  }

  return { items, storageError, add, remove, move, clear }
}, {
  persist: {
    db: 'township-dashboard-deck',
    entries: {
      deck: {
        save: store => store.items.map(i => ({ ...plainView(i), id: i.id })),
        // Slides added while the stored deck was being read stay, after the stored ones.
        restore(store, saved) {
          const stored = readDeck(saved)
          const ids = new Set(stored.map(i => i.id))
          store.items = [...stored, ...store.items.filter(i => !ids.has(i.id))].slice(0, MAX_DECK_ITEMS)
        },
      },
    },
  },
})
