// The slide show's blank screen in Chromium against the built app: B and . black the screen, W and ,
// white it (PowerPoint's keys), and any key brings the same slide back without turning it.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'

const SLIDE = '[data-testid="slide-show"] [data-testid="slide"][data-rendered="true"]'
const browser = useBrowser()

/** Share of the screenshot's pixels that are exactly the given grey level (0 black, 255 white). */
async function shareOfLevel(page: Page, level: number): Promise<number> {
  const png = (await page.screenshot()).toString('base64')
  return page.evaluate(async ({ png, level }) => {
    const img = new Image()
    img.src = `data:image/png;base64,${png}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const ctx = canvas.getContext('2d')
    if (!ctx) return 0
    ctx.drawImage(img, 0, 0)
    const { data } = ctx.getImageData(0, 0, img.width, img.height)
    let same = 0
    for (let i = 0; i < data.length; i += 4) if (data[i] === level && data[i + 1] === level && data[i + 2] === level) same++
    return same / (data.length / 4)
  }, { png, level })
}

/** Puts the overview's chart and the compare page's scatter in the deck and starts the show. */
async function startShow(page: Page): Promise<void> {
  for (const [route, nth] of [['overview', 0], ['compare', 1]] as const) {
    await page.goto(`${inject('baseUrl')}#/${route}`)
    await allChartsRendered(page)
    // Each panel's tools load after its chart is drawn: find the button and its message inside the panel, not by their order on the page.
    const panel = page.getByTestId('chart-panel').nth(nth)
    await panel.getByTestId('add-to-deck').click()
    await expect.poll(() => panel.getByTestId('export-message').textContent(), { timeout: 10_000 }).toMatch(/已加入演示/)
  }
  await page.getByTestId('deck-link').click()
  await page.getByTestId('present-start').click()
  await page.locator(SLIDE).waitFor()
}

describe('blank screen in the slide show', () => {
  it.each([
    ['b', 'black', 0], ['.', 'black', 0], ['w', 'white', 255], [',', 'white', 255],
  ] as const)('%j turns the screen %s, and any key brings the same slide back', async (key, colour, level) => {
    const { page, errors, context } = await openPage(browser(), { width: 1024, height: 768 })
    await startShow(page)
    await page.keyboard.press('ArrowRight')
    // A long chart may take two slides: the test only needs to stand on the second one.
    await expect.poll(() => page.getByTestId('slide-count').textContent(), { timeout: 10_000 }).toMatch(/^2 \/ \d+$/)
    const second = await page.getByTestId('slide-count').textContent()
    await page.locator(SLIDE).waitFor()
    // Another colour covers part of the slide (chart, footer): the screen is not yet blank.
    expect(await shareOfLevel(page, level)).toBeLessThan(0.99)
    await page.keyboard.press(key)
    await page.locator(`[data-testid="slide-blank"][data-blank="${colour}"]`).waitFor()
    await expect.poll(() => shareOfLevel(page, level), { timeout: 10_000 }).toBe(1)
    if (key === 'b') await page.screenshot({ path: `${SHOTS}/present-blank-black.png` })
    // The key that returns does nothing else: not the next, not the previous slide, not leaving.
    await page.keyboard.press('ArrowLeft')
    await page.getByTestId('slide-blank').waitFor({ state: 'detached' })
    await expect(page.getByTestId('slide-count').textContent()).resolves.toBe(second)
    await page.locator(SLIDE).waitFor()
    expect(await shareOfLevel(page, level)).toBeLessThan(0.99)
    expect(errors).toEqual([])
    await context.close()
  })

  it('returns from a blank screen with Esc without leaving the show, then leaves with a second Esc', async () => {
    const { page, context } = await openPage(browser(), { width: 1366, height: 768 })
    await startShow(page)
    await page.keyboard.press('W')
    await page.locator('[data-testid="slide-blank"][data-blank="white"]').waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('slide-blank').waitFor({ state: 'detached' })
    await expect(page.getByTestId('slide-show').isVisible()).resolves.toBe(true)
    await page.keyboard.press('Escape')
    await page.getByTestId('slide-show').waitFor({ state: 'detached' })
    await context.close()
  })
})
