// The 考核 page's charts in the built app: the group-score heatmap is drawn for every township (and
// for one peer group), and both 考核 charts join the deck and are drawn as slides.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'

const browser = useBrowser()
const HEATMAP = '[data-chart="scoreGroupsOption"]'

/** Share of the heatmap's pixels (all its canvas layers) that are not the background. */
async function heatmapInk(page: Page): Promise<number> {
  return page.locator(HEATMAP).evaluate((el) => {
    let best = 0
    for (const canvas of el.querySelectorAll('canvas')) {
      const ctx = canvas.getContext('2d')
      if (!ctx || canvas.width === 0) continue
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      let ink = 0
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240)) ink++
      best = Math.max(best, ink / (data.length / 4))
    }
    return best
  })
}

async function open(page: Page, query = '') {
  await page.goto(`${inject('baseUrl')}#/assessment${query}`)
  await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
  await allChartsRendered(page)
}

describe('考核 charts', () => {
  it.each([[1366, 768], [1024, 768]])('draws the group scores as a heatmap at %i×%i', async (width, height) => {
    const { page, errors, context } = await openPage(browser(), { width, height })
    await open(page)
    const panel = page.locator(HEATMAP)
    await expect(panel.locator('.chart-panel__title').textContent()).resolves.toBe('2024 年度考核分组得分')
    await expect(panel.locator('.chart-panel__subtitle').textContent()).resolves.toMatch(/该组得分 \/ 该组满分/)
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/assessment-groups-${width}.png` })
    expect(await heatmapInk(page)).toBeGreaterThan(0.2)
    expect(errors).toEqual([])
    await context.close()
  })

  it('draws the heatmap of one peer group, as tall as its rows', async () => {
    const { page, errors, context } = await openPage(browser())
    await open(page)
    const tall = await page.locator(`${HEATMAP} canvas`).first().evaluate(c => c.getBoundingClientRect().height)
    await open(page, '?peer=街道')
    await expect(page.locator(`${HEATMAP} .chart-panel__title`).textContent()).resolves.toBe('2024 年度考核分组得分（街道）')
    const short = await page.locator(`${HEATMAP} canvas`).first().evaluate(c => c.getBoundingClientRect().height)
    expect(short).toBeLessThan(tall)
    expect(await heatmapInk(page)).toBeGreaterThan(0.1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('adds the ranking and the heatmap to the deck, and draws them as slides', async () => {
    const { page, errors, context } = await openPage(browser())
    await open(page, '?peer=镇')
    for (const chart of ['scoreRankingOption', 'scoreGroupsOption']) {
      const panel = page.locator(`[data-chart="${chart}"]`)
      await panel.getByTestId('add-to-deck').click()
      await expect.poll(() => panel.getByTestId('export-message').textContent()).toMatch(/已加入演示/)
    }
    await page.getByTestId('deck-link').click()
    await expect.poll(() => page.getByTestId('deck-item').locator('.deck-list__title').allTextContents())
      .toEqual(['2024 年度法治建设考核总分排名（镇）', '2024 年度考核分组得分（镇）'])
    await page.locator('[data-testid="slide"][data-rendered="true"]').waitFor()
    await page.getByTestId('deck-item').nth(1).locator('.deck-list__pick').click()
    await page.locator('[data-testid="slide"][data-chart="scoreGroupsOption"][data-rendered="true"]').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
