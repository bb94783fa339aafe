// The first screen's files (issue 14; the first-screen bench and tests/e2e/firstScreen.e2e.ts): every JS
// and CSS file a fresh page starts loading before its first chart is drawn (Resource Timing startTime <
// the moment a chart panel says data-rendered="true", and the document's scripts, styles and module
// preloads as they stand at that moment), gzipped with node:zlib at its default level, read from the
// build the page is served from; and everything it loads until the network is idle.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

export interface Files { files: string[], raw: number, gzip: number }

/** The JS and CSS files a fresh page loads before its first chart is drawn, and all it loads until the network is idle, gzipped. */
export async function firstScreenFiles(browser: Browser, url: string, outDir: string): Promise<{ first: Files, idle: Files }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.addInitScript(() => {
    const w = window as unknown as { __firstChart: number | null, __firstLinks: string[] }
    w.__firstChart = null
    w.__firstLinks = []
    new MutationObserver(() => {
      if (w.__firstChart !== null || !document.querySelector('[data-rendered="true"]')) return
      w.__firstChart = performance.now()
      // The document's scripts and styles as they are when the chart is drawn: Vite adds preload links for
      // every later dynamic import too, which must not count as loaded before the chart.
      w.__firstLinks = [...document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]')]
        .map(e => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href)
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered'] })
  })
  await page.goto(url)
  await page.waitForFunction(() => (window as unknown as { __firstChart: number | null }).__firstChart !== null, null, { timeout: 60_000 })
  const firstLinks = await page.evaluate(() => (window as unknown as { __firstLinks: string[] }).__firstLinks)
  await page.waitForLoadState('networkidle')
  const loaded = await page.evaluate(() => {
    const chart = (window as unknown as { __firstChart: number }).__firstChart
    // The entry script and styles of index.html come from the document, before any resource entry.
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(r => ({ url: r.name, before: r.startTime < chart }))
  })
  const html = await page.evaluate(() => [...document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]')]
    .map(e => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href))
  await context.close()
  const origin = new URL(url).origin
  const path = (u: string) => { const p = new URL(u); return p.origin === origin && /\.(js|css)$/u.test(p.pathname) ? p.pathname.replace(/^\//u, '') : null }
  const measure = (urls: string[]): Files => {
    const files = [...new Set(urls.map(path).filter((p): p is string => p !== null))].sort()
    let raw = 0
    let gzip = 0
    for (const f of files) {
      const bytes = readFileSync(join(outDir, f))
      raw += bytes.length
      gzip += gzipSync(bytes).length
    }
    return { files, raw, gzip }
  }
  return { first: measure([...firstLinks, ...loaded.filter(r => r.before).map(r => r.url)]), idle: measure([...html, ...loaded.map(r => r.url)]) }
}
