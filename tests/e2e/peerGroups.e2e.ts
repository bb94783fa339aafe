// Peer groups in the built app: the toggle on the Compare page ranks 街道 / 镇 / 乡 on their own (the
// title and the count of who submitted say which), puts the group in the URL, and the 考核 page
// opened with that link ranks the same group.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'

const browser = useBrowser()
const ranking = (page: Page) => page.locator('.compare-page__top [data-chart="rankingBarOption"]')

describe('peer groups', () => {
  it('ranks one peer group on the Compare page and keeps it in the link', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1366, height: 768 })
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    await expect(ranking(page).textContent()).resolves.toMatch(/23 \/ 24 个乡镇已报送/)
    await page.getByTestId('peer-toggle').locator('[data-peer="乡"]').click()
    await expect.poll(() => ranking(page).locator('h2').textContent()).toBe('2024 行政执法人员持证率排名（%）（乡）')
    await expect.poll(() => ranking(page).textContent()).toMatch(/5 \/ 6 个乡镇已报送/)
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/[?&]peer=乡/)
    await allChartsRendered(page)
    await expect(page.locator('[data-chart="heatmapOption"] h2').textContent()).resolves.toMatch(/（乡）$/)
    await page.screenshot({ path: `${SHOTS}/compare-peer-1366.png` })

    await page.getByRole('link', { name: '考核' }).click()
    await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
    const kinds = await page.locator('[data-testid="score-table"] tbody tr td:nth-child(3)').allTextContents()
    expect(kinds.length).toBe(6)
    expect(new Set(kinds)).toEqual(new Set(['乡']))
    await page.getByTestId('peer-toggle').locator('[data-peer="all"]').click()
    await expect.poll(() => page.locator('[data-testid="score-table"] tbody tr').count()).toBe(24)
    await page.goBack()
    await expect.poll(() => page.locator('[data-testid="score-table"] tbody tr').count()).toBe(6)
    expect(errors).toEqual([])
    await context.close()
  })
})
