// The seed report in every format a township sends (written by LibreOffice: tests/fixtures/report-formats),
// picked on the data page: each shows the seed's figures highlighted in its text and listed for review;
// the scanned PDF says it is a picture; reviews and corrections survive a reload; leaving asks first.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { extractReportFile } from '../../src/core/extract/input'
import type { Indicator, Registry } from '../../src/core/types'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'

const browser = useBrowser()
const DIR = resolve(process.cwd(), 'tests/fixtures/report-formats')
const FORMATS = ['seed.docx', 'seed.doc', 'seed.wps', 'seed.odt', 'seed.rtf', 'seed.pdf', 'seed-stsong.pdf', 'seed.html', 'seed-gov.html', 'seed-gbk.txt', 'seed-utf16.txt']
const CJK_SPACE = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t]+|[ \t]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/gu

/** What the seed's .txt yields, read by the same core the app runs: the figures' words in the text, and indicator=value rows. */
let expected: { marks: string[], rows: string[] }
beforeAll(async () => {
  const indicators = JSON.parse(readFileSync(resolve(process.cwd(), 'data/indicators.json'), 'utf8')) as Indicator[]
  const registry: Registry = { indicators, byId: new Map(indicators.map(i => [i.id, i])), byKey: new Map(), groups: [] }
  const seed = await extractReportFile({ name: 'seed.txt', bytes: readFileSync(resolve(DIR, 'seed.txt')) }, { registry })
  if ('error' in seed) throw new Error(seed.error)
  expected = {
    marks: [...new Set(seed.result.values.map(v => seed.text.slice(v.start, v.end).replace(CJK_SPACE, '')))],
    rows: seed.result.values.map(v => `${v.indicator}=${v.value}`),
  }
  expect(expected.rows.length).toBeGreaterThanOrEqual(12)
})

const item = (page: Page, file: string) => page.getByTestId('report-queue-item').filter({ has: page.locator('.rq__file', { hasText: new RegExp(`^${file.replace('.', '\\.')}$`, 'u') }) })
const row = (page: Page, indicator: string) => page.locator(`[data-testid="figure-row"][data-indicator="${indicator}"]`).first()

async function shown(page: Page) {
  const marks = await page.getByTestId('report-mark').allTextContents()
  const rows = await page.getByTestId('figure-row').evaluateAll(els => els.map(el => `${el.getAttribute('data-indicator')}=${(el.querySelector('[data-testid="figure-value"]') as HTMLInputElement | null)?.value}`))
  return { marks: [...new Set(marks.map(m => m.replace(/[ \t]+/gu, ' ')))], rows }
}

describe('report formats on the data page', () => {
  it('reads every format to the seed’s figures, refuses the scan with advice, and keeps reviews and a correction over a reload', async () => {
    const { page, context, errors } = await openPage(browser())
    page.on('dialog', d => void d.accept())
    await page.goto(`${inject('baseUrl')}#/data`)
    await page.getByTestId('drop-zone').waitFor()
    await page.getByTestId('import-input').setInputFiles([...FORMATS, 'seed-scanned.pdf'].map(f => resolve(DIR, f)))
    // Every file queued first (they join the queue one by one as they are read in), then none still reading.
    await expect.poll(() => page.getByTestId('report-queue-item').count(), { timeout: 60_000 }).toBe(FORMATS.length + 1)
    await expect.poll(() => page.locator('[data-testid="report-queue-item"][data-state="reading"]').count(), { timeout: 60_000 }).toBe(0)

    for (const file of FORMATS) {
      await item(page, file).click()
      await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor()
      await expect.poll(() => page.locator('.rq__item--selected .rq__file').textContent()).toBe(file)
      const got = await shown(page)
      expect({ file, ...got, marks: got.marks.map(m => m.replace(CJK_SPACE, '')) }).toEqual({ file, ...expected })
      await expect(item(page, file).locator('.rq__who').textContent()).resolves.toBe('大同镇 · 2024')
      if (file === 'seed.pdf') await page.screenshot({ path: `${SHOTS}/report-formats-pdf-1366.png` })
    }

    await item(page, 'seed-scanned.pdf').click()
    const failed = page.locator('[data-testid="report-current"][data-state="failed"] [role="alert"]')
    await expect(failed.textContent()).resolves.toMatch(/图片.*OCR.*Word/u)

    // Correct one figure and reject another in the .doc report, then reload: all of it is back.
    await item(page, 'seed.doc').click()
    await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor()
    await row(page, 'inspections').getByTestId('figure-value').fill('77')
    await row(page, 'inspections').getByTestId('figure-value').press('Enter')
    await row(page, 'penalty_cases').getByTestId('figure-reject').click()
    await expect.poll(() => row(page, 'penalty_cases').getAttribute('data-decision')).toBe('rejected')
    await page.waitForTimeout(600) // the review is written 250 ms after the last change
    await page.reload()
    await page.getByTestId('drop-zone').waitFor()
    await page.getByRole('tab', { name: /报告审核（11）/u }).click()
    await expect.poll(() => page.getByTestId('report-queue-item').count()).toBe(FORMATS.length + 1)
    await expect(page.locator('.rq__item--selected .rq__file').textContent()).resolves.toBe('seed.doc')
    await expect(row(page, 'inspections').getByTestId('figure-value').inputValue()).resolves.toBe('77')
    await expect(row(page, 'penalty_cases').getAttribute('data-decision')).resolves.toBe('rejected')
    await expect(page.getByTestId('report-counts').textContent()).resolves.toMatch(/拒绝 1 · 更正 1/u)
    await item(page, 'seed-scanned.pdf').click()
    await expect(failed.textContent()).resolves.toContain('OCR')
    await page.screenshot({ path: `${SHOTS}/report-formats-restored-1366.png` })

    // Leaving the report tab for another page asks first; staying keeps the page.
    await page.locator('a[href^="#/overview"]').first().click()
    const box = page.locator('.el-message-box')
    await expect(box.textContent()).resolves.toContain('还有 11 份报告已识别但尚未导入')
    await box.getByRole('button', { name: '留下继续审核' }).waitFor()
    await page.waitForTimeout(400) // the box's fade-in
    await page.screenshot({ path: `${SHOTS}/report-formats-leave-1366.png` })
    await box.getByRole('button', { name: '留下继续审核' }).click()
    await expect.poll(() => page.url()).toMatch(/#\/data/u)
    expect(errors).toEqual([])
    await context.close()
  })
})
