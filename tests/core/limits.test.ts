import { describe, expect, it } from 'vitest'
import { cappedIssues, columnsProblem, jsonDepthExceeds, LIMITS } from '@/core/limits'
import { chinese } from '@/core/messages/chinese'
import type { Message } from '@/core/messages/render'

const zh = (m: Message | null) => (m ? chinese(m) : m)
import { readTextFile } from '@/core/import/readText'
import type { Issue } from '@/core/types'
import { deepJson, wideUnknownCsv, zipBomb } from '../helpers/hostileFiles'
import { registry, textFile } from '../helpers/ingest'

const bad = (row: number, column: string | null, code = 'not-a-number'): Issue =>
  ({ file: 'f.csv', row, column, indicator: null, township: '大同镇', year: 2024, severity: 'error', code, message: `第 ${row} 行` })

describe('jsonDepthExceeds', () => {
  it.each([
    ['[]', 1, false],
    ['[[]]', 1, true],
    ['{"a":"[[[[[[["}', 1, false],
    ['{"a":"\\"[[["}', 1, false],
    [deepJson(10), 20, false],
    [deepJson(100_000), LIMITS.jsonDepth, true],
  ])('%#: depth over %d is %s', (text, limit, over) => {
    expect(jsonDepthExceeds(text, limit)).toBe(over)
  })
})

describe('cappedIssues', () => {
  it('keeps the first of a kind in a column, then one summary with the count and the first rows', () => {
    const list = cappedIssues()
    for (let r = 2; r < 2 + LIMITS.issuesPerKind + 100; r++) list.push(bad(r, '甲'))
    list.push(bad(5, '乙'))
    expect(list).toHaveLength(LIMITS.issuesPerKind + 2)
    const summary = list[LIMITS.issuesPerKind]!
    expect(summary).toMatchObject({ code: 'not-a-number', column: '甲', row: LIMITS.issuesPerKind + 2 })
    expect(summary.message).toContain('另有 100 处')
    expect(summary.message).toContain(`第 ${LIMITS.issuesPerKind + 2}、`)
    expect(list.at(-1)).toMatchObject({ column: '乙', row: 5 })
  })

  it('lists at most issuesPerFile issues, the last saying how many more there were', () => {
    const list = cappedIssues()
    for (let c = 0; c < LIMITS.issuesPerFile + 50; c++) list.push(bad(2, `列${c}`))
    expect(list).toHaveLength(LIMITS.issuesPerFile + 1)
    expect(list.at(-1)).toMatchObject({ code: 'too-many-issues', message: expect.stringContaining('其余 50 条') })
  })

  it('hands out plain arrays from map and filter', () => {
    const list = cappedIssues([bad(2, '甲')])
    expect(list.map(i => i.row)).toEqual([2])
    expect(Array.isArray(list.filter(() => true))).toBe(true)
  })
})

describe('columnsProblem', () => {
  it.each([[LIMITS.columns, null], [LIMITS.columns + 1, expect.stringContaining(`超过上限 ${LIMITS.columns} 列`)]])('%d columns → %o', (n, why) => {
    const problem = columnsProblem(Array.from({ length: n }, () => 'h'))
    expect(problem && chinese(problem)).toEqual(why)
  })

  it('refuses a CSV of 5,000 unknown columns whole, with the reason', () => {
    const r = readTextFile(textFile('wide.csv', wideUnknownCsv(5000)), { registry, resolveTownship: name => ({ name, code: null }) })
    expect(r.report).toMatchObject({ status: 'failed', accepted: 0 })
    expect(r.issues).toEqual([expect.objectContaining({ code: 'too-many-columns', message: expect.stringContaining('5002 列') })])
  })
})

describe('zipSizeProblem', () => {
  it('passes a real workbook and refuses a zip bomb from its directory, before inflating', async () => {
    const { zipSizeProblem } = await import('@/core/zipLimits')
    const { submissionsToXlsx } = await import('@/core/exportXlsx')
    expect(zipSizeProblem(await submissionsToXlsx([], registry))).toBeNull()
    const bomb = zipBomb(LIMITS.unzippedBytes + 1024)
    expect(bomb.length).toBeLessThan(LIMITS.unzippedBytes / 100)
    expect(zh(zipSizeProblem(bomb))).toMatch(/解压后至少 \d+ MB，超过上限 100 MB/u)
  })

  it('refuses a zip whose directory lies about the size, while inflating', async () => {
    const { zipSizeProblem } = await import('@/core/zipLimits')
    const lying = zipBomb(LIMITS.unzippedBytes + 1024, 1000)
    expect(zh(zipSizeProblem(lying))).toMatch(/解压后至少 100 MB/u)
    expect(zipSizeProblem(zipBomb(8 * 1024 * 1024, 1000))).toBeNull()
  })

  it('refuses an .xlsx zip bomb as a failed file with the reason, without handing it to the reader', async () => {
    const { readFile } = await import('@/core/import/readFile')
    const r = await readFile({ name: 'bomb.xlsx', bytes: zipBomb(LIMITS.unzippedBytes + 1024) }, { registry, resolveTownship: name => ({ name, code: null }) })
    expect(r.report.status).toBe('failed')
    expect(r.issues).toEqual([expect.objectContaining({ code: 'too-large', message: expect.stringContaining('压缩炸弹') })])
  })
})
