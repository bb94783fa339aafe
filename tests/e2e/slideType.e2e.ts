// The slide show's type as the projector draws it: every text the slide canvases draw is recorded
// (helpers/canvasText: fillText/strokeText wrapped before the app loads) with its font size, at
// 1024×768 and 1920×1080. Township names and axis figures are at least 3 % of the screen height,
// heatmap cells 2.8 %, the title 5 %, and nothing (footers included) under 2.5 %.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'
import { drawnTexts, recordCanvasText } from '../helpers/canvasText'

const browser = useBrowser()
const SLIDE = '[data-testid="slide-show"] [data-testid="slide"][data-rendered="true"]'
/** Compare-page charts added to the deck, found by their builder: ranking, scatter, heatmap, outcomes. */
const CHARTS = ['rankingBarOption', 'scatterOption', 'heatmapOption', 'outcomeBarOption']

interface Drawn { text: string, px: number }

/** The slide show's texts drawn since the last call, each with the smallest size it was drawn at. */
async function drawnSince(page: Page): Promise<Drawn[]> {
  const smallest = new Map<string, number>()
  for (const d of (await drawnTexts(page)).filter(x => x.slide)) smallest.set(d.text, Math.min(smallest.get(d.text) ?? Infinity, d.px))
  return [...smallest].map(([text, px]) => ({ text, px }))
}

const isTownship = (text: string) => /^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道)$/u.test(text)
const isFigure = (text: string) => /^-?[\d.,]+%?$/u.test(text)

describe('slide show type, measured as drawn', () => {
  for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    it(`keeps labels ≥ 3 %, heatmap cells ≥ 2.8 %, titles ≥ 5 % and footers ≥ 2.5 % of ${size.height} px`, async () => {
      const { page, context, errors } = await openPage(browser(), size)
      await recordCanvasText(page)
      await page.goto(`${inject('baseUrl')}#/compare`)
      await allChartsRendered(page)
      // Each panel is taken by its place on the page, found once (its data-rendered flag changes as it redraws).
      const builders = await page.getByTestId('chart-panel').evaluateAll(els => els.map(e => e.getAttribute('data-chart')))
      for (const [n, chart] of CHARTS.entries()) {
        const panel = page.getByTestId('chart-panel').nth(builders.indexOf(chart))
        await panel.getByTestId('add-to-deck').click()
        await expect.poll(() => panel.getByTestId('export-message').textContent()).toContain(`${n + 1}`)
      }
      await page.getByTestId('deck-link').click()
      await page.getByTestId('present-start').click()
      const total = Number(/\/\s*(\d+)/u.exec((await page.getByTestId('slide-count').textContent()) ?? '')?.[1])
      expect(total).toBeGreaterThanOrEqual(CHARTS.length)
      const h = size.height
      const seenKinds = new Set<string>()
      for (let s = 1; s <= total; s++) {
        await expect.poll(() => page.getByTestId('slide-count').textContent()).toContain(`${s}`)
        await page.locator(SLIDE).waitFor()
        const chart = await page.locator(SLIDE).getAttribute('data-chart') ?? ''
        seenKinds.add(chart)
        // Let the chart's animation-free draw settle, then read what was drawn for this slide.
        await page.waitForTimeout(400)
        const drawn = await drawnSince(page)
        expect(drawn.length, `slide ${s} (${chart}) drew no text`).toBeGreaterThan(3)
        const where = (d: Drawn) => `slide ${s} (${chart}) "${d.text}" at ${d.px}px of ${h}px`
        for (const d of drawn) expect(d.px, where(d)).toBeGreaterThanOrEqual(0.025 * h)
        for (const d of drawn.filter(x => isTownship(x.text))) expect(d.px, where(d)).toBeGreaterThanOrEqual(0.03 * h)
        const figureMin = chart === 'heatmapOption' ? 0.028 : 0.03
        for (const d of drawn.filter(x => isFigure(x.text))) expect(d.px, where(d)).toBeGreaterThanOrEqual(figureMin * h)
        expect(drawn.filter(x => isTownship(x.text)).length, `slide ${s} (${chart}) names no township`).toBeGreaterThan(0)
        const title = drawn.reduce((a, b) => (b.px > a.px ? b : a))
        expect(title.px, where(title)).toBeGreaterThanOrEqual(0.05 * h)
        if (s === 1) await page.screenshot({ path: `${SHOTS}/slide-type-${size.width}.png` })
        await page.keyboard.press('ArrowRight')
      }
      expect([...seenKinds].sort()).toEqual([...CHARTS].sort())
      expect(errors).toEqual([])
      await context.close()
    })
  }
})
