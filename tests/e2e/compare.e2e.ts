// The Compare page in Chromium against the built app: every chart drawn, the indicator and the
// normalization in the URL, readable at 24, 40 and 1,500 townships, odd data states and hostile names.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { canvasInk, allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'
import { loadGeneratedCounty } from '../helpers/generatedCounty'

const PANEL = '[data-testid="chart-panel"]'
/** Ranking + scatter + 6 small multiples + heatmap + 2 outcome charts. */
const PANELS_ON_PAGE = 11
const HOSTILE = '<img src=x onerror="window.__xss=1">'

const browser = useBrowser()

const url = (query = '') => `${inject('baseUrl')}#/compare${query}`

const rankingTitle = (page: Page) => page.locator('.compare-page__top [data-chart="rankingBarOption"] h2')

describe('compare page', () => {
  it.each([[1920, 1080], [1366, 768]])('draws every chart with ink and no console errors at %i×%i', async (width, height) => {
    const { page, errors, context } = await openPage(browser(), { width, height })
    await page.goto(url())
    await allChartsRendered(page)
    await expect(page.locator(PANEL).count()).resolves.toBe(PANELS_ON_PAGE)
    for (let i = 0; i < PANELS_ON_PAGE; i++) {
      await expect.poll(() => canvasInk(page, `${PANEL} >> nth=${i}`), { timeout: 10_000 }).toBeGreaterThan(0.005)
    }
    await expect(rankingTitle(page).textContent()).resolves.toMatch(/2024 行政执法人员持证率排名（%）/)
    await expect(page.locator('.compare-page__top [data-chart="rankingBarOption"]').textContent()).resolves.toMatch(/23 \/ 24 个乡镇已报送/)
    await page.screenshot({ path: `${SHOTS}/compare-${width}.png`, fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  })

  it('chooses another indicator through the picker, puts it in the URL, and a reload shows it again', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1366, height: 768 })
    await page.goto(url())
    await allChartsRendered(page)
    await page.getByTestId('indicator-picker').click()
    await page.keyboard.type('处罚案件')
    await page.locator('.el-select-dropdown__item:visible', { hasText: '行政处罚案件数' }).first().click()
    await expect.poll(() => rankingTitle(page).textContent()).toMatch(/行政处罚案件数排名（件）/)
    await expect.poll(() => page.url()).toMatch(/ind=penalty_cases/)
    await page.reload()
    await allChartsRendered(page)
    await expect(rankingTitle(page).textContent()).resolves.toMatch(/2024 行政处罚案件数排名（件）/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('puts the normalized unit in the title and disables the toggle for rates, saying why', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1366, height: 768 })
    await page.goto(url('?ind=penalty_cases'))
    await allChartsRendered(page)
    await page.getByTestId('normalization').getByText('每万常住人口').click()
    await expect.poll(() => rankingTitle(page).textContent()).toMatch(/件\/万人 · 每万常住人口/)
    await expect.poll(() => page.url()).toMatch(/norm=per10k/)
    await page.getByTestId('normalization').getByText('每名执法人员').click()
    await expect.poll(() => rankingTitle(page).textContent()).toMatch(/件\/人 · 每名执法人员/)
    await page.goto(url('?norm=per10k'))
    await expect(page.getByTestId('normalization').textContent()).resolves.toMatch(/比率类指标不折算/)
    await expect(page.getByTestId('normalization').locator('input[value="per10k"]').isDisabled()).resolves.toBe(true)
    await expect(rankingTitle(page).textContent()).resolves.not.toMatch(/万人/)
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([
    ['a year nobody reported', '?year=2019', /2019 年没有任何乡镇报送数据/],
    ['an indicator nobody reported', '?ind=enforcement_training_hours_per_capita', /本项 0 个有数值/],
  ])('keeps drawing for %s', async (_, query, text) => {
    const { page, errors, context } = await openPage(browser(), { width: 1366, height: 768 })
    await page.goto(url(query))
    await allChartsRendered(page)
    await expect(page.locator('.compare-page').textContent()).resolves.toMatch(text)
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([
    [1, 1366, 768, /1 \/ 1 个乡镇已报送/],
    [40, 1366, 768, /39 \/ 40 个乡镇已报送/],
    [40, 1920, 1080, /39 \/ 40 个乡镇已报送/],
    [1500, 1920, 1080, /1499 \/ 1500 个乡镇已报送/],
  ])('stays readable with %i townships at %i×%i, hostile names as text', async (n, width, height, completeness) => {
    const { page, errors, context } = await openPage(browser(), { width, height })
    await page.goto(url())
    await allChartsRendered(page)
    await loadGeneratedCounty(page, n, HOSTILE)
    await expect.poll(() => page.locator('.compare-page__top [data-chart="rankingBarOption"]').textContent(), { timeout: 20_000 }).toMatch(completeness)
    await allChartsRendered(page)
    // On screen the heatmap holds every township (it scrolls); only a picture keeps the top and bottom rows, with a note.
    if (n >= 1500) await expect(page.locator('.compare-page [data-chart="heatmapOption"]').getAttribute('data-rows')).resolves.toBe(String(n))
    await page.locator('.compare-page__top [data-chart="rankingBarOption"] canvas').hover()
    await page.getByTestId('township-picker').click()
    if (n > 1) await page.locator('.el-select-dropdown__item', { hasText: HOSTILE }).first().waitFor({ state: 'visible' })
    await page.keyboard.press('Escape')
    await page.screenshot({ path: `${SHOTS}/compare-${n}-townships-${width}.png`, fullPage: true })
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined()
    expect(errors).toEqual([])
    await context.close()
  })
})
