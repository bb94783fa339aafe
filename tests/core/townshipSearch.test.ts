// Township search: names, aliases, codes and pinyin (with the real pinyin-match dictionary).
import PinyinMatch from 'pinyin-match'
import { describe, expect, it } from 'vitest'
import { foldQuery, searchTownships, type SearchEntry } from '@/core/townshipSearch'

const list: SearchEntry[] = [
  { name: '大同镇', code: '001', aliases: ['大同'] },
  { name: '城关街道', code: '002', aliases: ['城关办'] },
  { name: '长安镇', code: '003' },
  { name: '新大同乡', code: '004' },
  { name: '桃源乡', code: '005', aliases: ['陶源乡'] },
]
const names = (q: string, withPinyin = true) => searchTownships(list, q, withPinyin ? PinyinMatch.match : null).map(h => `${h.name}:${h.kind}`)

describe('searchTownships', () => {
  it.each([
    ['dtz', ['大同镇:pinyin']],
    ['DTZ', ['大同镇:pinyin']],
    ['ｄｔｚ', ['大同镇:pinyin']],
    ['datong', ['大同镇:pinyin', '新大同乡:pinyin']],
    ['cgjd', ['城关街道:pinyin']],
    // 长 reads chang and zhang: both initials find 长安镇.
    ['caz', ['长安镇:pinyin']],
    ['zaz', ['长安镇:pinyin']],
    ['大同', ['大同镇:name', '新大同乡:name']],
    ['大同镇', ['大同镇:name']],
    ['陶源', ['桃源乡:alias']],
    ['003', ['长安镇:code']],
    ['xyz', []],
    ['  ', []],
  ])('%j finds %j', (q, expected) => {
    expect(names(q)).toEqual(expected)
  })

  it('finds by name without a pinyin matcher, and nothing by pinyin', () => {
    expect(names('大同', false)).toEqual(['大同镇:name', '新大同乡:name'])
    expect(names('dtz', false)).toEqual([])
  })

  it('keeps at most the limit, pinyin from the first character before pinyin inside', () => {
    // z: 长 (zhang) opens 长安镇; 镇 closes 大同镇 and 长安镇; 新大同乡 has no z.
    expect(searchTownships(list, 'z', PinyinMatch.match).map(h => h.name)).toEqual(['长安镇', '大同镇'])
    expect(searchTownships(list, 'z', PinyinMatch.match, 1).map(h => h.name)).toEqual(['长安镇'])
  })

  it('finds a township imported under any name (no precomputed table)', () => {
    expect(searchTownships([{ name: '鹭岛街道' }], 'ldjd', PinyinMatch.match).map(h => h.name)).toEqual(['鹭岛街道'])
  })

  it('folds full-width and spaces', () => {
    expect(foldQuery(' Ｄt Z ')).toBe('dtz')
  })
})
