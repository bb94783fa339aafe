// The review of a report's doubtful figures in Chromium: an unsure figure shows its reason and is
// not accepted; a figure the extractor could not assign is listed in its sentence, and the reviewer
// picks its indicator, types it and adds it as an accepted figure.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, SHOTS, useBrowser, switchLocale } from '../helpers/browser'

const browser = useBrowser()
const REPORT = '大同镇人民政府\n2024年度法治政府建设情况报告\n组织全体机关干部集体学法10次。规范性文件方面，镇政府提请县司法局前置把关4件。全年开展行政检查76次。\n'

async function reviewOf(size: { width: number, height: number }): Promise<{ page: Page, errors: string[], close: () => Promise<void> }> {
  const { page, errors, context } = await openPage(browser(), size)
  await page.goto(`${inject('baseUrl')}#/data`)
  await page.getByTestId('drop-zone').waitFor()
  await page.getByTestId('paste-report-toggle').click()
  await page.getByTestId('paste-report-box').fill(REPORT)
  await page.getByTestId('paste-report-submit').click()
  await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor()
  return { page, errors, close: () => context.close() }
}

describe('report review: unsure and unreadable figures', () => {
  it.each([
    [1366, 768],
    [1024, 768],
  ])('shows an unsure figure open with its reason, and adds a typed unreadable figure as accepted (%i×%i)', async (width, height) => {
    const { page, errors, close } = await reviewOf({ width, height })
    const study = page.locator('[data-testid="figure-row"][data-indicator="collective_law_study"]')
    await expect(study.getAttribute('data-decision')).resolves.toBe('open')
    await expect(study.getByTestId('figure-unsure').isVisible()).resolves.toBe(true)
    await expect(study.textContent()).resolves.toContain('不一定是领导班子集体学法')
    const unread = page.getByTestId('report-unreadable')
    await expect(unread.locator('summary').textContent()).resolves.toContain('未能识别的数字（1）')
    await expect(unread.locator('b').textContent()).resolves.toBe('4件')
    await page.screenshot({ path: `${SHOTS}/report-unreadable-${width}.png` })
    await unread.getByTestId('unreadable-indicator').selectOption('normative_docs')
    await unread.getByTestId('unreadable-value').fill('4')
    await unread.getByTestId('unreadable-add').click()
    await expect(page.getByTestId('report-unreadable').count()).resolves.toBe(0)
    const added = page.locator('[data-testid="figure-row"][data-indicator="normative_docs"]')
    await expect(added.getAttribute('data-decision')).resolves.toBe('accepted')
    await expect(added.textContent()).resolves.toContain('人工录入')
    expect(errors).toEqual([])
    await close()
  })

  it('names the list in English once the language is switched', async () => {
    const { page, close } = await reviewOf({ width: 1366, height: 768 })
    await switchLocale(page)
    // The English messages load on the first switch where no chart was drawn before it.
    await expect.poll(() => page.getByTestId('report-unreadable').locator('summary').textContent()).toContain('Figures not recognised (1)')
    await expect(page.locator('[data-testid="figure-row"][data-indicator="collective_law_study"] [data-testid="figure-unsure"]').textContent()).resolves.toBe('unsure')
    await close()
  })
})
