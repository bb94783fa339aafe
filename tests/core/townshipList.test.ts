import { describe, expect, it } from 'vitest'
import { addAlias, countyOfFileName, joinCountyLists, listChangeProblem, nextTownshipCode, readStoredTownships, saveTownship, townshipListRows } from '@/core/townshipList'
import { parseTownshipList } from '@/core/townships'
import { chinese } from '@/core/messages/chinese'
import { catalogueRenderer, renderMessage } from '@/core/messages/render'
import en from '@/core/messages/en'
import { rowsToCsv } from '@/core/exportTable'
import type { Submission, Township } from '@/core/types'
import { loadTownshipFile } from '@/cli/loadData'

const bundled = loadTownshipFile()
const t = (name: string, code: string, extra: Partial<Township> = {}): Township => ({ code, name, kind: '镇', population: 1000, area_km2: null, aliases: [], ...extra })
const list = [t('大同镇', '990101102000', { aliases: ['大同'] }), t('桃源镇', '990101113000', { aliases: ['桃源'] })]
const sub = (township: string, code: string | null): Submission => ({ township, code, year: 2024, values: {}, approx: [], derived: [], source: { file: 'a.csv', row: 2 } })

describe('saveTownship', () => {
  it.each([
    ['an empty name', t(' ', '990101200000'), '名称不能为空'],
    ['a code that is not digits', t('新镇', '99A'), '6–15 位数字'],
    ['a code already used', t('新镇', '990101102000'), '已被其他乡镇使用'],
    ['a name already an alias', t('大同', '990101200000'), '“大同”已是“大同镇”'],
    ['an alias already a name', t('新镇', '990101200000', { aliases: ['桃源镇'] }), '“桃源镇”已是“桃源镇”'],
    ['a negative population', t('新镇', '990101200000', { population: -1 }), '非负数字'],
    ['a comma in the name', t('新,镇', '990101200000'), '逗号'],
  ])('refuses %s', (_what, township, reason) => {
    const result = saveTownship(list, township, null)
    expect('problem' in result ? chinese(result.problem) : '').toContain(reason)
  })

  it.each([
    [t(' ', '990101200000'), 'the township needs a name'],
    [t('新镇', '990101102000'), 'the division code 990101102000 is already used by another township'],
    [t('大同', '990101200000'), '“大同” is already the name or an alias of “大同镇”'],
    [t('新镇', '99A'), 'the division code “99A” should be 6–15 digits'],
  ])('says why in English too (%#)', (township, text) => {
    const result = saveTownship(list, township, null)
    expect('problem' in result ? renderMessage(result.problem, catalogueRenderer(en, 'en', id => id)) : '').toBe(text)
  })

  it('adds a township at the end, trimmed and without its own name among the aliases', () => {
    const result = saveTownship(list, t(' 新 镇', '990101200000', { aliases: ['新镇', ' 新 ', '新'] }), null)
    expect('list' in result && result.list.at(-1)).toEqual(t('新镇', '990101200000', { aliases: ['新'] }))
  })

  it('replaces a township in place, so its own name and aliases are not taken', () => {
    const result = saveTownship(list, { ...list[0]!, population: 5 }, list[0]!.code)
    expect('list' in result && result.list.map(x => x.population)).toEqual([5, 1000])
  })
})

describe('addAlias', () => {
  it.each([
    ['adds a new alias', '桃园镇', ['桃源', '桃园镇']],
    ['leaves an alias already there', '桃源', ['桃源']],
  ])('%s', (_what, alias, aliases) => {
    const result = addAlias(list, '990101113000', alias)
    expect('list' in result && result.list[1]!.aliases).toEqual(aliases)
  })

  it('refuses an alias another township holds', () => {
    const result = addAlias(list, '990101113000', '大同')
    expect('problem' in result && chinese(result.problem)).toContain('大同镇')
  })
})

describe('the list as CSV', () => {
  it('reads back exactly what it wrote, for the bundled list', () => {
    const csv = rowsToCsv(townshipListRows(bundled))
    expect(parseTownshipList(csv)).toEqual({ townships: bundled, issues: [] })
  })

  it('writes a county column only for a list that names counties, and reads it back', () => {
    expect(townshipListRows(list)[0]).toEqual(['code', 'name', 'kind', 'population', 'area_km2', 'aliases'])
    const pooled = [t('大同镇', '990101102000', { county: '示例县' }), t('新镇', '990102001000', { county: '邻县' })]
    const rows = townshipListRows(pooled)
    expect(rows.map(r => r.at(-1))).toEqual(['county', '示例县', '邻县'])
    expect(parseTownshipList(rowsToCsv(rows))).toEqual({ townships: pooled, issues: [] })
  })

  it('neutralises a formula in an exported name', () => {
    expect(rowsToCsv(townshipListRows([t('=HYPERLINK("x")', '990101200000')]))).toContain('"\'=HYPERLINK(""x"")"')
  })

  it('names the row and column of a bad row in an imported list', () => {
    const { issues } = parseTownshipList('code,name,kind,population\n990101200000,新镇,村,100\n990101200001,新乡,乡,很多\n')
    expect(issues.map(i => [i.row, i.column, i.severity])).toEqual([[2, 'kind', 'error'], [3, 'population', 'warning']])
  })
})

describe('joinCountyLists', () => {
  const east = [t('甲镇', '980101001000', { county: '东县' }), t('乙镇', '980101002000', { county: '东县', aliases: ['乙'] })]
  const west = [t('丙镇', '980102001000'), t('丁镇', '980102002000')]

  it.each([
    ['乡镇名单-某某县.csv', '某某县'],
    ['townships_West County.csv', 'West County'],
    ['名单.csv', '名单'],
  ])('takes the county of a list file from its name: %s', (file, county) => {
    expect(countyOfFileName(file)).toBe(county)
  })

  it('joins lists in order, each township keeping its county (the column, else the file name)', () => {
    const joined = joinCountyLists([{ file: '乡镇名单-东县.csv', townships: east }, { file: '乡镇名单-西县.csv', townships: west }])
    expect('list' in joined && joined.list.map(x => [x.name, x.county])).toEqual([['甲镇', '东县'], ['乙镇', '东县'], ['丙镇', '西县'], ['丁镇', '西县']])
  })

  it.each([
    ['a code on two lists', [t('戊镇', '980101001000')]],
    ['a name on two lists', [t('甲镇', '980102009000')]],
    ['an alias on one list that is a name on another', [t('乙', '980102009000')]],
  ])('refuses %s, naming both counties', (_what, other) => {
    const joined = joinCountyLists([{ file: '乡镇名单-东县.csv', townships: east }, { file: '乡镇名单-西县.csv', townships: other }])
    expect('problem' in joined && chinese(joined.problem)).toMatch(/西县.*东县/u)
  })
})

describe('listChangeProblem', () => {
  it.each([
    ['keeps every loaded township', list, null],
    ['drops a loaded township', [list[1]!], '大同镇'],
    ['renames a loaded township', [{ ...list[0]!, name: '大同乡' }, list[1]!], '大同镇'],
  ])('%s', (_what, next, named) => {
    const problem = listChangeProblem(next, [sub('大同镇', '990101102000'), sub('未知镇', null)])
    if (named === null) expect(problem).toBeNull()
    else expect(problem && chinese(problem)).toContain(named)
  })
})

describe('nextTownshipCode and readStoredTownships', () => {
  it.each([
    [list, '990101113001'],
    [[], '000000000001'],
  ])('gives the next free code (%#)', (l, code) => {
    expect(nextTownshipCode(l)).toBe(code)
  })

  it.each([
    [null, null], ['x', null], [[], []], [[{ name: '镇' }], null], [list, list],
    [[{ ...list[0]!, county: '示例县' }], [{ ...list[0]!, county: '示例县' }]], [[{ ...list[0]!, county: 3 }], null],
  ])('reads a stored list back only when every township is well formed (%#)', (stored, expected) => {
    expect(readStoredTownships(stored)).toEqual(expected)
  })
})
