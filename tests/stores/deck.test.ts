import { setActivePinia } from 'pinia'
import { testPinia } from '../helpers/pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { memoryDatabases } from '@/stores/plugins/keyValueStorage'
import type { DeckView } from '@/core/deck'
import { useDeckStore } from '@/stores/deck'

const view = (indicator: string, extra: Partial<DeckView> = {}): DeckView => ({
  chart: 'ranking', page: 'compare', indicators: [indicator], year: 2024, townships: [], normalization: 'raw', options: {}, ...extra,
})

let databases = memoryDatabases()
/** The deck an earlier session left in the deck's database. */
const stored = (items: unknown[]) => { databases = memoryDatabases({ 'township-dashboard-deck': { deck: items } }) }

/** A fresh app start over the same databases: new Pinia, new deck store, the stored deck read. */
async function start() {
  setActivePinia(testPinia({ databases }))
  const deck = useDeckStore()
  await deck.whenReady()
  return deck
}

const indicatorsOf = (deck: ReturnType<typeof useDeckStore>) => deck.items.map(i => i.indicators[0])

beforeEach(() => {
  databases = memoryDatabases()
})

describe('deck store', () => {
  it('starts empty', async () => {
    expect((await start()).items).toEqual([])
  })

  it('adds views as slides in order, each with its own id', async () => {
    const deck = await start()
    expect(deck.add(view('a'))).toBe('added')
    expect(deck.add(view('b'))).toBe('added')
    expect(indicatorsOf(deck)).toEqual(['a', 'b'])
    expect(new Set(deck.items.map(i => i.id)).size).toBe(2)
  })

  it.each([
    ['the same view', view('a'), 'exists'],
    ['another year', view('a', { year: 2023 }), 'added'],
    ['another normalization', view('a', { normalization: 'per10k' }), 'added'],
    ['another chart option', view('a', { options: { mode: 'percent' } }), 'added'],
  ] as const)('tells %s apart from a slide already there', async (_, second, result) => {
    const deck = await start()
    deck.add(view('a'))
    expect(deck.add(second)).toBe(result)
  })

  it.each([
    ['the first to the end', 0, 2, ['b', 'c', 'a']],
    ['the last to the front', 2, 0, ['c', 'a', 'b']],
    ['past the end, clamped', 0, 9, ['b', 'c', 'a']],
    ['nowhere', 1, 1, ['a', 'b', 'c']],
  ])('moves %s', async (_, from, to, order) => {
    const deck = await start()
    for (const id of ['a', 'b', 'c']) deck.add(view(id))
    deck.move(from, to)
    expect(indicatorsOf(deck)).toEqual(order)
  })

  it('removes a slide by id and clears the deck', async () => {
    const deck = await start()
    deck.add(view('a'))
    deck.add(view('b'))
    deck.remove(deck.items[0]!.id)
    expect(indicatorsOf(deck)).toEqual(['b'])
    deck.clear()
    expect(deck.items).toEqual([])
  })

  it('survives a reload: order, views and ids come back from storage', async () => {
    const first = await start()
    first.add(view('a', { townships: ['甲镇'] }))
    first.add(view('b', { chart: 'outcome', options: { kind: 'litigation', mode: 'percent' } }))
    first.move(1, 0)
    await first.saved()
    const saved = first.items.map(i => ({ ...i }))
    const second = await start()
    expect(second.items).toEqual(saved)
  })

  it('keeps a slide added before the stored deck was read', async () => {
    stored([{ ...view('stored'), id: 'x1' }])
    setActivePinia(testPinia({ databases }))
    const early = useDeckStore()
    early.add(view('early'))
    await early.whenReady()
    expect(indicatorsOf(early)).toEqual(['stored', 'early'])
    await early.saved()
    expect(indicatorsOf(await start())).toEqual(['stored', 'early'])
  })

  it('drops malformed stored entries instead of failing', async () => {
    stored([{ ...view('ok'), id: 'x1' }, { chart: 'pie', id: 'x2' }, 'junk', { ...view('dup'), id: 'x1' }])
    expect(indicatorsOf(await start())).toEqual(['ok'])
  })
})
