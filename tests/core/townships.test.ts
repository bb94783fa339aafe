import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { coreName, createTownshipMatcher, parseTownshipList } from '@/core/townships'
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

describe('coreName', () => {
  it.each([
    ['大同镇', '大同'],
    ['城关街道', '城关'],
    ['云岭乡', '云岭'],
    ['大同', '大同'],
    [' 青石镇 ', '青石'],
    ['示例县大同镇', '大同'],
    ['XX省示例县大同镇人民政府', '大同'],
    ['大同镇党委政府', '大同'],
    ['城关街道办事处', '城关'],
    ['城关街道办', '城关'],
    ['新市镇', '新市'],
    ['示例县新市镇', '新市'],
    ['示例县新区街道', '新区'],
    ['ＡＢ镇', 'ab'],
  ])('reduces %s to %s', (name, core) => {
    expect(coreName(name)).toBe(core)
  })
})

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
})

describe('parseTownshipList', () => {
  const header = 'code,name,kind,population,area_km2,aliases'

  it('reads townships with numbers and aliases', () => {
    const { townships, issues } = parseTownshipList(`\uFEFF${header}\n990101101000,大同镇,镇,"62,417",143.5,大同|大同场\n`)
    expect(issues).toEqual([])
    expect(townships).toEqual([{ code: '990101101000', name: '大同镇', kind: '镇', population: 62417, area_km2: 143.5, aliases: ['大同', '大同场'] }])
  })

  it('takes an empty kind from the name and empty figures as null', () => {
    const { townships } = parseTownshipList(`${header}\n990101001000,城关街道,,,,\n`)
    expect(townships[0]).toMatchObject({ kind: '街道', population: null, area_km2: null, aliases: [] })
  })

  it.each([
    ['a missing name', '990101101000,,镇,1,1,', 'name', 'missing-value'],
    ['a code that is not a number', 'abc,大同镇,镇,1,1,', 'code', 'invalid-code'],
    ['an unknown kind', '990101101000,大同镇,村,1,1,', 'kind', 'invalid-kind'],
  ])('leaves out a row with %s and names its row and column', (_what, line, column, code) => {
    const { townships, issues } = parseTownshipList(`${header}\n${line}\n`)
    expect(townships).toEqual([])
    expect(issues).toEqual([expect.objectContaining({ file: 'townships.csv', row: 2, column, code, severity: 'error' })])
  })

  it('keeps a row with an unreadable population, as null, with a warning', () => {
    const { townships, issues } = parseTownshipList(`${header}\n990101101000,大同镇,镇,约六万,143.5,\n`)
    expect(townships[0]?.population).toBeNull()
    expect(issues).toEqual([expect.objectContaining({ row: 2, column: 'population', code: 'not-a-number', severity: 'warning', raw: '约六万' })])
  })

  it('numbers rows as a spreadsheet shows them, blank lines counted', () => {
    const { issues } = parseTownshipList(`${header}\r\n990101101000,大同镇,镇,1,1,\r\n\r\n990101101000,大同镇,镇,1,1,\r\n`)
    expect(issues).toEqual([expect.objectContaining({ row: 4, code: 'duplicate-row' })])
  })

  it('refuses a file without the name column, and an empty file', () => {
    expect(parseTownshipList('code,title\n1,x\n').issues).toEqual([expect.objectContaining({ code: 'missing-column', row: 1 })])
    expect(parseTownshipList('').issues).toEqual([expect.objectContaining({ code: 'empty-file' })])
  })

  it('warns about a column it does not know', () => {
    const { townships, issues } = parseTownshipList(`${header},remark\n990101101000,大同镇,镇,1,1,,x\n`)
    expect(townships).toHaveLength(1)
    expect(issues).toEqual([expect.objectContaining({ row: 1, column: 'remark', code: 'unknown-column' })])
  })

  it('reads the bundled list of 示例县 without issues: 24 townships, each matched by its short name', () => {
    const { townships, issues } = parseTownshipList(readFileSync('data/townships.csv', 'utf8'))
    expect(issues).toEqual([])
    expect(townships.map(t => t.kind).sort()).toEqual([...Array(6).fill('乡'), ...Array(4).fill('街道'), ...Array(14).fill('镇')].sort())
    const matchBundled = createTownshipMatcher(townships)
    expect(townships.every(t => matchBundled(coreName(t.name)).township === t)).toBe(true)
  })
})
