// 考核 in the built app on the bundled sample: the table a user sees equals the core's computation, a
// reviewer's score changes the total and survives a reload, and the downloaded 通报 and feedback sheets
// (unzipped, word/document.xml read) state the same numbers as the table.
import { readFileSync, readdirSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { assess, readScheme, type ManualScore } from '../../src/core/assessment'
import { ingest } from '../../src/core/import'
import { loadRegistry } from '../../src/core/registry'
import { parseTownshipList } from '../../src/core/townships'
import { downloadBytes } from '../helpers/files'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { rowsOf } from '../../src/core/tableRows'

const browser = useBrowser()
const root = new URL('../../data/', import.meta.url)
const registry = loadRegistry(JSON.parse(readFileSync(new URL('indicators.json', root), 'utf8')))
const townships = parseTownshipList(readFileSync(new URL('townships.csv', root), 'utf8')).townships
// Named as the app names the bundled files, so that the evidence reads the same.
const files = readdirSync(new URL('sample/', root)).sort().map(name => ({ name: `示例县-${name}`, bytes: new Uint8Array(readFileSync(new URL(`sample/${name}`, root))) }))
const { dataset } = await ingest(files, { registry, townships })
const scheme = readScheme(JSON.parse(readFileSync(new URL('assessment.json', root), 'utf8')), registry).scheme!
const expected = (manual: ManualScore[] = []) => assess({ scheme, registry, townships, submissions: rowsOf(dataset), manual, issues: dataset.validationIssues }, 2024)

/** The score table as the user sees it: rank, township, total, grade per row. */
async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('[data-testid="score-table"] tbody tr').evaluateAll(rows => rows.map(r => ['rank', 'township', 'total', 'grade'].map(c => r.querySelector(`[data-col="${c}"]`)?.textContent?.trim() ?? '')))
}
async function open(page: Page) {
  await page.goto(`${inject('baseUrl')}#/assessment`)
  await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
}
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!)
/** Text of each table row of a document, cells joined by |. */
const docRows = (xml: string) => xml.split('</w:tr>').slice(0, -1).map(r => r.split('</w:tc>').slice(0, -1).map(c => [...c.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('')))

describe('assessment page', () => {
  it('shows the totals, grades and ranks the core computes, with the 末位 list', async () => {
    const { page, errors, context } = await openPage(browser())
    await open(page)
    const want = expected().townships.map(t => [String(t.rank), t.township, String(t.total), t.grade])
    await expect.poll(() => tableRows(page)).toEqual(want)
    await expect.poll(() => page.locator('[data-list="notSubmitted"] dd').textContent()).toBe('杨柳乡')
    await page.locator('[data-chart="scoreRankingOption"][data-rendered="true"]').waitFor()
    await page.screenshot({ path: `${SHOTS}/assessment-1366.png` })
    expect(errors).toEqual([])
    await context.close()
  })

  it('ranks within a peer group when asked', async () => {
    const { page, errors, context } = await openPage(browser())
    await open(page)
    await page.getByTestId('peer-toggle').getByText('街道', { exact: true }).click()
    const streets = expected().townships.filter(t => t.kind === '街道').map(t => [String(t.peerRank), t.township])
    await expect.poll(async () => (await tableRows(page)).map(r => [r[0], r[1]])).toEqual(streets)
    expect(decodeURIComponent(page.url())).toMatch(/[?&]peer=街道/)
    await page.reload()
    await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
    await expect.poll(async () => (await tableRows(page)).map(r => [r[0], r[1]])).toEqual(streets)
    expect(errors).toEqual([])
    await context.close()
  })

  it('takes a reviewer\'s score, shows the new total, and keeps it over a reload', async () => {
    const { page, errors, context } = await openPage(browser())
    await open(page)
    const row = page.locator('[data-testid="score-table"] tr[data-township="高坪乡"]')
    await row.click()
    const form = page.getByTestId('manual-review')
    await form.getByTestId('manual-points').fill('11')
    await form.getByTestId('manual-reason').fill('报告结构完整')
    await form.getByTestId('manual-save').click()
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/须在 0 到 10 分之间/)
    await form.getByTestId('manual-points').fill('8')
    await form.getByTestId('manual-save').click()
    const want = expected([{ township: '高坪乡', item: 'review', year: 2024, points: 8, reason: '报告结构完整' }]).townships.find(t => t.township === '高坪乡')!
    expect(want.total).not.toBe(expected().townships.find(t => t.township === '高坪乡')!.total)
    await expect.poll(() => row.locator('[data-col="total"]').textContent()).toBe(String(want.total))
    await expect.poll(() => page.locator('[data-testid="breakdown"] tr[data-item="review"]').textContent()).toMatch(/评议得 8 分：报告结构完整/)
    await page.reload()
    await page.locator('[data-testid="score-table"] tr[data-township="高坪乡"]').waitFor()
    await expect.poll(() => page.locator('[data-testid="score-table"] tr[data-township="高坪乡"] [data-col="total"]').textContent()).toBe(String(want.total))
    await expect.poll(() => page.locator('[data-testid="score-table"] tr[data-township="高坪乡"] [data-col="grade"]').textContent()).toBe(want.grade)
    expect(errors).toEqual([])
    await context.close()
  })

  it('downloads a 通报 and a ZIP of feedback sheets whose numbers match the table', async () => {
    const { page, errors, context } = await openPage(browser())
    await open(page)
    const shown = await tableRows(page)
    const [noticeFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('download-notice').click()])
    expect(noticeFile.suggestedFilename()).toMatch(/考核通报\.docx$/)
    const notice = await downloadBytes(noticeFile)
    expect(Object.keys(unzipSync(notice)).some(n => /^word\/media\/.+\.png$/.test(n))).toBe(true)
    const xml = documentXml(notice)
    expect(xml).toMatch(/2024年度乡镇（街道）法治建设考核情况通报/)
    const rows = docRows(xml)
    // A rank another township shares reads 并列第 N in the documents.
    for (const [rank, township, total, grade] of shown) expect(rows.some(r => r[0]!.replace(/^并列第 /, '') === rank && r[1] === township && r[3] === total && r[4] === grade), township).toBe(true)

    const [zipFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('download-feedback-zip').click()])
    const sheets = unzipSync(await downloadBytes(zipFile))
    expect(Object.keys(sheets)).toHaveLength(shown.length)
    for (const [rank, township, total, grade] of shown) {
      const name = Object.keys(sheets).find(n => n.endsWith(`-${township}.docx`))
      expect(name, township).toBeDefined()
      const summary = docRows(documentXml(sheets[name!]!))[1]!
      const tied = shown.filter(r => r[0] === rank).length > 1
      expect(summary.slice(0, 3)).toEqual([total, grade, `${tied ? '并列第 ' : ''}${rank} / ${shown.length}`])
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('checks an edited scheme, names the item at fault, and previews a valid one', async () => {
    const { page, errors, context } = await openPage(browser())
    await open(page)
    const text = page.getByTestId('scheme-text')
    const original = await text.inputValue()
    await text.fill(original.replace('"indicator": "enforcement_cert_rate"', '"indicator": "no_such_rate"'))
    await expect.poll(() => page.getByTestId('scheme-check').textContent()).toMatch(/考核项“cert”（执法人员持证率）：指标“no_such_rate”不在指标库/)
    await expect.poll(() => page.getByTestId('scheme-apply').isDisabled()).toBe(true)
    await text.fill(original)
    await expect.poll(() => page.getByTestId('scheme-check').textContent()).toMatch(/方案校验通过/)
    await expect.poll(() => page.getByTestId('scheme-preview').textContent()).toMatch(/1\. 城关街道/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('never scores a name held in 待确认, and lists it as unconfirmed', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/data`)
    const results = page.getByTestId('file-results')
    await results.waitFor()
    const before = Number(await results.getAttribute('data-finished'))
    const csv = '乡镇,年度,行政执法人员持证率（%）\n桃园镇,2024,100\n大同镇,2024,100\n'
    await importFiles(page, [{ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }], { wait: false })
    await expect.poll(async () => Number(await results.getAttribute('data-finished')), { timeout: 60_000 }).toBeGreaterThan(before)
    await page.getByRole('link', { name: '考核' }).click()
    await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
    await expect.poll(() => page.locator('[data-list="unscored"] dd').textContent()).toMatch(/桃园镇/)
    const names = await page.locator('[data-testid="score-table"] tbody [data-col="township"]').allTextContents()
    expect(names).toHaveLength(townships.length)
    expect(names).not.toContain('桃园镇')
    expect(errors).toEqual([])
    await context.close()
  })
})
