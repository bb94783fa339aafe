import { describe, expect, it } from 'vitest'
import { moveItem, readDeck, readDeckView, sameView, type DeckView } from '@/core/deck'

const view: DeckView = { chart: 'ranking', page: 'compare', indicators: ['a'], year: 2024, townships: [], normalization: 'raw', options: { b: '1', a: '2' } }

describe('readDeckView', () => {
  it.each([
    ['null', null],
    ['an unknown chart', { ...view, chart: 'pie' }],
    ['a string', 'ranking'],
  ])('rejects %s', (_, value) => {
    expect(readDeckView(value)).toBeNull()
  })

  it('falls back on safe values for malformed fields', () => {
    expect(readDeckView({ chart: 'heatmap', year: '2024', indicators: [1, 'x'], normalization: 'weird', options: { group: 'core', n: 3 } }))
      .toEqual({ chart: 'heatmap', page: '', indicators: ['x'], year: null, townships: [], normalization: 'raw', options: { group: 'core' } })
  })
})

describe('readDeck', () => {
  it('keeps well-formed items with ids, each id once', () => {
    const items = readDeck([{ ...view, id: 'a' }, { ...view }, { ...view, id: 'a' }, { ...view, id: 'b' }])
    expect(items.map(i => i.id)).toEqual(['a', 'b'])
  })

  it('reads anything that is not a list as an empty deck', () => {
    expect(readDeck({ items: [] })).toEqual([])
  })
})

describe('sameView', () => {
  it('ignores the order of option keys but not of indicators', () => {
    expect(sameView(view, { ...view, options: { a: '2', b: '1' } })).toBe(true)
    expect(sameView({ ...view, indicators: ['a', 'b'] }, { ...view, indicators: ['b', 'a'] })).toBe(false)
  })
})

describe('moveItem', () => {
  it('returns the same array when nothing moves', () => {
    const list = [1, 2, 3]
    expect(moveItem(list, 5, 0)).toBe(list)
    expect(moveItem(list, 1, 1)).toBe(list)
  })
})
