// 短板 and 零办案 on the township page of the built app: the weak spots listed are those the core
// finds (targets from the bundled flag rules and 考核 scheme, the county median), largest gap first;
// a township with officers but no inspection and no penalty is flagged 零办案.
import { readFileSync, readdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { rateTargets, shortfalls, townshipProfile } from '../../src/core/analysis'
import { readScheme } from '../../src/core/assessment'
import { readFlagRules } from '../../src/core/flagRules'
import { ingest } from '../../src/core/import'
import { loadRegistry } from '../../src/core/registry'
import { parseTownshipList } from '../../src/core/townships'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { rowsOf } from '../../src/core/tableRows'

const browser = useBrowser()
const root = new URL('../../data/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, root), 'utf8')
const registry = loadRegistry(JSON.parse(read('indicators.json')))
const townships = parseTownshipList(read('townships.csv')).townships
const files = readdirSync(new URL('sample/', root)).sort().map(name => ({ name: `示例县-${name}`, bytes: new Uint8Array(readFileSync(new URL(`sample/${name}`, root))) }))
const { dataset } = await ingest(files, { registry, townships })
const rules = readFlagRules(JSON.parse(read('flags.json'))).rules!
const scheme = readScheme(JSON.parse(read('assessment.json')), registry).scheme!
const targets = rateTargets(registry, rules, scheme)
const expected = (name: string, year: number) => shortfalls(townshipProfile({ submissions: rowsOf(dataset), townships, registry, rules, issues: dataset.validationIssues, name, year })!, targets)

const townshipUrl = (name: string, query = ''): string => `${inject('baseUrl')}#/township/${encodeURIComponent(name)}${query}`
const listed = (page: Page) => page.locator('[data-testid="weak-spots"] li').evaluateAll(items => items.map(li => [li.getAttribute('data-indicator'), li.getAttribute('data-below')]))

describe('短板 and 零办案', () => {
  it.each([['高坪乡', 1366], ['东城街道', 1024]] as const)('lists the weak spots of %s the core finds, largest gap first (%i px)', async (name, width) => {
    const want = expected(name, 2024)
    expect(want.length).toBeGreaterThan(0)
    const { page, errors, context } = await openPage(browser(), { width, height: 768 })
    await page.goto(townshipUrl(name))
    await page.getByTestId('weak-spots').waitFor()
    await expect.poll(() => listed(page)).toEqual(want.map(s => [s.indicator, s.below]))
    await expect(page.getByTestId('weak-spots').locator('h2').textContent()).resolves.toBe(`短板（${want.length} 项）`)
    const first = page.getByTestId('weak-spots').locator('li').first()
    await expect(first.textContent()).resolves.toMatch(/差距 [\d.]+ 个百分点/)
    await expect(page.getByTestId('zero-enforcement').count()).resolves.toBe(0)
    await page.screenshot({ path: `${SHOTS}/township-weak-${width}.png`, fullPage: false })
    expect(errors).toEqual([])
    await context.close()
  })

  it('names the county target a rate misses', async () => {
    const low = rowsOf(dataset).filter(s => s.year === 2024 && (s.values.enforcement_cert_rate ?? 100) < 95).map(s => s.township)
    const name = low[0]
    if (!name) throw new Error('the sample has no township below the 95 % certification target')
    const { page, errors, context } = await openPage(browser())
    await page.goto(townshipUrl(name))
    const cert = page.locator('[data-testid="weak-spots"] li[data-indicator="enforcement_cert_rate"]')
    await expect.poll(() => cert.textContent()).toMatch(/低于县定目标 95%/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('flags 零办案: officers, yet no inspection and no penalty all year', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/data`)
    const results = page.getByTestId('file-results')
    await results.waitFor()
    const before = Number(await results.getAttribute('data-finished'))
    const csv = '乡镇,年度,行政执法人员数（人）,行政检查次数（次）,行政处罚案件数（件）\n高坪乡,2025,10,0,0\n松林乡,2025,8,5,0\n'
    await importFiles(page, [{ name: 'zero.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }], { wait: false })
    await expect.poll(async () => Number(await results.getAttribute('data-finished')), { timeout: 60_000 }).toBeGreaterThan(before)
    await page.goto(townshipUrl('高坪乡', '?year=2025'))
    await expect.poll(() => page.getByTestId('zero-enforcement').textContent()).toBe('零办案：有行政执法人员 10 人，但全年行政检查 0 次、行政处罚 0 件。')
    await page.goto(townshipUrl('松林乡', '?year=2025'))
    await page.getByTestId('weak-spots').waitFor()
    await expect(page.getByTestId('zero-enforcement').count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
