// The province's ranking and small multiples on 对比 as a user meets them (1,500 townships, issue 14):
// 40 bars drawn at a time with a pager under the chart, every township reachable from the top to the
// bottom, a township picked in the header brought into view, and the exports of the whole chart (SVG:
// the same picture whichever rows the screen shows, with the top of the ranking; CSV: every row).
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { allChartsRendered, SHOTS, useBrowser } from '../helpers/browser'
import { drawnTexts } from '../helpers/canvasText'
import { downloadBytes } from '../helpers/files'
import { listedTownships, openGeneratedCompare, townshipsDrawn } from '../helpers/generatedCounty'

const browser = useBrowser()
const RANKING = '.compare-page__top [data-testid="chart-panel"][data-chart="rankingBarOption"]'
const MULTIPLE = '[data-testid="small-multiples"] [data-testid="chart-panel"]'
const N = 1500

/** Waits until the panel has drawn again, then the township names it wrote on its canvas since the last call. */
const namesDrawn = (page: Page, panel: Locator, names: ReadonlySet<string>) => townshipsDrawn(page, panel, 'rankingBarOption', names)

async function openProvince(width: number, height: number) {
  const opened = await openGeneratedCompare(browser(), width, height, N)
  const panel = opened.page.locator(RANKING)
  await expect.poll(() => panel.getByTestId('row-pager-shown').textContent(), { timeout: 30_000 }).toMatch(/共 1500 行/)
  await allChartsRendered(opened.page)
  return { ...opened, panel, names: new Set(await listedTownships(opened.page)) }
}

describe('the 1,500-township ranking, 40 bars at a time', () => {
  // The walk through all 38 pages is the same at any width and in either theme: it runs once, in the
  // projector theme, whose charts do not animate (in the screen theme each page waits out its 1 s animation).
  it.each([[1366, 768, true], [1024, 768, false]])('shows 40 rows and pages to the last at %i×%i (every page, every township: %s)', async (width, height, walk) => {
    const { page, panel, names, context, errors } = await openProvince(width, height)
    const shown = panel.getByTestId('row-pager-shown')
    await expect(shown.textContent()).resolves.toMatch(/第 1–40 行，共 1500 行/)
    // The pager sits inside the panel and fits the window.
    const box = (await panel.getByTestId('row-pager').boundingBox())!
    const panelBox = (await panel.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(Math.min(width, panelBox.x + panelBox.width))
    expect(box.y).toBeGreaterThan(panelBox.y)
    await expect(panel.getByTestId('row-pager-first').isDisabled()).resolves.toBe(true)
    await page.screenshot({ path: `${SHOTS}/ranking-window-${width}.png` })

    await drawnTexts(page)
    await panel.getByTestId('row-pager-next').click()
    await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toMatch(/第 41–80 行/)
    expect(await namesDrawn(page, panel, names)).toHaveLength(40)

    if (walk) {
      // From the top, page by page, to the bottom: every township is drawn once in some window.
      await page.getByTestId('theme-projector').click()
      await page.waitForFunction(() => location.hash.includes('theme=projector'))
      // The new theme draws the window shown (41–80) again: that drawing is let through before the walk.
      await expect.poll(async () => (await namesDrawn(page, panel, names)).length, { timeout: 20_000 }).toBeGreaterThan(0)
      await allChartsRendered(page)
      await drawnTexts(page)
      await panel.getByTestId('row-pager-first').click()
      await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toMatch(/第 1–40 行/)
      const seen = new Set(await namesDrawn(page, panel, names))
      expect(seen.size).toBe(40)
      for (let pageNo = 1; pageNo < 40 && !(await panel.getByTestId('row-pager-next').isDisabled()); pageNo++) {
        await panel.getByTestId('row-pager-next').click()
        for (const name of await namesDrawn(page, panel, names)) seen.add(name)
      }
      expect(seen.size).toBe(N)
    } else {
      await panel.getByTestId('row-pager-last').click()
      await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toMatch(/第 1461–1500 行/)
      expect(await namesDrawn(page, panel, names)).toHaveLength(40)
    }
    await expect(shown.textContent()).resolves.toMatch(/第 1461–1500 行，共 1500 行/)
    await expect(panel.getByTestId('row-pager-next').isDisabled()).resolves.toBe(true)
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/ranking-window-last-${width}.png` })

    // A small multiple pages the same way, on its own.
    const multiple = page.locator(MULTIPLE).first()
    await multiple.scrollIntoViewIfNeeded()
    await expect.poll(() => multiple.getByTestId('row-pager-shown').textContent(), { timeout: 30_000 }).toMatch(/第 1–40 行，共 1500 行/)
    await multiple.getByTestId('row-pager-last').click()
    await expect.poll(() => multiple.getByTestId('row-pager-shown').textContent(), { timeout: 10_000 }).toMatch(/第 1461–1500 行，共 1500 行/)
    await expect(shown.textContent()).resolves.toMatch(/第 1461–1500 行/)
    await expect.poll(() => multiple.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('true')
    await page.screenshot({ path: `${SHOTS}/ranking-window-multiples-${width}.png` })
    expect(errors).toEqual([])
    await context.close()
  }, 300_000)

  it('brings a township picked in the header into view', async () => {
    const { page, panel, names, context, errors } = await openProvince(1366, 768)
    const shown = panel.getByTestId('row-pager-shown')
    // A township far down the ranking: one of those on its last page but one (not one of the first
    // page, which the small multiples may still be drawing).
    const firstPage = new Set(await namesDrawn(page, panel, names))
    await panel.getByTestId('row-pager-last').click()
    await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toMatch(/第 1461–1500 行/)
    await namesDrawn(page, panel, names)
    await panel.getByTestId('row-pager-previous').click()
    await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toMatch(/第 1421–1460 行/)
    const far = (await namesDrawn(page, panel, names)).find(n => n !== '和平测试镇' && !firstPage.has(n))!
    expect(far).toBeDefined()
    await panel.getByTestId('row-pager-first').click()
    await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toMatch(/第 1–40 行/)
    await namesDrawn(page, panel, names)

    await page.getByTestId('township-picker').click()
    await page.keyboard.type(far)
    // The option of that name exactly (another name may hold it: 河山镇 in 桥河山镇1234).
    await page.locator('.el-select-dropdown__item').filter({ hasText: new RegExp(`^\\s*${far}\\s*$`, 'u') }).first().click()
    await page.keyboard.press('Escape')
    await expect.poll(() => shown.textContent(), { timeout: 10_000 }).not.toMatch(/第 1–40 行/)
    const [from, to] = /第 (\d+)–(\d+) 行/u.exec((await shown.textContent())!)!.slice(1).map(Number)
    expect(from).toBeGreaterThan(1380)
    expect(to).toBeLessThanOrEqual(1500)
    expect(await namesDrawn(page, panel, names)).toContain(far)
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)

  it('exports the whole chart, not the rows on screen: the same SVG at the top and the bottom, the CSV every row', async () => {
    const { page, panel, names, context, errors } = await openProvince(1366, 768)
    const top = await namesDrawn(page, panel, names)
    await panel.getByTestId('export-svg').waitFor()
    const svgOf = async () => {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByTestId('export-svg').click()])
      return Buffer.from(await downloadBytes(file)).toString('utf8')
    }
    const namesIn = (svg: string) => [...names].filter(name => svg.includes(`>${name}<`)).sort()
    const atTop = namesIn(await svgOf())
    await panel.getByTestId('row-pager-last').click()
    await expect.poll(() => panel.getByTestId('row-pager-shown').textContent(), { timeout: 10_000 }).toMatch(/第 1461–1500 行/)
    const bottom = await namesDrawn(page, panel, names)
    const atBottom = namesIn(await svgOf())
    expect(atBottom).toEqual(atTop)
    // The picture is of the whole ranking (its top rows), not of the window the screen shows.
    expect(atTop.length).toBeGreaterThanOrEqual(20)
    expect(top.filter(n => atTop.includes(n)).length).toBeGreaterThanOrEqual(20)
    expect(bottom.filter(n => atTop.includes(n))).toEqual([])
    const [csvFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByTestId('export-chart-csv').click()])
    const csv = Buffer.from(await downloadBytes(csvFile)).toString('utf8')
    const cells = new Set(csv.split(/\r?\n/u).flatMap(line => line.split(',')).map(c => c.replace(/^"|"$/gu, '')))
    expect([...names].filter(name => cells.has(name))).toHaveLength(N)
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)
})
