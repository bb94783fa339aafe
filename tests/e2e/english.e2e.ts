// The English UI in Chromium: every page, with the bundled county and an import that raises issues,
// shows no Chinese but names from the data (townships, files, the county); in Chinese, Element Plus speaks Chinese.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'

const browser = useBrowser()

/** A file whose rows raise issues of many kinds: a word for a number, an unknown township and column, a rate over 100. */
const ISSUE_FILE = 'issues-en.csv'
const ISSUE_CSV = [
  '乡镇,年度,行政执法人员数,持行政执法证件人数,行政执法人员持证率,行政检查次数,行政处罚案件数,自创指标',
  '大同镇,2025,30,40,120,很多,3,7',
  '桃园镇,2025,10,8,80,12,2,1',
  ',2025,1,1,100,1,1,1',
  '龙泉镇,明年,1,1,100,1,1,1',
].join('\n')

/** Names that come from the data and may stay Chinese: townships (and aliases), the county, file names, the import's own names. */
function dataNames(): string[] {
  const lines = readFileSync('data/townships.csv', 'utf8').trim().split('\n').slice(1)
  const townships = lines.flatMap(l => [l.split(',')[1] ?? '', ...(l.split(',')[5] ?? '').split('|')])
  const county = JSON.parse(readFileSync('data/dashboard.json', 'utf8')).county as string
  const files = ['2022.csv', '2023.csv', '2024.csv'].map(f => `${county}-${f}`)
  // 中文: the language switch names the other language in that language.
  return [...files, ...townships, county, '桃园镇', '自创指标', '很多', '明年', '中文'].filter(n => n !== '').sort((a, b) => b.length - a.length)
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g

/** Chinese left in the page's visible text and its aria labels once the data names are taken out. */
async function chineseOnPage(page: Page, names: string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out = [document.body.innerText]
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title]')) {
      out.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '')
    }
    return out
  })
  const found: string[] = []
  for (let text of texts) {
    for (const n of names) text = text.split(n).join(' ')
    for (const line of text.split('\n')) if (CJK.test(line)) found.push(line.trim().slice(0, 160))
    CJK.lastIndex = 0
  }
  return [...new Set(found)]
}

describe('the English UI', () => {
  it('shows no Chinese but data names on every page, with the bundled data and an import with issues', async () => {
    const { page, context, errors } = await openPage(browser())
    const names = dataNames()
    await page.goto(`${inject('baseUrl')}#/data`)
    await page.getByTestId('drop-zone').waitFor()
    await page.getByTestId('locale-switch').click()
    await page.getByTestId('import-input').setInputFiles([{ name: ISSUE_FILE, mimeType: 'text/csv', buffer: Buffer.from(ISSUE_CSV) }])
    await page.locator(`[data-testid="file-result"][data-file="${ISSUE_FILE}"]`).waitFor()
    const report: Record<string, string[]> = {}
    const dialog = page.getByTestId('mapping-dialog')
    await dialog.waitFor()
    report.mapping = await chineseOnPage(page, names)
    await page.locator('.el-dialog__headerbtn').click()
    await dialog.waitFor({ state: 'hidden' })
    report.import = await chineseOnPage(page, names)
    // The checks' messages come from their codes: English, with English indicator labels.
    const card = page.locator(`[data-testid="file-result"][data-file="${ISSUE_FILE}"]`)
    await expect(card.textContent()).resolves.toMatch(/Staff holding an enforcement certificate 40 is more than Administrative-enforcement staff 30/)
    await expect(card.textContent()).resolves.toMatch(/Enforcement certification rate 120 is outside 0–100/)
    for (const tab of ['tab-reports', 'tab-tracker', 'tab-table', 'tab-townships']) {
      await page.locator(`#${tab}`).click()
      await page.waitForTimeout(800)
      report[tab] = await chineseOnPage(page, names)
    }
    for (const [nav, path] of [['Overview', 'overview'], ['Compare', 'compare'], ['Township', 'township'], ['Trends', 'trends'], ['Assessment', 'assessment'], ['Present', 'present']]) {
      await page.locator('.app-nav a', { hasText: nav }).click()
      await page.waitForTimeout(2500)
      report[path!] = await chineseOnPage(page, names)
      await page.screenshot({ path: `${SHOTS}/english-${path}.png`, fullPage: false })
    }
    /** Pages and tabs whose every word goes through the locales already. */
    const clean = ['tab-reports', 'tab-tracker', 'tab-table', 'tab-townships', 'township', 'trends', 'present']
    expect(Object.fromEntries(clean.map(p => [p, report[p]]))).toEqual(Object.fromEntries(clean.map(p => [p, []])))
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('Element Plus in Chinese', () => {
  it('writes the pagination and the dialog close button in Chinese', async () => {
    const { page, context, errors } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/data`)
    await page.getByTestId('drop-zone').waitFor()
    await page.locator('#tab-table').click()
    const pager = page.locator('.figures__pager')
    await pager.waitFor()
    await expect(pager.locator('.el-pagination__total').textContent()).resolves.toMatch(/^共 [\d,]+ 条$/)
    await expect(pager.locator('.el-pagination__jump').textContent()).resolves.toMatch(/前往/)
    await page.locator('#tab-import').click()
    await page.getByTestId('import-input').setInputFiles([{ name: ISSUE_FILE, mimeType: 'text/csv', buffer: Buffer.from(ISSUE_CSV) }])
    await page.getByTestId('mapping-dialog').waitFor()
    await expect(page.locator('.el-dialog__headerbtn').getAttribute('aria-label')).resolves.toBe('关闭此对话框')
    expect(errors).toEqual([])
    await context.close()
  })
})
