// A tour of every page of the built app, waiting on what the user sees (charts drawn, drop zone shown).
import type { Page } from 'playwright-core'

const PANEL = '[data-testid="chart-panel"]'

/** The pages of the app by their nav label (zh-CN), route and the root element the page renders. */
export const PAGES = [
  { name: 'overview', nav: '总览', route: '#/overview', root: '.overview, .overview__empty' },
  { name: 'compare', nav: '对比', route: '#/compare', root: '.compare-page' },
  { name: 'township', nav: '乡镇', route: '#/township', root: '.township-page' },
  { name: 'trends', nav: '趋势', route: '#/trends', root: '.trends-page' },
  { name: 'assessment', nav: '考核', route: '#/assessment', root: '.assessment-page' },
  { name: 'data', nav: '数据', route: '#/data', root: '.data-page' },
  { name: 'present', nav: '演示', route: '#/present', root: '.present-page' },
] as const
export type PageName = typeof PAGES[number]['name']

/** Waits until the page shows at least one chart panel and every panel has finished drawing. */
export async function allChartsDrawn(page: Page, timeout = 30_000): Promise<number> {
  await page.waitForFunction((sel) => {
    const panels = [...document.querySelectorAll(sel)]
    return panels.length > 0 && panels.every(p => p.getAttribute('data-rendered') === 'true')
  }, PANEL, { timeout })
  return page.locator(PANEL).count()
}

/**
 * Waits until `name` is the page shown (its root element in <main>, the previous page gone) and shows
 * what a user comes for: its charts drawn, the drop zone, the slide or the empty deck.
 */
export async function pageReady(page: Page, name: PageName, timeout = 30_000): Promise<void> {
  const root = PAGES.find(p => p.name === name)?.root ?? ''
  const others = PAGES.filter(p => p.name !== name).map(p => p.root).join(', ')
  await page.waitForFunction(([mine, theirs]) => document.querySelector(`main > :is(${mine})`) !== null && document.querySelector(`main > :is(${theirs})`) === null, [root, others] as const, { timeout })
  if (name === 'data') {
    await page.getByTestId('drop-zone').waitFor({ timeout })
  } else if (name === 'present') {
    await page.locator('[data-testid="slide"][data-rendered="true"], [data-testid="deck-empty"]').first().waitFor({ timeout })
  } else {
    await allChartsDrawn(page, timeout)
  }
}

/**
 * Waits until `name` is the page shown and each of its chart panels holds an ECharts instance (drawn
 * or still animating): for stress tests, which need the charts made, not finished.
 */
export async function pageShown(page: Page, name: PageName, timeout = 30_000): Promise<void> {
  const root = PAGES.find(p => p.name === name)?.root ?? ''
  await page.waitForFunction((mine) => {
    const shown = document.querySelector(`main > :is(${mine})`)
    const panels = [...document.querySelectorAll('main [data-testid="chart-panel"], main [data-testid="slide"]')]
    return shown !== null && panels.every(p => p.querySelector('[_echarts_instance_]') !== null)
  }, root, { timeout })
}

/**
 * Goes to `name` by its link in the header (in-app navigation, as a user does) and waits until it is
 * ready (pageReady), or only shown with `{ drawn: false }` (pageShown).
 */
export async function navigate(page: Page, name: PageName, opts: { drawn?: boolean } = {}): Promise<void> {
  const target = PAGES.find(p => p.name === name)
  if (!target) throw new Error(`unknown page ${name}`)
  await page.locator('.app-nav a', { hasText: target.nav }).click()
  await page.waitForFunction(route => location.hash.startsWith(route), target.route)
  await (opts.drawn === false ? pageShown(page, name) : pageReady(page, name))
}

/**
 * Calls `action` of the Pinia store `id` of the running app (for stress tests, where the UI would be
 * slow to drive), then waits a frame so that the views it changes have updated.
 */
export async function callStore(page: Page, id: string, action: string, ...args: unknown[]): Promise<void> {
  await page.evaluate(async ([storeId, name, params]) => {
    type Store = Record<string, (...a: unknown[]) => unknown>
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }).__vue_app__
    const store = app.config.globalProperties.$pinia._s.get(storeId as string)
    const fn = store?.[name as string]
    if (typeof fn !== 'function') throw new Error(`store ${String(storeId)} has no action ${String(name)}`)
    fn(...(params as unknown[]))
    await new Promise(resolve => requestAnimationFrame(resolve))
  }, [id, action, args] as const)
}
