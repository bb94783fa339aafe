// Accessibility of the built app: axe-core finds no serious or critical violation on any page in
// either chart theme; every control is reached by Tab and works from the keyboard; every chart carries
// ECharts' aria description; chart text keeps its contrast in both themes.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { projectorTheme, screenTheme, type ChartTheme } from '../../src/charts/theme'
import { launchBrowser, openPage } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { navigate, pageReady, PAGES, type PageName } from '../helpers/tour'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let browser: Browser
beforeAll(async () => { browser = await launchBrowser() })
afterAll(async () => { await browser?.close() })

interface Violation { id: string, impact: string | null, help: string, nodes: { target: string[], failureSummary?: string }[] }

/** axe-core's violations of impact serious or critical on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // page.addScriptTag would add an inline <script>, which the app's CSP rightly refuses; evaluate is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'))
  // Contrast is judged on the settled page, not halfway through a fade-in.
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter(a => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
    .map(a => a.finished.catch(() => undefined))))
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => ({ target: n.target, failureSummary: n.failureSummary })) }))
  })
  return violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
}

const describeViolations = (vs: Violation[]) => vs.map(v => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map(n => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('')}`).join('\n')}`).join('\n')

/** Opens `name` by its URL (the township page on the sample's first township). */
async function openAt(page: Page, name: PageName, query: string): Promise<void> {
  const route = name === 'township' ? `#/township/${encodeURIComponent('城关街道')}` : PAGES.find(p => p.name === name)?.route ?? ''
  await page.goto(`${inject('baseUrl')}${route}${query}`)
  await pageReady(page, name)
}

describe('accessibility', () => {
  it.each(['screen', 'projector'] as const)('has no serious or critical axe violation on any page (%s theme)', async (theme) => {
    const { page, context } = await openPage(browser, { width: 1366, height: 768 })
    const query = theme === 'projector' ? '?theme=projector' : ''
    await openAt(page, 'overview', query)
    await page.getByTestId('add-to-deck').first().click()
    const found: string[] = []
    const check = async (where: string) => {
      const vs = await seriousViolations(page)
      if (vs.length > 0) found.push(`${where}:\n${describeViolations(vs)}`)
    }
    for (const { name } of PAGES) {
      await openAt(page, name, query)
      await check(`#/${name}`)
    }
    // The data page's other states: an import's result cards with their issues open, and its other tabs.
    await openAt(page, 'data', query)
    await importFiles(page, ['data/examples/wide-chinese-headers.csv', 'tests/fixtures/xlsx/wide.xlsx', 'tests/fixtures/data/broken.csv'], { wait: false })
    await page.locator('[data-testid="file-results"][data-busy="false"] [data-testid="file-result"][data-file="wide.xlsx"]').waitFor()
    await page.getByTestId('toggle-issues').first().click()
    await check('#/data after an import')
    for (const [tab, shown] of [['报告审核', 'report-review'], ['报送情况', 'tracker'], ['全部数据', 'figure-count']] as const) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`, 'u') }).click()
      await page.getByTestId(shown).waitFor()
      await check(`#/data ${tab}`)
    }
    expect(found.join('\n\n')).toBe('')
    await context.close()
  })

  it.each(PAGES.map(p => p.name))('reaches every control of the %s page by Tab', async (name) => {
    const { page, context } = await openPage(browser, { width: 1366, height: 768 })
    await openAt(page, 'overview', '')
    await page.getByTestId('add-to-deck').first().click()
    await openAt(page, name, '')
    // The header's plain search box gives way to the autocomplete after the first chart (or on focus,
    // keeping the focus). Controls are marked on the settled page, or the box marked would be replaced.
    await page.getByTestId('township-search').locator('.township-search__box input').waitFor()
    // Every visible, enabled control, marked so that Tab order can be matched against it.
    const controls = await page.evaluate(() => {
      const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]'
      const all = [...document.querySelectorAll<HTMLElement>(sel)].filter(el => el.checkVisibility({ checkVisibilityCSS: true })
        && !(el as HTMLButtonElement).disabled && !el.closest('[inert], [aria-hidden="true"]'))
      all.forEach((el, i) => { el.dataset.a11yControl = String(i) })
      return all.map(el => ({ html: el.outerHTML.slice(0, 200), radioGroup: el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '' ? el.name : null }))
    })
    const reached = new Set<string>()
    await page.locator('body').focus()
    for (let i = 0; i < controls.length * 2 + 10; i++) {
      await page.keyboard.press('Tab')
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-a11y-control]')?.dataset.a11yControl ?? null)
      if (id !== null) reached.add(id)
      if (reached.size === controls.length) break
    }
    // A named radio group is one Tab stop (its arrows move between the radios): reaching one reaches all.
    const groupsReached = new Set(controls.filter((c, i) => c.radioGroup !== null && reached.has(String(i))).map(c => c.radioGroup))
    const missed = controls.filter((c, i) => !reached.has(String(i)) && !(c.radioGroup !== null && groupsReached.has(c.radioGroup)))
    expect(missed.map(c => c.html)).toEqual([])
    await context.close()
  })

  it('works from the keyboard: nav links, the year, the chart style, an indicator, an export', async () => {
    const { page, context } = await openPage(browser, { width: 1366, height: 768 })
    await openAt(page, 'overview', '')
    await page.locator('.app-nav a', { hasText: '对比' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => location.hash.startsWith('#/compare'))
    await pageReady(page, 'compare')

    await page.getByTestId('year-select').focus()
    await page.keyboard.press('ArrowUp')
    await page.waitForFunction(() => location.hash.includes('year=2023'))

    const picker = page.getByTestId('indicator-picker')
    await picker.locator('input').focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('行政检查次数')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => location.hash.includes('ind=inspections'))

    const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
      await page.getByTestId('export-png').first().focus()
      await page.keyboard.press('Enter')
    })()])
    expect(download.suggestedFilename()).toMatch(/\.png$/u)

    await page.locator('.app-nav a', { hasText: '总览' }).focus()
    await page.keyboard.press('Enter')
    await pageReady(page, 'overview')
    await page.getByTestId('theme-projector').focus()
    await page.keyboard.press('Space')
    await page.waitForFunction(() => location.hash.includes('theme=projector'))
    await context.close()
  })

  it('gives every chart on every page an aria description written by ECharts', async () => {
    const { page, context } = await openPage(browser, { width: 1366, height: 768 })
    const unlabelled: string[] = []
    let charts = 0
    await openAt(page, 'overview', '')
    for (const name of ['overview', 'compare', 'township', 'trends'] as const) {
      if (name !== 'overview') await navigate(page, name)
      const labels = await page.locator('[_echarts_instance_]').evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''))
      charts += labels.length
      labels.forEach((label, i) => { if (label.trim().length < 10) unlabelled.push(`#/${name} chart ${i + 1}: "${label}"`) })
    }
    console.log(`${charts} charts, ${charts - unlabelled.length} with an aria description`)
    expect(charts).toBeGreaterThan(10)
    expect(unlabelled).toEqual([])
    await context.close()
  })
})

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

describe('chart colours', () => {
  it.each([['screen', screenTheme], ['projector', projectorTheme]] as [string, ChartTheme][])('keep text at 4.5:1 and marks at 3:1 against the background (%s)', (_name, theme) => {
    const bg = theme.background
    const c = theme.colors
    expect(contrast(c.text, bg)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(c.mutedText, bg)).toBeGreaterThanOrEqual(4.5)
    for (const mark of [c.better, c.worse, c.neutral, c.reference]) expect(contrast(mark, bg), mark).toBeGreaterThanOrEqual(3)
  })
})
