// The one-file dashboard (npm run build:single -- --data DIR) opened from disk with the network off:
// built here with the fixture county's own data (tests/fixtures/county), it shows that county on every
// page, imports CSV and Excel files, and loads nothing but itself.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPage, type WatchedPage } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { navigate, pageReady, PAGES } from '../helpers/tour'

const SHOTS = 'tests/e2e/__screenshots__'
let browser: Browser
let outDir: string
let html: string

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'single-'))
  process.env.DASHBOARD_DATA = resolve('tests/fixtures/county')
  try {
    const { build } = await import('vite')
    await build({ configFile: resolve('vite.single.config.ts'), configLoader: 'runner', build: { outDir }, logLevel: 'error' })
  } finally {
    delete process.env.DASHBOARD_DATA
  }
  html = readFileSync(join(outDir, 'dashboard.html'), 'utf8')
  browser = await launchBrowser()
  mkdirSync(SHOTS, { recursive: true })
}, 180_000)
afterAll(async () => {
  await browser?.close()
  rmSync(outDir, { recursive: true, force: true })
})

/** A page with the network off: every request that is not the file itself (or data:/blob:) is refused and recorded. */
async function offlinePage(): Promise<WatchedPage & { refused: string[], violations: string[] }> {
  const watched = await openPage(browser, { width: 1366, height: 768 })
  const refused: string[] = []
  await watched.context.setOffline(true)
  await watched.context.route('**/*', (route) => {
    const url = route.request().url()
    if (/^(file|data|blob):/u.test(url)) return route.continue()
    refused.push(url)
    return route.abort('internetdisconnected')
  })
  await watched.page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => { w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`) })
  })
  const violations: string[] = []
  return { ...watched, refused, violations }
}

const fileUrl = () => pathToFileURL(join(outDir, 'dashboard.html')).href
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)

describe('single-file dashboard from disk', () => {
  it('is one file: one inline script allowed by its hash, inline styles, no reference to any other file', () => {
    expect(readdirSync(outDir)).toEqual(['dashboard.html'])
    const start = html.indexOf('<script type="module">')
    const end = html.lastIndexOf('</script>')
    expect(start).toBeGreaterThan(0)
    const outside = html.slice(0, start) + html.slice(end)
    expect(outside).not.toMatch(/<script\b/u)
    expect(outside).not.toMatch(/\s(?:src|href)="(?!data:)[^"]+"/u)
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1] ?? ''
    expect(csp).toMatch(/default-src 'none'/)
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/)
    expect(csp).not.toMatch(/https?:|'self'|'unsafe-eval'/)
  })

  it('shows the bundled county on every page with the network off, and asks for nothing but itself', async () => {
    const { page, context, errors, requests, refused } = await offlinePage()
    await page.goto(`${fileUrl()}#/overview`)
    await pageReady(page, 'overview')
    await expect(page.locator('.app-header__county').textContent()).resolves.toBe('青禾县')
    await expect(page.getByTestId('sample-banner').textContent()).resolves.toContain('打包在本文件中的青禾县数据')
    await expect(page.locator('[data-testid="chart-panel"]').first().textContent()).resolves.toMatch(/4 \/ 4 个乡镇已报送/)
    await page.screenshot({ path: `${SHOTS}/single-file-overview.png` })
    for (const { name } of PAGES.slice(1)) {
      await navigate(page, name)
      if (name === 'township') await expect(page.locator('main').textContent()).resolves.toContain('青禾街道')
    }
    expect(refused).toEqual([])
    expect(requests.filter(u => !/^(data|blob):/u.test(u))).toEqual([fileUrl()])
    expect(await cspViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('imports a CSV and an Excel workbook from disk, off the page’s thread in an inline worker', async () => {
    const { page, context, errors } = await offlinePage()
    const workers: string[] = []
    page.on('worker', w => workers.push(w.url()))
    await page.goto(`${fileUrl()}#/data`)
    await pageReady(page, 'data')
    await importFiles(page, [resolve('data/examples/wide-chinese-headers.csv'), resolve('tests/fixtures/xlsx/wide.xlsx')], { wait: false })
    const status = (file: string) => page.locator(`[data-testid="file-result"][data-file="${file}"]`).getAttribute('data-status')
    await page.locator('[data-testid="file-results"][data-busy="false"] [data-testid="file-result"][data-file="wide.xlsx"]').waitFor()
    await expect(status('wide-chinese-headers.csv')).resolves.toBe('ok')
    await expect(status('wide.xlsx')).resolves.toBe('partial') // one cell is `x` on purpose (tests/fixtures/xlsx)
    await expect(page.locator('[data-testid="file-result"][data-file="wide.xlsx"]').getAttribute('data-accepted')).resolves.toBe('2')
    expect(workers.length).toBeGreaterThan(0)
    expect(workers.every(u => u.startsWith('blob:'))).toBe(true)
    expect(await cspViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([
    ['has no IndexedDB', 'Object.defineProperty(window, "indexedDB", { value: undefined })', 'storage-state', /只保存在当前页面/u],
    ['refuses IndexedDB', 'IDBFactory.prototype.open = function () { throw new DOMException("refused", "SecurityError") }', 'storage-error', /无法保存到本机浏览器.*只保存在当前页面/u],
  ])('works in memory and says so where the browser %s (as some file:// pages do)', async (_what, script, testid, notice) => {
    const { page, context, errors } = await offlinePage()
    await page.addInitScript({ content: script })
    await page.goto(`${fileUrl()}#/overview`)
    await pageReady(page, 'overview')
    await navigate(page, 'data')
    await expect(page.getByTestId(testid).textContent()).resolves.toMatch(notice)
    await importFiles(page, resolve('data/examples/wide-chinese-headers.csv'), { wait: false })
    await page.locator('[data-testid="file-results"][data-busy="false"] [data-testid="file-result"][data-file="wide-chinese-headers.csv"][data-status="ok"]').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('reads a Word report, a traditional-Chinese one and a PDF from disk: the lazy readers are inside the file', async () => {
    const { page, context, errors } = await offlinePage()
    await page.goto(`${fileUrl()}#/data`)
    await pageReady(page, 'data')
    for (const report of ['hekou-2024.docx', 'liuxi-2024-traditional.txt']) {
      await page.getByTestId('import-input').setInputFiles(resolve('tests/fixtures/reports', report))
      await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor()
      expect(await page.getByTestId('figure-row').count()).toBeGreaterThan(0)
    }
    // A PDF: pdf.js and its worker's code are inside the file and run in the page (no worker from a data: URL).
    await page.getByTestId('import-input').setInputFiles(resolve('tests/fixtures/report-formats', 'seed.pdf'))
    await page.getByTestId('report-queue-item').filter({ hasText: 'seed.pdf' }).click()
    await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor()
    await expect(page.locator('.rq__item--selected').textContent()).resolves.toContain('seed.pdf')
    expect(await page.getByTestId('figure-row').count()).toBeGreaterThanOrEqual(12)
    expect(await cspViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
