import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTownshipMatcher } from '@/core/townshipMatch'
import type { Township } from '@/core/types'

const town = (code: string, name: string, kind: Township['kind'], aliases: string[] = []): Township =>
  ({ code, name, kind, population: null, area_km2: null, aliases })

const list: Township[] = [
  town('990101001000', '城关街道', '街道', ['城关街办']),
  town('990101002000', '新区街道', '街道'),
  town('990101101000', '大同镇', '镇'),
  town('990101102000', '青石镇', '镇'),
  town('990101103000', '柳溪镇', '镇', ['柳溪乡']),
  town('990101104000', '新市镇', '镇'),
  town('990101201000', '云岭乡', '乡'),
]
const match = createTownshipMatcher(list)
const matchedName = (name: string) => {
  const m = match(name)
  return m.township ? m.township.name : null
}

describe('createTownshipMatcher', () => {
  it.each([
    ['大同镇', '大同镇'],
    ['大同', '大同镇'],
    ['示例县大同镇', '大同镇'],
    ['XX省示例县大同镇人民政府', '大同镇'],
    ['大同镇人民政府', '大同镇'],
    ['大同镇政府', '大同镇'],
    ['大同镇党委', '大同镇'],
    [' 大 同 镇 ', '大同镇'],
    ['大同镇\u3000', '大同镇'],
    ['城关街道办事处', '城关街道'],
    ['城关', '城关街道'],
    ['城关街办', '城关街道'],
    ['柳溪乡', '柳溪镇'],
    ['新市镇', '新市镇'],
    ['示例县新市镇', '新市镇'],
    ['示例县新区街道', '新区街道'],
    ['某某市示例县云岭', '云岭乡'],
  ])('matches %s to %s', (name, expected) => {
    expect(matchedName(name)).toBe(expected)
  })

  it.each([
    ['大同镇', true],
    [' 大同镇 ', true],
    ['大同', false],
    ['大同镇人民政府', false],
    ['柳溪乡', false],
  ])('reports whether %s is the official name (exact: %s)', (name, exact) => {
    expect(match(name)).toMatchObject({ exact })
  })

  it.each([
    ['大通镇', '大同镇'],
    ['青山', '青石镇'],
    ['示例县云领乡', '云岭乡'],
  ])('suggests the closest township for the unknown name %s', (name, suggested) => {
    const m = match(name)
    expect(m.township).toBeNull()
    expect('suggestion' in m ? m.suggestion?.name : undefined).toBe(suggested)
  })

  it.each([
    ['an HTML payload', '<img src=x onerror=alert(1)>'],
    ['a far-off name', '乌鲁木齐路街道'],
    ['an empty name', ''],
    ['blanks only', '   '],
    ['a bare kind word', '镇'],
    ['a 100,000-character name', 'x'.repeat(100_000)],
  ])('returns no match and no suggestion for %s, without throwing', (_what, name) => {
    expect(match(name)).toEqual({ township: null, suggestion: null })
  })

  it('matches neither township when a short name is shared by two', () => {
    const m = createTownshipMatcher([town('1', '大同镇', '镇'), town('2', '大同乡', '乡')])
    expect([m('大同镇').township?.code, m('大同乡').township?.code, m('大同').township]).toEqual(['1', '2', null])
  })

  it('returns the same answer for a repeated name (cached)', () => {
    expect(match('大同镇人民政府')).toBe(match('大同镇人民政府'))
  })

  it('answers a name the same whatever came before it (rows in list order, repeated, shuffled, with names off the list)', () => {
    // Equal names in the list (two 大同镇) and an ambiguous fold (Ｂ镇 / b镇) next to plain ones.
    const withTwins = [...list, town('990101105000', '大同镇', '镇'), town('1', 'Ｂ镇', '镇'), town('2', 'b镇', '镇')]
    const alone = (name: string) => createTownshipMatcher(withTwins)(name)
    const names = [...withTwins.map(t => t.name), '大同', '柳溪乡', ' 青石镇', '白马镇', '', '新市镇人民政府']
    fc.assert(fc.property(fc.array(fc.constantFrom(...names), { maxLength: 30 }), (sequence) => {
      const m = createTownshipMatcher(withTwins)
      expect(sequence.map(n => m(n))).toEqual(sequence.map(alone))
    }), { numRuns: 300 })
  })
})
