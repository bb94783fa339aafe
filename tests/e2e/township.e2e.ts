// 乡镇画像 in the built app with the bundled sample: radar drawn, every indicator with rank and source, unknown names handled.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { canvasInk, openPage, SHOTS, useBrowser } from '../helpers/browser'

const browser = useBrowser()

const townshipUrl = (name: string, query = ''): string => `${inject('baseUrl')}#/township/${encodeURIComponent(name)}${query}`

async function radarDrawn(page: Page): Promise<void> {
  await page.locator('[data-chart="radarOption"][data-rendered="true"]').waitFor()
  await expect.poll(() => canvasInk(page, '[data-chart="radarOption"] canvas'), { timeout: 10_000 }).toBeGreaterThan(0.02)
}

describe('township page', () => {
  it.each([[1920, 1080], [1366, 768]])('draws the radar and lists every indicator with rank and source at %i×%i', async (width, height) => {
    const { page, errors, context } = await openPage(browser(), { width, height })
    await page.goto(townshipUrl('东城街道', '?year=2023'))
    await radarDrawn(page)
    await expect(page.getByTestId('township-header').locator('h2').textContent()).resolves.toBe('东城街道')
    await expect(page.getByTestId('township-flag').textContent()).resolves.toMatch(/红灯|黄灯|绿灯/)
    const table = page.getByTestId('township-table')
    await expect(table.textContent()).resolves.toMatch(/\d+ \/ 24/)
    await expect(table.textContent()).resolves.toMatch(/示例县-2023\.csv 第 \d+ 行/)
    expect(await table.locator('tbody tr[data-indicator]').count()).toBeGreaterThan(40)
    await expect(page.getByTestId('township-issues').textContent()).resolves.toMatch(/示例县-2023\.csv.*第 3 行.*复议案件审结数/)
    await page.screenshot({ path: `${SHOTS}/township-${width}.png`, fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  })

  it('ranks among the townships that reported: 23 in 2024, when one did not', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(townshipUrl('大同镇'))
    await radarDrawn(page)
    const certRate = page.locator('[data-testid="township-table"] tr[data-indicator="enforcement_cert_rate"]')
    await expect(certRate.textContent()).resolves.toMatch(/\d+ \/ 23/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('says that a township did not submit for the year', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(townshipUrl('杨柳乡'))
    await expect.poll(() => page.getByTestId('township-message').textContent()).toMatch(/杨柳乡 未报送 2024 年度/)
    await page.locator('[data-chart="radarOption"][data-rendered="true"]').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows an unknown name as text with the list to choose from, and runs none of it', async () => {
    const { page, errors, context } = await openPage(browser())
    const hostile = '<img src=x onerror="window.__xss=1">'
    await page.goto(townshipUrl(hostile))
    const message = page.getByTestId('township-message')
    await expect(message.textContent()).resolves.toContain(`没有找到名为“${hostile}”的乡镇`)
    await message.getByRole('link', { name: '青石镇' }).click()
    await radarDrawn(page)
    expect(page.url()).toContain(`#/township/${encodeURIComponent('青石镇')}`)
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
    expect(errors).toEqual([])
    await context.close()
  })

  it('switches township through the picker and keeps the year in the URL', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(townshipUrl('大同镇', '?year=2023'))
    await radarDrawn(page)
    await page.getByTestId('township-select').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '白马镇' }).click()
    await expect.poll(() => page.getByTestId('township-header').locator('h2').textContent()).toBe('白马镇')
    expect(decodeURIComponent(page.url())).toMatch(/#\/township\/白马镇\?year=2023$/)
    await radarDrawn(page)
    expect(errors).toEqual([])
    await context.close()
  })
})
