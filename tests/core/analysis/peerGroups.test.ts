import { describe, expect, it } from 'vitest'
import { inPeer, peerGroupOf, peerSlice, type PeerFilter } from '@/core/analysis'
import type { Submission, Township } from '@/core/types'

const tw = (name: string, kind: Township['kind'], code: string): Township => ({ code, name, kind, population: null, area_km2: null, aliases: [] })
const sub = (township: string, code: string | null): Submission => ({ township, code, year: 2024, values: {}, approx: [], derived: [], source: { file: 'a.csv', row: 2 } })
const list = [tw('城关街道', '街道', '1'), tw('大同镇', '镇', '2'), tw('高坪乡', '乡', '3')]
const subs = [sub('城关街道', '1'), sub('大同', '2'), sub('高坪乡', null), sub('未知镇', null)]

describe('peer groups', () => {
  it.each([['街道', '街道'], ['镇', '镇'], ['乡', '乡'], ['民族乡', '镇'], ['', '镇']])('puts a %j in the %s group', (kind, group) => {
    expect(peerGroupOf(kind)).toBe(group)
  })

  it.each<[PeerFilter, string, boolean]>([['all', '乡', true], ['乡', '乡', true], ['乡', '镇', false], ['街道', '街道', true], ['镇', '街道', false]])('%s includes a %s: %s', (peer, kind, yes) => {
    expect(inPeer(kind, peer)).toBe(yes)
  })

  it.each<[PeerFilter, string[], string[]]>([
    ['all', ['城关街道', '大同镇', '高坪乡'], ['城关街道', '大同', '高坪乡', '未知镇']],
    ['街道', ['城关街道'], ['城关街道']],
    ['镇', ['大同镇'], ['大同']],
    ['乡', ['高坪乡'], ['高坪乡']],
  ])('slices the list and the submissions (by name or code) for %s', (peer, names, submitted) => {
    const slice = peerSlice(list, subs, peer)
    expect(slice.townships.map(t => t.name)).toEqual(names)
    expect(slice.submissions.map(s => s.township)).toEqual(submitted)
  })
})
