// Debian's Chromium driven by playwright-core, with the flags this machine needs.
import { mkdirSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Playwright gives every launch a fresh, empty user-data directory of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  })
}

export interface WatchedPage {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught page errors seen so far. */
  errors: string[]
  /** Every request URL the page made. */
  requests: string[]
}

/** A fresh context and page that records console errors, page errors and requests. */
export async function openPage(browser: Browser, opts: { width?: number, height?: number, locale?: string } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 768 },
    locale: opts.locale ?? 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true,
  })
  const page = await context.newPage()
  const errors: string[] = []
  const requests: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  page.on('pageerror', (e) => { errors.push(String(e)) })
  page.on('request', (r) => { requests.push(r.url()) })
  return { page, context, errors, requests }
}

/** Share of canvas pixels that differ from the top-left pixel: 0 means blank. */
export async function canvasInk(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const canvas = el instanceof HTMLCanvasElement ? el : el.querySelector('canvas')
    if (!canvas) return 0
    const ctx = canvas.getContext('2d')
    if (!ctx) return 0
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    let differ = 0
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2] || data[i + 3] !== data[3]) differ++
    }
    return differ / (data.length / 4)
  })
}

/** Where e2e tests save screenshots (git-ignored); created on first use. */
export const SHOTS = 'tests/e2e/__screenshots__'

/**
 * One Chromium for the test file: launched before the first test (with the screenshot folder made),
 * closed after the last. Returns a getter, since the browser exists only once the hook has run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => { await browser?.close() })
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is used before beforeAll ran')
    return browser
  }
}

/** Waits until every chart panel on the page has finished drawing (ChartPanel sets data-rendered="true"). */
export async function allChartsRendered(page: Page, panel = '[data-testid="chart-panel"]'): Promise<void> {
  await page.locator(panel).first().waitFor()
  await page.waitForFunction((sel) => {
    const panels = [...document.querySelectorAll(sel)]
    return panels.length > 0 && panels.every(p => p.getAttribute('data-rendered') === 'true')
  }, panel, { timeout: 30_000 })
}

/**
 * Presses the header's language switch and waits until the page speaks the other language: the switch
 * waits for that language's messages, which may still be loading (English loads after the first chart),
 * and only then changes the words and <html lang>.
 */
export async function switchLocale(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.documentElement.lang)
  await page.getByTestId('locale-switch').click()
  await page.waitForFunction(old => document.documentElement.lang !== old, before, { timeout: 30_000 })
}
