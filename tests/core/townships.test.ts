import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createTownshipMatcher } from '@/core/townshipMatch'
import { coreName } from '@/core/townshipNames'
import { parseTownshipList } from '@/core/townships'

describe('parseTownshipList', () => {
  const header = 'code,name,kind,population,area_km2,aliases'

  it('reads townships with numbers and aliases', () => {
    const { townships, issues } = parseTownshipList(`\uFEFF${header}\n990101101000,大同镇,镇,"62,417",143.5,大同|大同场\n`)
    expect(issues).toEqual([])
    expect(townships).toEqual([{ code: '990101101000', name: '大同镇', kind: '镇', population: 62417, area_km2: 143.5, aliases: ['大同', '大同场'] }])
  })

  it.each([
    ['a county column names the county', `${header},county\n990101101000,大同镇,镇,,,,示例县\n`, { county: '示例县' }],
    ['an empty county cell leaves it out', `${header},county\n990101101000,大同镇,镇,,,, \n`, {}],
    ['a list without the column has none', `${header}\n990101101000,大同镇,镇,,,\n`, {}],
  ])('%s', (_what, csv, extra) => {
    const { townships, issues } = parseTownshipList(csv)
    expect(issues).toEqual([])
    expect(townships).toEqual([{ code: '990101101000', name: '大同镇', kind: '镇', population: null, area_km2: null, aliases: [], ...extra }])
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
