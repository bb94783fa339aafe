// 趋势 in the built app with the bundled sample: median and band, township lines chosen in the picker, kept in the URL.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { canvasInk, openPage, SHOTS, useBrowser } from '../helpers/browser'

const browser = useBrowser()

async function trendDrawn(page: Page): Promise<number> {
  await page.locator('[data-chart="trendOption"][data-rendered="true"]').waitFor()
  await expect.poll(() => canvasInk(page, '[data-chart="trendOption"] canvas'), { timeout: 10_000 }).toBeGreaterThan(0.02)
  return canvasInk(page, '[data-chart="trendOption"] canvas')
}

async function choose(page: Page, name: string): Promise<void> {
  await page.getByTestId('township-picker').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: name }).click()
}

describe('trends page', () => {
  it('draws the county median and band, and asks to choose townships, when none is chosen', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/trends`)
    await trendDrawn(page)
    await expect.poll(() => page.locator('[data-chart="trendOption"] h2').textContent()).toMatch(/行政执法人员持证率历年趋势（%）/)
    await expect.poll(() => page.locator('[data-chart="trendOption"]').textContent()).toMatch(/2022–2024 年/)
    await expect.poll(() => page.getByTestId('trends-hints').textContent()).toMatch(/选择乡镇/)
    await expect.poll(() => page.getByTestId('trend-table').textContent()).toMatch(/全县中位数/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('adds a line for each township chosen in the picker and keeps them on reload', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/trends`)
    const before = await trendDrawn(page)
    await choose(page, '大同镇')
    await choose(page, '青石镇')
    await page.keyboard.press('Escape')
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/t=大同镇,青石镇/)
    const rows = page.locator('[data-testid="trend-table"] tbody th')
    await expect.poll(() => rows.allTextContents()).toEqual(['大同镇', '青石镇', '全县中位数'])
    await expect.poll(() => canvasInk(page, '[data-chart="trendOption"] canvas')).toBeGreaterThan(before)
    await page.reload()
    await trendDrawn(page)
    await expect.poll(() => rows.allTextContents()).toEqual(['大同镇', '青石镇', '全县中位数'])
    await expect.poll(() => page.getByTestId('township-picker').textContent()).toMatch(/大同镇.*青石镇/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('says so when nobody reported the indicator', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/trends?ind=legal_literate_persons`)
    await page.locator('[data-chart="trendOption"][data-rendered="true"]').waitFor()
    await expect.poll(() => page.getByTestId('trends-hints').textContent()).toMatch(/没有任何乡镇报送过该指标/)
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([[1920, 1080], [1366, 768]])('is readable at %i×%i (screenshot)', async (width, height) => {
    const { page, errors, context } = await openPage(browser(), { width, height })
    await page.goto(`${inject('baseUrl')}#/trends?ind=disclosures&norm=per10k&t=${encodeURIComponent('城关街道,大同镇,云岭乡')}`)
    await trendDrawn(page)
    await expect.poll(() => page.locator('[data-chart="trendOption"] h2').textContent()).toMatch(/条\/万人/)
    await page.screenshot({ path: `${SHOTS}/trends-${width}.png`, fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  })
})
