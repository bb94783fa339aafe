// Narrative reports in Chromium: paste or pick a report, review its highlighted figures (correct one,
// reject one), import them, and find each figure with its sentence on the township page.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'

const HOSTILE = '<img src=x onerror="window.__xss=1">'
const QINGSHI = readFileSync(resolve(process.cwd(), 'tests/fixtures/reports/qingshi-2024.txt'), 'utf8')

const browser = useBrowser()

async function dataPage(size = { width: 1366, height: 768 }) {
  const watched = await openPage(browser(), size)
  await watched.page.goto(`${inject('baseUrl')}#/data`)
  await watched.page.getByTestId('drop-zone').waitFor()
  return watched
}

async function pasteReport(page: Page, text: string) {
  await page.getByTestId('paste-report-toggle').click()
  await page.getByTestId('paste-report-box').fill(text)
  await page.getByTestId('paste-report-submit').click()
  await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor()
}

const row = (page: Page, indicator: string) => page.locator(`[data-testid="figure-row"][data-indicator="${indicator}"]`).first()

/** Is the element inside the visible part of its scroll box? */
async function shownIn(el: Locator, box: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([el.boundingBox(), box.boundingBox()])
  return a !== null && b !== null && a.y >= b.y - 1 && a.y + a.height <= b.y + b.height + 1
}

async function importAndOpenProfile(page: Page) {
  await page.getByTestId('report-import').click()
  await page.getByTestId('report-imported').waitFor()
  await page.getByTestId('report-profile-link').click()
  await page.getByTestId('township-table').waitFor()
}

describe('report review', () => {
  it.each([[1920, 1080], [1366, 768], [1024, 768]])('reviews a pasted report, imports it and shows each figure’s sentence on the township page at %i×%i', async (width, height) => {
    const { page, errors, context } = await dataPage({ width, height })
    await pasteReport(page, QINGSHI)
    const review = page.getByTestId('report-review')
    await expect(review.getByTestId('report-township').textContent()).resolves.toContain('青石镇')
    await expect(review.getByTestId('report-year').locator('input').inputValue()).resolves.toBe('2024')
    await expect(page.locator('[data-testid="report-sections"] [data-found="true"]').count()).resolves.toBe(5)

    const marks = page.getByTestId('report-mark')
    expect(await marks.count()).toBeGreaterThan(30)
    expect(await page.getByTestId('figure-row').count()).toBeGreaterThan(30)
    await expect(page.getByTestId('report-text').locator('.rt__body').textContent()).resolves.toBe(QINGSHI)

    // A figure near the end of the text, clicked, brings its row into view in the table, and back.
    const mark = page.locator('[data-testid="report-mark"]', { hasText: '213件' })
    await mark.click()
    const table = page.getByTestId('report-figures').locator('.ft__body')
    await expect.poll(() => shownIn(row(page, 'disputes_mediated'), table)).toBe(true)
    expect(await row(page, 'disputes_mediated').getAttribute('class')).toContain('ft__row--active')
    await row(page, 'rule_of_law_meetings').click()
    await expect.poll(() => shownIn(page.locator('[data-testid="report-mark"]', { hasText: /^6次$/ }).first(), page.locator('.rt__body'))).toBe(true)

    // Correct one value, reject another.
    const inspections = row(page, 'inspections')
    await inspections.getByTestId('figure-value').fill('150')
    await inspections.getByTestId('figure-value').press('Enter')
    await expect.poll(() => inspections.getAttribute('data-decision')).toBe('accepted')
    await row(page, 'penalty_cases').getByTestId('figure-reject').click()
    await expect.poll(() => row(page, 'penalty_cases').getAttribute('data-decision')).toBe('rejected')
    await expect(page.getByTestId('report-counts').textContent()).resolves.toMatch(/拒绝 1 · 更正 1/)
    await page.screenshot({ path: `${SHOTS}/report-review-${width}.png` })

    await importAndOpenProfile(page)
    const profileRow = page.locator('[data-testid="township-table"] tr[data-indicator="inspections"]')
    await expect(profileRow.textContent()).resolves.toContain('150')
    const evidence = profileRow.getByTestId('figure-evidence')
    await expect(evidence.locator('summary').textContent()).resolves.toContain('粘贴的报告')
    await evidence.locator('summary').click()
    await expect(evidence.locator('q').textContent()).resolves.toContain('全年开展行政执法检查152次')
    await expect(evidence.locator('small').textContent()).resolves.toContain('原识别为152')
    await expect(page.locator('tr[data-indicator="penalty_cases"] [data-testid="figure-evidence"]').count()).resolves.toBe(0)
    await profileRow.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/report-township-${width}.png` })
    expect(errors).toEqual([])
    await context.close()
  })

  it('reads a .docx report picked through the file input and imports it', async () => {
    const { page, errors, context } = await dataPage()
    await page.getByTestId('import-input').setInputFiles(resolve(process.cwd(), 'tests/fixtures/reports/hekou-2024.docx'))
    await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor()
    await expect(page.getByTestId('report-queue').textContent()).resolves.toContain('河口镇 · 2024')
    await expect(page.getByTestId('report-text').textContent()).resolves.toContain('全年共开展行政执法检查43次')
    await expect(row(page, 'inspections').getByTestId('figure-value').inputValue()).resolves.toBe('43')
    await page.screenshot({ path: `${SHOTS}/report-docx-1366.png` })
    await importAndOpenProfile(page)
    await expect(page.getByTestId('township-header').locator('h2').textContent()).resolves.toBe('河口镇')
    await expect(page.locator('tr[data-indicator="inspections"] [data-testid="figure-evidence"] summary').textContent()).resolves.toContain('hekou-2024.docx')
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps a hostile name in a report as text, from the review to the township page', async () => {
    const { page, errors, context } = await dataPage()
    const text = `${HOSTILE}镇人民政府\n2024年度法治政府建设情况报告\n全年开展行政执法检查12次，${HOSTILE}办理行政处罚案件3件。\n`
    await pasteReport(page, text)
    await expect(page.getByTestId('report-text').locator('.rt__body').textContent()).resolves.toBe(text)
    await expect(page.getByTestId('report-warnings').textContent()).resolves.toContain('未能从标题或落款识别乡镇名称')
    await page.getByTestId('report-township').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '大同镇' }).click()
    // The title line stands apart from the hostile line above it, so the year is read from it.
    await expect(page.getByTestId('report-warnings').textContent()).resolves.not.toContain('未能识别报告年度')
    await expect(page.getByTestId('report-queue').textContent()).resolves.toContain('大同镇 · 2024')
    await page.screenshot({ path: `${SHOTS}/report-hostile-1366.png` })
    await importAndOpenProfile(page)
    // The extractor ends a sentence at the ASCII stop in "window.": each sentence holds part of the markup, as text.
    for (const [indicator, part] of [['inspections', '<img src=x onerror="window.'], ['penalty_cases', '__xss=1">办理行政处罚案件3件']]) {
      const evidence = page.locator(`tr[data-indicator="${indicator}"] [data-testid="figure-evidence"]`)
      await evidence.locator('summary').click()
      await expect(evidence.locator('q').textContent()).resolves.toContain(part)
    }
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
