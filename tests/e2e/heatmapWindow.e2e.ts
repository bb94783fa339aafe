// The province's heatmap on 对比 as a user meets it (1,500 townships, issue 14): 40 rows drawn at a
// time with a pager under the chart, the wheel over the chart scrolling through the rows without
// moving the page, every township reachable from the top to the bottom, and the exports of the whole
// chart (SVG: top and bottom 100 with a note saying so; CSV: every row), whichever rows the screen shows.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { allChartsRendered, SHOTS, useBrowser } from '../helpers/browser'
import { downloadBytes } from '../helpers/files'
import { listedTownships, openGeneratedCompare, townshipsDrawn } from '../helpers/generatedCounty'

const browser = useBrowser()
const PANEL = '.compare-page [data-testid="chart-panel"][data-chart="heatmapOption"]'
const N = 1500

/** Waits until the panel has drawn again, then the township names it wrote on its canvas since the last call. */
const namesDrawn = (page: Page, panel: Locator, names: ReadonlySet<string>) => townshipsDrawn(page, panel, 'heatmapOption', names)

async function openProvince(width: number, height: number) {
  const opened = await openGeneratedCompare(browser(), width, height, N)
  const panel = opened.page.locator(PANEL)
  await expect.poll(() => panel.getAttribute('data-rows'), { timeout: 30_000 }).toBe(String(N))
  await allChartsRendered(opened.page)
  await panel.scrollIntoViewIfNeeded()
  return { ...opened, panel, names: new Set(await listedTownships(opened.page)) }
}

describe('the 1,500-row heatmap, 40 rows at a time', () => {
  it.each([[1366, 768], [1024, 768]])('shows 40 rows and pages and scrolls to every township at %i×%i', async (width, height) => {
    const { page, panel, names, context, errors } = await openProvince(width, height)
    const shown = panel.getByTestId('row-pager-shown')
    await expect(shown.textContent()).resolves.toMatch(/第 1–40 行，共 1500 行/)
    // The pager sits under the chart, inside the panel, and fits the window.
    const box = (await panel.getByTestId('row-pager').boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(width)
    await expect(panel.getByTestId('row-pager-first').isDisabled()).resolves.toBe(true)
    const first = await namesDrawn(page, panel, names)
    expect(first.length).toBeGreaterThanOrEqual(40)
    await panel.getByTestId('row-pager-next').click()
    await expect.poll(() => shown.textContent()).toMatch(/第 41–80 行/)
    const second = await namesDrawn(page, panel, names)
    expect(second).toHaveLength(40)
    await page.screenshot({ path: `${SHOTS}/heatmap-window-${width}.png` })

    // The wheel over the chart scrolls its rows, not the page.
    const canvas = (await panel.locator('canvas').first().boundingBox())!
    // A point of the chart inside the window (the chart is taller than 768 px).
    await page.mouse.move(canvas.x + canvas.width / 2, Math.max(canvas.y, 0) + 150)
    const scrollY = await page.evaluate(() => window.scrollY)
    await page.mouse.wheel(0, 100)
    await expect.poll(() => shown.textContent()).toMatch(/第 44–83 行/)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY)

    // From the top, page by page, to the bottom: every township is drawn once in some window.
    await panel.getByTestId('row-pager-first').click()
    await expect.poll(() => shown.textContent()).toMatch(/第 1–40 行/)
    const seen = new Set(await namesDrawn(page, panel, names))
    for (let pageNo = 1; pageNo < 40 && !(await panel.getByTestId('row-pager-next').isDisabled()); pageNo++) {
      await panel.getByTestId('row-pager-next').click()
      for (const name of await namesDrawn(page, panel, names)) seen.add(name)
    }
    await expect(shown.textContent()).resolves.toMatch(/第 1461–1500 行，共 1500 行/)
    expect(seen.size).toBe(N)
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)

  it('exports the whole chart, not the rows on screen: the SVG its top and bottom 100 with a note, the CSV every row', async () => {
    const { page, panel, names, context, errors } = await openProvince(1366, 768)
    await panel.getByTestId('row-pager-last').click()
    await expect.poll(() => panel.getByTestId('row-pager-shown').textContent()).toMatch(/第 1461–1500 行/)
    await panel.getByTestId('export-svg').waitFor()
    const [svgFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByTestId('export-svg').click()])
    const svg = Buffer.from(await downloadBytes(svgFile)).toString('utf8')
    expect(svg).toContain('乡镇较多（共 1500 个），仅显示主指标排名前 100 名和后 100 名。')
    const inSvg = [...names].filter(name => svg.includes(`>${name}<`))
    expect(inSvg.length).toBe(200)
    const [csvFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByTestId('export-chart-csv').click()])
    const csv = Buffer.from(await downloadBytes(csvFile)).toString('utf8')
    const cells = new Set(csv.split(/\r?\n/u).flatMap(line => line.split(',')).map(c => c.replace(/^"|"$/gu, '')))
    const inCsv = [...names].filter(name => cells.has(name))
    expect(inCsv.length).toBe(N)
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
