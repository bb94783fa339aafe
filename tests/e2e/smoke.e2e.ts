// The built app in Debian's Chromium: the first screen loads the bundled sample and draws its chart.
import { mkdirSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { canvasInk, launchBrowser, openPage } from '../helpers/browser'

let browser: Browser
beforeAll(async () => { browser = await launchBrowser() })
afterAll(async () => { await browser?.close() })

describe('first screen', () => {
  it('loads the bundled sample and draws the certification-rate ranking without console errors', async () => {
    const { page, errors, context } = await openPage(browser, { width: 1366, height: 768 })
    await page.goto(inject('baseUrl'))
    const panel = page.locator('[data-testid="chart-panel"][data-chart="rankingBarOption"]')
    await page.locator('[data-chart="rankingBarOption"][data-rendered="true"]').waitFor()
    await expect.poll(() => canvasInk(page, '[data-chart="rankingBarOption"] canvas'), { timeout: 10_000 }).toBeGreaterThan(0.02)
    await expect(panel.locator('h2').textContent()).resolves.toMatch(/2024.*行政执法人员持证率/)
    await expect(page.getByTestId('sample-banner').textContent()).resolves.toMatch(/虚构示例数据/)
    await expect(panel.textContent()).resolves.toMatch(/23 \/ 24 个乡镇已报送/)
    mkdirSync('tests/e2e/__screenshots__', { recursive: true })
    await page.screenshot({ path: 'tests/e2e/__screenshots__/first-screen-1366.png', fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  })
})
