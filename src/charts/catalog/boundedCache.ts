// A cache that keeps its `max` most recently used values: the catalog's series of a province (1,500
// rows each, one per indicator × year × normalization) would otherwise grow with every view looked at.
export interface BoundedCache<V> {
  /** The value of `key`, computed by `make` when it is not kept (and then kept, the least recently used one dropped). */
  get: (key: string, make: () => V) => V
  readonly size: number
}

export function boundedCache<V>(max: number): BoundedCache<V> {
  const kept = new Map<string, V>()
  return {
    get(key, make) {
      if (kept.has(key)) {
        const value = kept.get(key) as V
        // Most recently used last: Map keeps insertion order.
        kept.delete(key)
        kept.set(key, value)
        return value
      }
      const value = make()
      kept.set(key, value)
      while (kept.size > max) kept.delete(kept.keys().next().value as string)
      return value
    },
    get size() { return kept.size },
  }
}
