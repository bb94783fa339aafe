// What the charts say about themselves, as drawn in the built app (bundled sample, 2024, 行政执法人员持证率,
// whose 县定目标 is 95 %): the ranking's colours and target, the heatmap's grey, the target line on the
// trend and the scatter — on screen, in the SVG pictures and on a slide; the scatter's names never cover
// each other or an axis title, each hidden one is named in a tooltip, a % axis keeps its unit on the
// ticks and the tooltip gives the counts behind each rate; and one precision per unit on every page.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, useBrowser } from '../helpers/browser'
import { boxesOverlap, drawnTexts, lastBoxes, recordCanvasText, type DrawnText } from '../helpers/canvasText'
import { downloadBytes } from '../helpers/files'

const browser = useBrowser()
const RATE = 'enforcement_cert_rate'
const COMPARE = `#/compare?ind=${RATE}&year=2024`
const TRENDS = `#/trends?ind=${RATE}`
const isTownship = (text: string) => /^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道)$/u.test(text)

/** The texts one chart drew, once it has settled. */
async function textsOf(page: Page, chart: string): Promise<Set<string>> {
  await page.waitForTimeout(1200)
  return new Set((await drawnTexts(page)).filter(d => d.chart === chart && !d.slide).map(d => d.text))
}

/** The SVG picture a panel downloads, as text. */
async function svgOf(page: Page, chart: string): Promise<string> {
  const panel = page.locator(`[data-testid="chart-panel"][data-chart="${chart}"]`).first()
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.getByTestId('export-svg').click()])
  return Buffer.from(await downloadBytes(file)).toString('utf8')
}

describe('legends and target lines', () => {
  it('say what the colours and lines mean on screen, in the SVG pictures and on a slide', async () => {
    const { page, context, errors } = await openPage(browser(), { width: 1366, height: 768 })
    await recordCanvasText(page)
    await page.goto(`${inject('baseUrl')}${COMPARE}`)
    await allChartsRendered(page)
    await page.waitForTimeout(1200)
    const drawn = await drawnTexts(page)
    const on = (chart: string) => new Set(drawn.filter(d => d.chart === chart && !d.slide).map(d => d.text))
    const ranking = on('rankingBarOption')
    for (const words of ['县定目标 95', '达到县定目标', '未达县定目标']) expect(ranking, words).toContain(words)
    const heatmap = on('heatmapOption')
    for (const words of ['较好', '较差', '未报送或不适用']) expect(heatmap, words).toContain(words)
    expect(on('scatterOption')).toContain('县定目标 95%')
    expect(await svgOf(page, 'heatmapOption')).toContain('未报送或不适用')
    expect(await svgOf(page, 'scatterOption')).toContain('县定目标 95%')

    await page.goto(`${inject('baseUrl')}${TRENDS}`)
    await allChartsRendered(page)
    expect(await textsOf(page, 'trendOption')).toContain('县定目标 95%')
    const trendPanel = page.locator('[data-testid="chart-panel"][data-chart="trendOption"]').first()
    expect(await svgOf(page, 'trendOption')).toContain('县定目标 95%')
    await trendPanel.getByTestId('add-to-deck').click()
    await expect.poll(() => trendPanel.getByTestId('export-message').textContent()).toContain('1')
    await page.getByTestId('deck-link').click()
    await page.getByTestId('present-start').click()
    await page.locator('[data-testid="slide-show"] [data-testid="slide"][data-rendered="true"]').waitFor()
    await page.waitForTimeout(600)
    expect((await drawnTexts(page)).filter(d => d.slide).map(d => d.text)).toContain('县定目标 95%')
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the scatter', () => {
  for (const size of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
    it(`names every township without overlap at ${size.width}×${size.height}, hidden ones in a tooltip, with % ticks and counts`, async () => {
      const { page, context, errors } = await openPage(browser(), size)
      await recordCanvasText(page)
      await page.goto(`${inject('baseUrl')}${COMPARE}`)
      await allChartsRendered(page)
      await page.waitForTimeout(1500)
      const boxes = lastBoxes(await drawnTexts(page), 'scatterOption')
      const labels = [...boxes.values()].filter(d => isTownship(d.text))
      const axisNames = [...boxes.values()].filter(d => /（(%|人)）$/u.test(d.text))
      expect(axisNames.map(d => d.text).sort()).toEqual(['行政执法人员持证率（%）', '行政执法人员数（人）'])
      expect(labels.length).toBeGreaterThan(10)
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.text} covers ${b.text}`).toBe(false)
        for (const n of axisNames) expect(boxesOverlap(a.box, n.box), `${a.text} covers the axis title ${n.text}`).toBe(false)
      }
      // The rate axis keeps its unit on its ticks.
      expect([...boxes.keys()].filter(t => /^\d+%$/u.test(t)).length).toBeGreaterThan(2)

      // Each drawn name's point (left of its name) has a tooltip: the counts behind the rate, and the names hidden under it.
      const panel = page.locator('[data-testid="chart-panel"][data-chart="scatterOption"]').first()
      const named = new Set(labels.map(d => d.text))
      let counts = 0
      const canvas = panel.locator('canvas').first()
      await canvas.scrollIntoViewIfNeeded()
      for (const label of labels) {
        // The point is left of its name (label 'right', 5 px from a 12 px symbol).
        await canvas.hover({ position: { x: label.box.x - 11, y: label.box.y + label.box.height / 2 } })
        // The tooltip of the point under the mouse: a point drawn over another names itself (bold) and whose name it is under.
        const tip = panel.locator('div:has(> strong)').filter({ hasText: '行政执法人员持证率' }).last()
        await tip.waitFor({ state: 'visible', timeout: 3000 })
        const text = (await tip.textContent()) ?? ''
        named.add(((await tip.locator('strong').first().textContent()) ?? '').trim())
        if (/（\d+ \/ \d+ ?人）/u.test(text)) counts++
        const here = /名称重叠未标注[:：]([^行]+)/u.exec(text)?.[1]
        for (const name of here?.split(/[、，,\s]+/u) ?? []) if (isTownship(name.trim())) named.add(name.trim())
      }
      expect(counts, 'tooltips with the counts behind the rate').toBeGreaterThan(labels.length / 2)
      // The sample's 2024 townships with both figures (23 of 24; 杨柳乡 did not report): all named on the chart or under a name.
      expect(named.size, `named ${[...named].join('、')}`).toBe(23)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})

/** Figures in a text: rates with their decimals. */
const percents = (text: string): string[] => text.match(/\d+(?:\.\d+)?%/gu) ?? []

describe('one precision per unit', () => {
  it('writes rates with at most one decimal and amounts in 元 on every page and chart', async () => {
    const { page, context, errors } = await openPage(browser(), { width: 1366, height: 768 })
    await recordCanvasText(page)
    const pages = ['#/?year=2024', COMPARE, TRENDS, `#/township/${encodeURIComponent('河口镇')}?year=2024`, '#/assessment?year=2024']
    let seen = 0
    for (const hash of pages) {
      await page.goto(`${inject('baseUrl')}${hash}`)
      await allChartsRendered(page).catch(() => undefined)
      await page.waitForTimeout(1200)
      const body = await page.locator('main, #app').first().innerText()
      const drawn: DrawnText[] = await drawnTexts(page)
      const all = [...percents(body), ...drawn.flatMap(d => percents(d.text))]
      seen += all.length
      for (const p of all) expect(p, `${hash}: ${p}`).toMatch(/^\d+(?:\.\d)?%$/u)
      expect(body, hash).not.toContain('万元')
    }
    expect(seen).toBeGreaterThan(50)
    expect(errors).toEqual([])
    await context.close()
  })
})
