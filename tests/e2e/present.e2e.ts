// Presentation mode in Chromium against the built app: charts join the deck from their panels, the
// deck is reordered and survives a reload, the slide show moves with the keys clickers send and Esc
// leaves, slides are drawn live at screen size with the projector theme, the deck exports as ZIP and PPTX.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { canvasInk, allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'
import { downloadBytes, isPng, zipEntries } from '../helpers/files'

const SLIDE = '[data-testid="slide-show"] [data-testid="slide"][data-rendered="true"]'
/** Compare-page panels added: ranking, scatter, first small multiple, heatmap, both outcome charts. */
const ADDED = [0, 1, 2, 8, 9, 10]

const browser = useBrowser()

/** Adds six Compare-page charts (大同镇 highlighted) to the deck and opens the present page. */
async function buildDeck(page: Page): Promise<void> {
  await page.goto(`${inject('baseUrl')}#/compare?t=${encodeURIComponent('大同镇')}`)
  await allChartsRendered(page)
  // Each panel's tools load after its chart is drawn: the button and its message are found inside the panel.
  for (const [n, i] of ADDED.entries()) {
    const panel = page.getByTestId('chart-panel').nth(i)
    await panel.getByTestId('add-to-deck').click()
    await expect.poll(() => panel.getByTestId('export-message').textContent()).toBe(`已加入演示（第 ${n + 1} 张）`)
  }
  await expect(page.getByTestId('deck-link').textContent()).resolves.toContain(`演示（${ADDED.length}）`)
  await page.getByTestId('deck-link').click()
  await page.locator('[data-testid="slide"][data-rendered="true"]').waitFor()
}

const titles = (page: Page) => page.getByTestId('deck-item').locator('.deck-list__title').allTextContents()
const count = (page: Page) => page.getByTestId('slide-count').textContent()

describe('presentation deck', () => {
  it('takes a chart once, and says so when it is added again', async () => {
    const { page, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    await page.getByTestId('add-to-deck').click()
    await expect.poll(() => page.getByTestId('export-message').textContent()).toBe('已加入演示（第 1 张）')
    await page.getByTestId('add-to-deck').click()
    await expect.poll(() => page.getByTestId('export-message').textContent()).toBe('这张图已在演示中')
    await context.close()
  })

  it('builds a six-chart deck, reorders it, and keeps it across a reload', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1366, height: 768 })
    await buildDeck(page)
    const before = await titles(page)
    expect(before).toHaveLength(6)
    expect(before[0]).toMatch(/2024 行政执法人员持证率排名/)
    await page.getByTestId('deck-down').first().click()
    const after = await titles(page)
    expect(after.slice(0, 2)).toEqual([before[1], before[0]])
    await page.reload()
    await page.getByTestId('deck-item').nth(5).waitFor()
    expect(await titles(page)).toEqual(after)
    await page.getByTestId('deck-remove').last().click()
    expect(await titles(page)).toEqual(after.slice(0, 5))
    expect(errors).toEqual([])
    await context.close()
  })

  it('presents with the keys of a clicker, shows the slide number and total, and leaves with Esc', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1920, height: 1080 })
    await buildDeck(page)
    await page.getByTestId('present-start').click()
    await page.locator(SLIDE).waitFor()
    // 24 townships do not fit one slide at slide type (labels 3 % of the screen height): the ranking,
    // the small multiple, the heatmap and both outcome charts take two slides each, the scatter one.
    await expect(count(page)).resolves.toBe('1 / 10')
    await expect(page.locator('.slide-show__sr').textContent()).resolves.toContain('（1/2）')
    // Labels are drawn at 3 % of the screen height at least (33 px of 1080).
    await expect(page.locator(SLIDE).getAttribute('data-label-size').then(Number)).resolves.toBeGreaterThanOrEqual(1080 * 0.03)
    for (const [key, expected] of [['ArrowRight', '2 / 10'], ['PageDown', '3 / 10'], ['Space', '4 / 10'], ['PageUp', '3 / 10'], ['ArrowLeft', '2 / 10'], ['End', '10 / 10'], ['ArrowRight', '10 / 10'], ['Home', '1 / 10']] as const) {
      await page.keyboard.press(key)
      await expect.poll(() => count(page)).toBe(expected)
      await page.locator(SLIDE).waitFor()
    }
    await page.keyboard.press('Escape')
    await page.getByTestId('slide-show').waitFor({ state: 'detached' })
    await expect(page.getByTestId('deck-list').isVisible()).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('draws each slide live at screen size in the projector theme, and hides the cursor when idle', async () => {
    const { page, context } = await openPage(browser(), { width: 1920, height: 1080 })
    await buildDeck(page)
    await page.getByTestId('present-start').click()
    await page.locator(SLIDE).waitFor()
    const canvas = page.locator(`${SLIDE} canvas`).first()
    // A live chart of the slide's own size, not a bitmap scaled up.
    await expect(canvas.evaluate(c => ({ css: c.getBoundingClientRect().width, pixels: (c as HTMLCanvasElement).width }))).resolves.toEqual({ css: 1920, pixels: 1920 })
    await expect.poll(() => canvasInk(page, SLIDE), { timeout: 10_000 }).toBeGreaterThan(0.03)
    await page.locator('.slide-show--idle').waitFor({ timeout: 10_000 })
    await page.screenshot({ path: `${SHOTS}/present-slide.png` })
    await page.keyboard.press('End')
    await page.locator(SLIDE).waitFor()
    await page.screenshot({ path: `${SHOTS}/present-slide-outcome.png` })
    await context.close()
  })

  it('exports the deck as a ZIP of pictures and as a PowerPoint deck of one slide per chart', async () => {
    const { page, context } = await openPage(browser(), { width: 1366, height: 768 })
    await buildDeck(page)
    const [zipFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('deck-zip').click()])
    expect(zipFile.suggestedFilename()).toBe('示例县-演示图表.zip')
    const pictures = zipEntries(await downloadBytes(zipFile))
    expect(Object.keys(pictures)).toHaveLength(6)
    expect(Object.values(pictures).every(isPng)).toBe(true)
    const [pptxFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('deck-pptx').click()])
    expect(pptxFile.suggestedFilename()).toBe('示例县-演示文稿.pptx')
    const pptx = zipEntries(await downloadBytes(pptxFile))
    expect(Object.keys(pptx).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(7)
    expect(Object.keys(pptx).filter(n => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(6)
    await context.close()
  })
})

describe('projector theme on the pages', () => {
  it('switches the charts of a page to the projector theme and keeps it in the URL', async () => {
    const { page, context } = await openPage(browser(), { width: 1920, height: 1080 })
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    await page.getByTestId('theme-projector').click()
    await expect.poll(() => page.url()).toContain('theme=projector')
    await allChartsRendered(page)
    await expect(page.getByTestId('theme-projector').getAttribute('aria-pressed')).resolves.toBe('true')
    await page.screenshot({ path: `${SHOTS}/compare-projector.png` })
    await context.close()
  })
})
