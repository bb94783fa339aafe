// A county's own data folder for the single-file build: found, checked with the core, staged like data/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findCountyFiles, stageCountyData } from '../../src/cli/countyData'
import { wordsFor } from '../../src/cli/words'

const DEFAULTS = join(import.meta.dirname, '../../data')
const FIXTURE = join(import.meta.dirname, '../fixtures/county')
const TOWNSHIPS = 'code,name,kind,population,area_km2,aliases\n980201101000,石溪镇,镇,38410,96.2,\n980201201000,云雾乡,乡,11820,140.5,\n'
const WIDE = '乡镇,年度,行政检查次数（次）\n石溪镇,2024,131\n云雾乡,2024,47\n'

const made: string[] = []
/** A temporary folder holding `files` (path → text); cleaned up after each test. */
function folder(files: Record<string, string>, name = '测试县'): string {
  const root = mkdtempSync(join(tmpdir(), 'county-'))
  made.push(root)
  const dir = join(root, name)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  mkdirSync(dir, { recursive: true })
  return dir
}
const staging = () => join(folder({}), 'staged')
afterEach(() => { for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true }) })

describe('findCountyFiles', () => {
  it.each([
    ['submissions/ when there is such a folder', { 'townships.csv': TOWNSHIPS, 'submissions/2024.csv': WIDE, 'submissions/a.json': '[]', 'notes.csv': WIDE }, ['a.json', '2024.csv']],
    ['sample/ as the data/ folder names it', { 'townships.csv': TOWNSHIPS, 'sample/2024.csv': WIDE }, ['2024.csv']],
    ['CSV files next to the township list, config files left out', { 'townships.csv': TOWNSHIPS, '2024.csv': WIDE, 'flags.json': '{}', 'other.json': '[]' }, ['2024.csv']],
  ])('takes the submissions from %s', (_what, files, expected) => {
    const found = findCountyFiles(folder(files))
    expect(found.submissions.map(p => p.split('/').pop()).sort()).toEqual([...expected].sort())
  })

  it('names Excel and Word files it cannot bundle as they are', () => {
    const found = findCountyFiles(folder({ 'townships.csv': TOWNSHIPS, 'submissions/2024.xlsx': 'x', 'submissions/报告.docx': 'x', 'submissions/2023.csv': WIDE }))
    expect(found.skipped.map(p => p.split('/').pop()).sort()).toEqual(['2024.xlsx', '报告.docx'])
  })

  it('throws when the folder does not exist', () => {
    expect(() => findCountyFiles('/no/such/folder')).toThrow(/不存在/)
  })
})

describe('stageCountyData', () => {
  it('stages the fixture county like data/: its list, its files, the default registry and a dashboard naming it', async () => {
    const out = staging()
    const check = await stageCountyData(FIXTURE, out, DEFAULTS)
    expect(check.problems).toEqual([])
    expect(check.county).toBe('青禾县')
    expect(readdirSync(join(out, 'sample')).sort()).toEqual(['2023.csv', '2024.csv'])
    expect(readFileSync(join(out, 'townships.csv'), 'utf8')).toContain('青禾街道')
    expect(readFileSync(join(out, 'indicators.json'), 'utf8')).toBe(readFileSync(join(DEFAULTS, 'indicators.json'), 'utf8'))
    const dashboard = JSON.parse(readFileSync(join(out, 'dashboard.json'), 'utf8')) as Record<string, unknown>
    expect(dashboard).toMatchObject({ county: '青禾县', sample: false, firstChart: 'inspections' })
    expect(dashboard.headline).toEqual(JSON.parse(readFileSync(join(DEFAULTS, 'dashboard.json'), 'utf8')).headline)
    expect(check.summary.join('\n')).toMatch(/共 8 份报送，年度 2023、2024/)
  })

  it.each([
    ['the --county option first', { 'dashboard.json': '{"county":"甲县"}' }, '乙县', '乙县'],
    ['dashboard.json’s "county" next', { 'dashboard.json': '{"county":"甲县"}' }, undefined, '甲县'],
    ['the folder’s name last', {}, undefined, '测试县'],
  ])('names the county from %s', async (_what, extra, option, expected) => {
    const check = await stageCountyData(folder({ 'townships.csv': TOWNSHIPS, '2024.csv': WIDE, ...extra }), staging(), DEFAULTS, option)
    expect(check.county).toBe(expected)
  })

  it.each([
    ['there is no submission file', { 'townships.csv': TOWNSHIPS }, /没有报送数据文件/, /no submission files/],
    ['no row of the submissions can be read', { 'townships.csv': TOWNSHIPS, '2024.csv': 'foo,bar\n1,2\n' }, /没有一行能读入/, /not one row of the submission files could be read/],
    ['the registry is not JSON', { 'townships.csv': TOWNSHIPS, '2024.csv': WIDE, 'indicators.json': '[{' }, /indicators\.json 不是有效的 JSON/, /indicators\.json is not valid JSON/],
    ['the registry breaks its rules', { 'townships.csv': TOWNSHIPS, '2024.csv': WIDE, 'indicators.json': '[{"id":"x"}]' }, /indicators\.json 有误：x：未知类型/, /indicators\.json is wrong: x: unknown kind/],
    ['the flag rules are malformed', { 'townships.csv': TOWNSHIPS, '2024.csv': WIDE, 'flags.json': '{"rules":1}' }, /flags\.json：/, /flags\.json: /],
    ['the township list has no townships', { 'townships.csv': 'code,name\n', '2024.csv': WIDE }, /没有乡镇/, /lists no township/],
    ['the township list has a row without a name', { 'townships.csv': `${TOWNSHIPS}980201301000,,镇\n`, '2024.csv': WIDE }, /townships\.csv 第 4 行：/, /townships\.csv row 4: /],
    ['a submission names a township not on the list', { 'townships.csv': TOWNSHIPS, '2024.csv': `${WIDE}云海镇,2024,5\n` }, /乡镇“云海镇”不在 townships\.csv 中/, /the township “云海镇” is not in townships\.csv/],
    ['dashboard.json names its lists wrongly', { 'townships.csv': TOWNSHIPS, '2024.csv': WIDE, 'dashboard.json': '{"headline":"x"}' }, /headline 应为指标 id 的数组/, /the headline of dashboard\.json should be a list of indicator ids/],
  ])('refuses to stage when %s, and writes nothing (in Chinese by default, in English with lang en)', async (_what, files, zh, en) => {
    const dir = folder(files)
    const out = staging()
    const check = await stageCountyData(dir, out, DEFAULTS)
    expect(check.problems.join('\n')).toMatch(zh)
    expect(() => readdirSync(out)).toThrow()
    const english = await stageCountyData(dir, out, DEFAULTS, undefined, 'en')
    expect(english.problems.join('\n')).toMatch(en)
  })

  it('writes its summary in English with lang en: no Chinese but the data’s names', async () => {
    const check = await stageCountyData(FIXTURE, staging(), DEFAULTS, undefined, 'en')
    expect(check.problems).toEqual([])
    const text = check.summary.join('\n')
    expect(text).toMatch(/8 submissions, years 2023, 2024/)
    const names = [check.county, ...readFileSync(join(FIXTURE, 'townships.csv'), 'utf8').split('\n').slice(1).flatMap(l => l.split(',').slice(1, 3))].filter(n => n !== '')
    const left = names.sort((a, b) => b.length - a.length).reduce((t, n) => t.split(n).join(' '), text)
    expect(left.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? []).toEqual([])
  })

  it('says a folder that does not exist in the language', () => {
    expect(() => findCountyFiles('/no/such/folder', wordsFor('en'))).toThrow(/the data folder does not exist/)
  })
})
