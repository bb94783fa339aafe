import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PlacePool } from '@/core/tableBuild'

type Call = { name: string, code: string | null, fresh: boolean }

/** Plays the calls on a pool: fresh() for a call marked fresh, of() otherwise. */
function play(calls: readonly Call[]): { places: number[], names: string[], codes: (string | null)[] } {
  const pool = new PlacePool()
  const places = calls.map(c => (c.fresh ? pool.fresh(c.name, c.code) : pool.of(c.name, c.code)))
  return { places, names: [...pool.names], codes: [...pool.codes] }
}

describe('PlacePool', () => {
  it.each<[string, Call[], number[]]>([
    ['fresh names, then one again by of()', [{ name: '大同镇', code: '1', fresh: true }, { name: '青石镇', code: '2', fresh: true }, { name: '大同镇', code: '1', fresh: false }], [0, 1, 0]],
    ['a fresh name with a second code by of()', [{ name: '大同镇', code: '1', fresh: true }, { name: '大同镇', code: null, fresh: false }, { name: '大同镇', code: '1', fresh: false }], [0, 1, 0]],
    ['fresh() after of() looks the name up', [{ name: '大同镇', code: '1', fresh: false }, { name: '青石镇', code: '2', fresh: true }, { name: '青石镇', code: '2', fresh: false }], [0, 1, 1]],
  ])('%s', (_, calls, places) => {
    expect(play(calls).places).toEqual(places)
  })

  it('gives the places of() alone gives whenever fresh() is called only for a name not placed yet', () => {
    const call = fc.record({ name: fc.constantFrom('大同镇', '青石镇', '白马镇', '测试镇'), code: fc.constantFrom('1', '2', null), fresh: fc.boolean() })
    fc.assert(fc.property(fc.array(call, { maxLength: 20 }), (raw) => {
      const placed = new Set<string>()
      // fresh only where its contract holds: the name has no place yet.
      const calls = raw.map((c) => {
        const fresh = c.fresh && !placed.has(c.name)
        placed.add(c.name)
        return { ...c, fresh }
      })
      expect(play(calls)).toEqual(play(calls.map(c => ({ ...c, fresh: false }))))
    }), { numRuns: 300 })
  })
})
