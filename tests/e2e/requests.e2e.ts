// No request leaves the page: a tour of every page of the built app (an import, a PNG export and a
// slide included) records every request — page, lazy chunks, worker — and every CSP violation; all
// must stay on the app's own origin (data: and blob: URLs never leave the machine).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, openPage, switchLocale } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { navigate, pageReady, PAGES } from '../helpers/tour'

let browser: Browser
beforeAll(async () => { browser = await launchBrowser() })
afterAll(async () => { await browser?.close() })

/** Where a URL points: its origin, or its scheme for data:/blob: (which are the page's own). */
function originOf(url: string): string {
  if (/^(data|blob):/u.test(url)) return url.slice(0, url.indexOf(':') + 1)
  return new URL(url).origin
}

describe('requests', () => {
  it('index.html allows only the page’s own origin', () => {
    const html = readFileSync('index.html', 'utf8')
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1] ?? ''
    const directives = new Map(csp.split(';').map(d => d.trim().split(/\s+/u)).map(([k, ...v]) => [k, v]))
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/u)
  })

  it('stay on the origin through a tour of every page, an import, an export and a slide', async () => {
    const { page, context, errors } = await openPage(browser, { width: 1366, height: 768 })
    const base = inject('baseUrl')
    const own = new URL(base).origin
    const seen: string[] = []
    const outside: string[] = []
    const sockets: string[] = []
    context.on('request', r => seen.push(r.url()))
    page.on('websocket', ws => sockets.push(ws.url()))
    // Anything outside is refused before it leaves, so a failing run leaks nothing either.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if ([own, 'data:', 'blob:'].includes(originOf(url))) return route.continue()
      outside.push(url)
      return route.abort('blockedbyclient')
    })
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] }
      w.__csp = []
      document.addEventListener('securitypolicyviolation', (e) => { w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`) })
    })

    await page.goto(`${base}#/overview`)
    await pageReady(page, 'overview')
    await page.getByTestId('add-to-deck').first().click()
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').first().click()])
    expect(png.suggestedFilename()).toMatch(/\.png$/u)
    for (const { name } of PAGES.slice(1)) {
      await navigate(page, name)
      if (name === 'data') {
        await importFiles(page, [resolve('data/examples/wide-chinese-headers.csv'), resolve('tests/fixtures/xlsx/wide.xlsx')], { wait: false })
        await page.locator('[data-testid="file-results"][data-busy="false"] [data-testid="file-result"][data-file="wide.xlsx"]').waitFor()
      }
    }
    await page.locator('[data-testid="slide"][data-rendered="true"]').waitFor()
    await switchLocale(page)
    await page.goto(`${base}#/compare`)
    await pageReady(page, 'compare')

    const origins = [...new Set(seen.map(originOf))]
    console.log(`requests: ${seen.length} (${origins.join(', ')}); refused: ${outside.length}`)
    expect(outside).toEqual([])
    expect(sockets).toEqual([])
    expect(origins.filter(o => ![own, 'data:', 'blob:'].includes(o))).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
