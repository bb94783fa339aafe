// 上年整改情况 in the built app on the bundled county (2022–2024): a township's page lists last year's
// deductions and red flags with the marks this year's figures give, and the downloaded feedback sheets
// carry the same section.
import { readFileSync, readdirSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { evaluateYearFlags } from '../../src/core/analysis'
import { assess, bottomOf, carryForward, readScheme, type ManualScore } from '../../src/core/assessment'
import { readFlagRules } from '../../src/core/flagRules'
import { ingest } from '../../src/core/import'
import { loadRegistry } from '../../src/core/registry'
import { parseTownshipList } from '../../src/core/townships'
import { downloadBytes } from '../helpers/files'
import { openPage, SHOTS, useBrowser, switchLocale } from '../helpers/browser'
import { byLength, chineseOnPage } from '../helpers/chineseOnPage'
import { rowsOf } from '../../src/core/tableRows'

const browser = useBrowser()
const root = new URL('../../data/', import.meta.url)
const json = (name: string) => JSON.parse(readFileSync(new URL(name, root), 'utf8')) as unknown
const registry = loadRegistry(json('indicators.json'))
const townships = parseTownshipList(readFileSync(new URL('townships.csv', root), 'utf8')).townships
const files = readdirSync(new URL('sample/', root)).sort().map(name => ({ name: `示例县-${name}`, bytes: new Uint8Array(readFileSync(new URL(`sample/${name}`, root))) }))
const { dataset } = await ingest(files, { registry, townships })
const scheme = readScheme(json('assessment.json'), registry).scheme!
const rules = readFlagRules(json('flags.json')).rules!
const input = { scheme, registry, townships, submissions: rowsOf(dataset), manual: [], issues: dataset.validationIssues }
const now = assess(input, 2024)
const before = assess(input, 2023)
const flags = (y: number) => evaluateYearFlags(rowsOf(dataset), y, { registry, rules, issues: dataset.validationIssues })
/** The marks the core gives a township, as [source, id, mark]. */
function expectedMarks(name: string): string[][] {
  const c = carryForward(before.townships.find(t => t.township === name) ?? null, now.townships.find(t => t.township === name) ?? null, flags(2023).get(name) ?? null, flags(2024).get(name) ?? null)
  return c.entries.map(e => [e.source, e.source === 'flag' ? e.rule : e.item, e.mark])
}
const figure = (name: string, year: number, id: string) => rowsOf(dataset).find(s => s.township === name && s.year === year)?.values[id] ?? null

async function shownMarks(page: Page): Promise<string[][]> {
  return page.locator('[data-testid="carry-forward"] li').evaluateAll(rows => rows.map(r => ['source', 'id', 'mark'].map(k => r.getAttribute(`data-${k}`) ?? '')))
}
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!)

describe('上年整改情况', () => {
  it('lists last year\'s deductions and red flags of a township with the marks this year\'s figures give', async () => {
    // 青石镇 lost a lawsuit in 2023 and none in 2024: the deduction, the 不得评优 gate and the red flag are all 已整改.
    expect(figure('青石镇', 2023, 'litigation_lost')).toBeGreaterThan(0)
    expect(figure('青石镇', 2024, 'litigation_lost')).toBe(0)
    const want = expectedMarks('青石镇')
    expect(want).toEqual(expect.arrayContaining([['item', 'lost', 'fixed'], ['gate', 'lost-gate', 'fixed'], ['flag', 'litigation-lost', 'fixed']]))
    expect(want.some(w => w[2] === 'open')).toBe(true)
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/township/${encodeURIComponent('青石镇')}`)
    const section = page.getByTestId('carry-forward')
    await section.waitFor()
    await expect.poll(() => shownMarks(page)).toEqual(want)
    const lost = section.locator('li[data-id="lost"]')
    await expect(lost.textContent()).resolves.toMatch(/已整改.*行政诉讼败诉：上年失 2 分（满分 6 分）.*本年不再失分/)
    const counts = { fixed: want.filter(w => w[2] === 'fixed').length, open: want.filter(w => w[2] === 'open').length }
    await expect(page.getByTestId('carry-counts').textContent()).resolves.toContain(`${counts.fixed} 项已整改，${counts.open} 项未整改`)
    await section.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/carry-forward-1366.png` })
    await page.setViewportSize({ width: 1024, height: 768 })
    await section.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/carry-forward-1024.png` })
    expect(errors).toEqual([])
    await context.close()
  })

  it('marks every item 无法判断 for a township that sent nothing this year, and says so in one line for the first year', async () => {
    expect(rowsOf(dataset).some(s => s.township === '杨柳乡' && s.year === 2024)).toBe(false)
    const want = expectedMarks('杨柳乡')
    expect(want.length).toBeGreaterThan(0)
    expect(want.every(w => w[2] === 'unknown')).toBe(true)
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/township/${encodeURIComponent('杨柳乡')}`)
    await page.getByTestId('carry-forward').waitFor()
    await expect.poll(() => shownMarks(page)).toEqual(want)
    // 2022 is the first year of the bundled data: nothing to carry, one line and no list.
    await page.goto(`${inject('baseUrl')}#/township/${encodeURIComponent('青石镇')}?year=2022`)
    await expect.poll(() => page.getByTestId('carry-forward').getAttribute('data-has-last-year')).toBe('false')
    await expect(page.getByTestId('carry-none').textContent()).resolves.toMatch(/2021 年没有本乡镇（街道）的数据/)
    expect(await page.locator('[data-testid="carry-forward"] li').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('puts 上年整改情况 in every downloaded feedback sheet, with the township\'s rows', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/assessment`)
    await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
    const [zipFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('download-feedback-zip').click()])
    const sheets = unzipSync(await downloadBytes(zipFile))
    for (const xml of Object.values(sheets).map(documentXml)) expect(xml).toContain('上年整改情况')
    const qingshi = documentXml(sheets[Object.keys(sheets).find(n => n.endsWith('-青石镇.docx'))!]!)
    expect(qingshi).toContain('行政诉讼败诉：上年失 2 分（满分 6 分）')
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('ties in the 通报', () => {
  it('names a tie arranged by a reviewer\'s score: 并列第 N in the ranking, and the whole tie in the 末位 list', async () => {
    // 大同镇 scores below 河口镇; a review score for 大同镇 that makes the two totals equal is found from the data.
    const total = (name: string, manual: ManualScore[]) => assess({ ...input, manual }, 2024).townships.find(t => t.township === name)!.total
    const target = total('河口镇', [])
    expect(total('大同镇', [])).toBeLessThan(target)
    const entry = (points: number): ManualScore => ({ township: '大同镇', item: 'review', year: 2024, points, reason: '报告基本完整' })
    const points = Array.from({ length: 1001 }, (_, i) => i / 100).find(p => total('大同镇', [entry(p)]) === target)
    expect(points).toBeDefined()
    const tied = assess({ ...input, manual: [entry(points!)] }, 2024)
    const bottom = bottomOf(tied, 3).map(t => t.township)
    expect(bottom).toEqual(expect.arrayContaining(['大同镇', '河口镇']))
    expect(bottom.length).toBeGreaterThan(3)
    const rank = tied.townships.find(t => t.township === '大同镇')!.rank

    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/assessment`)
    await page.locator('[data-testid="score-table"] tr[data-township="大同镇"]').click()
    const form = page.getByTestId('manual-review')
    await form.getByTestId('manual-points').fill(String(points))
    await form.getByTestId('manual-reason').fill('报告基本完整')
    await form.getByTestId('manual-save').click()
    await expect.poll(() => page.locator('[data-testid="score-table"] tr[data-township="大同镇"] [data-col="total"]').textContent()).toBe(String(target))
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('download-notice').click()])
    const xml = documentXml(await downloadBytes(file))
    const cells = xml.split('</w:tr>').map(r => [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('|'))
    for (const name of ['大同镇', '河口镇']) expect(cells.some(c => c.startsWith(`并列第 ${rank}|${name}|`)), name).toBe(true)
    expect(xml).toMatch(new RegExp(`(大同镇、河口镇|河口镇、大同镇)并列第 ${rank} 名`))
    expect(xml).toContain(`大同镇（并列第 ${rank} 名`)
    expect(xml).toContain(`因得分并列，居后 3 位共列出 ${bottom.length} 个`)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the 考核 page in English', () => {
  /** Names from the data that stay Chinese: townships (and aliases), the county, the bundled files. */
  const names = (() => {
    const rows = readFileSync(new URL('townships.csv', root), 'utf8').trim().split('\n').slice(1).map(l => l.split(','))
    const county = (json('dashboard.json') as { county: string }).county
    return byLength([...rows.flatMap(r => [r[1] ?? '', ...(r[5] ?? '').split('|')]), county, ...files.map(f => f.name), '中文'])
  })()

  it('shows no Chinese but names from the data, with a township\'s breakdown open, at 1366 and 1024 wide', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/assessment`)
    await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
    await switchLocale(page)
    await expect.poll(() => page.locator('[data-testid="score-table"] caption').textContent()).toMatch(/Score table/)
    await page.locator('[data-testid="score-table"] tr[data-township="青石镇"]').click()
    const breakdown = page.getByTestId('breakdown')
    await breakdown.waitFor()
    await expect(breakdown.locator('tr[data-item="lost"]').textContent()).resolves.toMatch(/Administrative lawsuits lost.*nothing deducted, 6 points/)
    await expect(page.locator('[data-testid="score-table"] tr[data-township="青石镇"]').textContent()).resolves.toMatch(/Town/)
    await page.locator('[data-chart="scoreRankingOption"][data-rendered="true"]').waitFor()
    expect(await chineseOnPage(page, names)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/assessment-en-1366.png` })
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.screenshot({ path: `${SHOTS}/assessment-en-1024.png` })
    await breakdown.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/assessment-en-breakdown-1024.png` })
    // The township page's 上年整改情况 in English too.
    await page.goto(`${inject('baseUrl')}#/township/${encodeURIComponent('青石镇')}`)
    await page.getByTestId('carry-forward').waitFor()
    await expect(page.getByTestId('carry-forward').textContent()).resolves.toMatch(/Follow-up on 2023.*Fixed.*Administrative lawsuits lost: 2 of 6 points lost last year/)
    expect(await page.getByTestId('carry-forward').evaluate(el => (el as HTMLElement).innerText.match(/[\u4e00-\u9fff]+/g))).toBeNull()
    await page.getByTestId('carry-forward').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/carry-forward-en-1024.png` })
    expect(errors).toEqual([])
    await context.close()
  })
})
