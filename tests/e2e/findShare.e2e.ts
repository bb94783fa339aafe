// Find and share (#15.12), as a clerk uses them: the header's search finds 大同镇 from its pinyin
// initials and opens it; 复制链接 puts the view's address on the clipboard and that address reopens the
// same view, or says plainly that the browser refused; every chart panel downloads its figures as CSV.
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'

const browser = useBrowser()

describe('find and share', () => {
  it.each([[1366, 768], [1024, 768]])('finds 大同镇 by typing dtz in the header at %i×%i', async (width, height) => {
    const { page, context, errors } = await openPage(browser(), { width, height })
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    // The autocomplete has taken the plain box's place (after the first chart: 对比's lower panels mount
    // then too, so "every chart drawn" can come before it).
    await page.getByTestId('township-search').locator('.township-search__box').waitFor()
    const box = page.getByTestId('township-search').locator('input')
    await box.fill('dtz')
    const hit = page.getByTestId('search-hit').filter({ hasText: '大同镇' })
    await hit.waitFor()
    await expect(page.getByTestId('search-hit').allTextContents()).resolves.toEqual(['大同镇'])
    await page.screenshot({ path: `${SHOTS}/search-dtz-${width}.png` })
    await box.press('Enter')
    await page.waitForURL(/#\/township\/%E5%A4%A7%E5%90%8C%E9%95%87/)
    await expect(page.getByTestId('township-header').textContent()).resolves.toContain('大同镇')
    // Part of a name finds it too, without pinyin.
    await box.fill('城关')
    await expect(page.getByTestId('search-hit').first().textContent()).resolves.toBe('城关街道')
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([[1024, 768], [1366, 768], [1920, 1080]])('keeps the Chinese header on one line at %i×%i, every tool inside the window', async (width, height) => {
    const { page, context } = await openPage(browser(), { width, height })
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    const header = await page.locator('header.app-header').boundingBox()
    expect(header!.height).toBeLessThan(60)
    for (const id of ['year-select', 'township-search', 'copy-link', 'print', 'locale-switch']) {
      const box = await page.getByTestId(id).boundingBox()
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(width)
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(header!.y + header!.height)
    }
    await context.close()
  })

  it('copies the link of the view, and the link reopens it', async () => {
    const { page, context, errors } = await openPage(browser())
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    const years = await page.getByTestId('year-select').locator('option').allTextContents()
    const older = years[0]!
    await page.getByTestId('year-select').selectOption(older)
    await page.waitForURL(/year=/)
    await page.getByTestId('copy-link').click()
    await expect(page.getByTestId('copy-link-message').textContent()).resolves.toContain('链接已复制')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())
    const other = await context.newPage()
    await other.goto(copied)
    await allChartsRendered(other)
    await expect(other.getByTestId('year-select').inputValue()).resolves.toBe(older)
    await expect(other.locator('[data-testid="chart-panel"] h2').first().textContent()).resolves.toContain(older)
    expect(errors).toEqual([])
    await context.close()
  })

  it('says so when the browser refuses the clipboard, with the address to copy by hand', async () => {
    const { page, context } = await openPage(browser())
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } })
    })
    await page.goto(`${inject('baseUrl')}#/overview`)
    await page.getByTestId('copy-link').click()
    const message = page.getByTestId('copy-link-message')
    await expect(message.textContent()).resolves.toMatch(/^浏览器拒绝了复制，请手动复制地址栏中的链接：http/)
    await expect(message.isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('downloads the figures of every chart panel as CSV, formulas neutralised', async () => {
    const { page, context, errors } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    const panels = page.getByTestId('chart-panel')
    // Each panel's tools load after its chart (and the header's search and tooltips after the first one),
    // panel by panel: the network can be idle (their code loaded) while the last panels still mount theirs.
    await page.waitForLoadState('networkidle')
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="chart-panel"]')]
      .every(p => !p.querySelector('canvas') || p.querySelector('[data-testid="export-png"]')), null, { timeout: 30_000 })
    const withEntry = await panels.filter({ has: page.getByTestId('export-png') }).count()
    expect(withEntry).toBeGreaterThan(1)
    await expect(page.getByTestId('export-chart-csv').count()).resolves.toBe(withEntry)

    const ranking = panels.filter({ has: page.getByTestId('export-chart-csv') }).first()
    const title = (await ranking.locator('h2').textContent())!
    const [download] = await Promise.all([page.waitForEvent('download'), ranking.getByTestId('export-chart-csv').click()])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data
    expect(rows[0]![0]).toBe('项目')
    // A row per township of the sample county's list (24), reported or not.
    expect(rows.length - 1).toBe(24)
    // Every figure is a plain number or empty, and no cell could run as a formula.
    for (const r of rows.slice(1)) for (const c of r.slice(1)) expect(c, `${title}: ${r.join(',')}`).toMatch(/^(-?\d+(\.\d+)?)?$/)
    for (const r of rows) expect(r[0]).not.toMatch(/^[=+\-@]/)
    await page.screenshot({ path: `${SHOTS}/chart-csv-1366.png` })
    expect(errors).toEqual([])
    await context.close()
  })

  it('sorts the township page’s table by rank and the data page’s township list by population', async () => {
    const { page, context, errors } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/township/${encodeURIComponent('大同镇')}`)
    const table = page.getByTestId('township-table')
    await table.waitFor()
    const rankHead = table.locator('thead th').filter({ hasText: '排名' })
    await rankHead.getByTestId('sort-button').click()
    await expect(rankHead.getAttribute('aria-sort')).resolves.toBe('ascending')
    const ranks = async () => (await table.locator('tbody tr[data-indicator] td:nth-child(3)').allTextContents()).map(s => Number.parseInt(s.trim(), 10))
    const asc = await ranks()
    const ranked = asc.filter(n => !Number.isNaN(n))
    expect(ranked.length).toBeGreaterThan(3)
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b))
    // Blanks (no figure, no rank) come last, and the group headings are gone while sorted.
    expect(asc.slice(0, ranked.length)).toEqual(ranked)
    await expect(table.locator('.indicator-table__group').count()).resolves.toBe(0)
    await page.screenshot({ path: `${SHOTS}/township-sorted-1366.png` })
    await rankHead.getByTestId('sort-button').click()
    const desc = (await ranks()).filter(n => !Number.isNaN(n))
    expect(desc).toEqual([...ranked].reverse())
    await rankHead.getByTestId('sort-button').click()
    await expect(table.locator('.indicator-table__group').count()).resolves.toBeGreaterThan(1)

    await page.goto(`${inject('baseUrl')}#/data`)
    await page.getByRole('tab', { name: '乡镇名单' }).click()
    const list = page.getByTestId('township-editor')
    const head = list.locator('th').filter({ hasText: '人口' })
    await head.click()
    await head.click()
    const column = await list.locator('thead th').evaluateAll(ths => ths.findIndex(th => th.textContent?.includes('人口')))
    const people = (await list.locator(`tbody tr td:nth-child(${column + 1})`).allTextContents()).map(s => Number(s.replace(/[^\d.]/g, '')))
    expect(people.length).toBe(24)
    expect(people).toEqual([...people].sort((a, b) => b - a))
    expect(errors).toEqual([])
    await context.close()
  })
})
