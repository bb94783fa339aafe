// The catalog's bounded cache: a kept value is not computed again; past `max`, the least recently used goes.
import { describe, expect, it } from 'vitest'
import { boundedCache } from '@/charts/catalog/boundedCache'

describe('a bounded cache', () => {
  it('computes a key once while it is kept', () => {
    const cache = boundedCache<number>(3)
    let made = 0
    const make = () => ++made
    expect([cache.get('a', make), cache.get('a', make)]).toEqual([1, 1])
    expect(made).toBe(1)
  })

  it.each([
    // keys asked in order, max, keys kept afterwards (asking for them again computes nothing)
    [['a', 'b', 'c', 'd'], 3, ['b', 'c', 'd']],
    [['a', 'b', 'a', 'c', 'd'], 3, ['a', 'c', 'd']],
    [['a', 'b', 'c'], 1, ['c']],
    [['a', 'a', 'a'], 2, ['a']],
  ])('asked %j with room for %d keeps %j', (asked, max, kept) => {
    const cache = boundedCache<string>(max)
    for (const k of asked) cache.get(k, () => k)
    expect(cache.size).toBe(kept.length)
    for (const k of kept) expect(cache.get(k, () => 'again')).toBe(k)
  })

  it('keeps a null value (an indicator the registry does not know) without computing it again', () => {
    const cache = boundedCache<null>(2)
    let made = 0
    cache.get('x', () => { made++; return null })
    cache.get('x', () => { made++; return null })
    expect(made).toBe(1)
  })
})
