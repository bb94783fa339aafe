// Benchmark (issue 3): the first screen on `vite preview` of a fresh build, in Chromium.
// - Size: every JS and CSS file the browser requests when opening #/overview (until the first chart is
//   drawn and the network is idle), gzipped with node:zlib at its default level. Goal ≤ 350 KB.
// - Time: from navigation (performance.timeOrigin) to the first chart's `finished` (ChartPanel sets
//   data-rendered="true"), next to the minimal Vue + ECharts page of tests/bench/minimal/ drawing the
//   same 24-bar ranking with the same builder and theme. Medians over RUNS fresh browser contexts (no
//   cache, no stored data), after one untimed run each. Goal: ratio ≤ 1.3 with animation as shipped
//   (screen theme: ECharts' 1 s entry animation, in both pages); the projector theme, which draws
//   without animation, is shown too.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../helpers/browser'
import { childMain, runInChild } from './child'
import { median } from './measure'
import type { Benchmark, BenchResult, BenchRow, BudgetLine } from './table'

const RUNS = 5
const GOAL_KB = 350
const GOAL_RATIO = 1.3
const MINIMAL_CONFIG = fileURLToPath(new URL('./minimal/vite.config.ts', import.meta.url))

/** Milliseconds from navigation to the first element with data-rendered="true", in a fresh context. */
async function firstChartMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await page.addInitScript(() => {
    const w = window as unknown as { __firstChart: number | null }
    w.__firstChart = null
    new MutationObserver(() => {
      if (w.__firstChart === null && document.querySelector('[data-rendered="true"]')) w.__firstChart = performance.now()
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered'] })
  })
  await page.goto(url)
  await page.waitForFunction(() => (window as unknown as { __firstChart: number | null }).__firstChart !== null, null, { timeout: 60_000 })
  const ms = await page.evaluate(() => (window as unknown as { __firstChart: number }).__firstChart)
  await context.close()
  return ms
}

/** The JS and CSS files a fresh page requests until its first chart is drawn and the network is idle, gzipped. */
async function firstScreenFiles(browser: Browser, url: string, outDir: string): Promise<{ files: string[], raw: number, gzip: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const origin = new URL(url).origin
  const files = new Set<string>()
  page.on('request', (r) => {
    const u = new URL(r.url())
    if (u.origin === origin && /\.(js|css)$/u.test(u.pathname)) files.add(u.pathname.replace(/^\//u, ''))
  })
  await page.goto(url)
  await page.locator('[data-rendered="true"]').first().waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  await context.close()
  let raw = 0
  let gzip = 0
  for (const f of files) {
    const bytes = readFileSync(join(outDir, f))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  return { files: [...files].sort(), raw, gzip }
}

/** Medians of RUNS alternating runs of the app and the minimal page (one untimed run of each first). */
async function compareTimes(browser: Browser, appUrl: string, minimalUrl: string): Promise<{ app: number, minimal: number }> {
  await firstChartMs(browser, appUrl)
  await firstChartMs(browser, minimalUrl)
  const app: number[] = []
  const minimal: number[] = []
  for (let i = 0; i < RUNS; i++) {
    app.push(await firstChartMs(browser, appUrl))
    minimal.push(await firstChartMs(browser, minimalUrl))
  }
  return { app: median(app), minimal: median(minimal) }
}

async function measureInBrowser(): Promise<BenchResult> {
  const { build, preview } = await import('vite')
  const appDir = mkdtempSync(join(tmpdir(), 'bench-first-'))
  const minimalDir = mkdtempSync(join(tmpdir(), 'bench-minimal-'))
  await build({ build: { outDir: appDir, emptyOutDir: true }, logLevel: 'error' })
  await build({ configFile: MINIMAL_CONFIG, build: { outDir: minimalDir, emptyOutDir: true }, logLevel: 'error' })
  const server = { preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'error' } as const
  const app = await preview({ ...server, build: { outDir: appDir } })
  const minimal = await preview({ ...server, configFile: MINIMAL_CONFIG, build: { outDir: minimalDir } })
  const browser = await launchBrowser()
  try {
    const appBase = app.resolvedUrls?.local[0]
    const minimalBase = minimal.resolvedUrls?.local[0]
    if (!appBase || !minimalBase) throw new Error('vite preview did not report its address')
    const first = await firstScreenFiles(browser, `${appBase}#/overview`, appDir)
    const minimalFiles = await firstScreenFiles(browser, minimalBase, minimalDir)
    const shipped = await compareTimes(browser, `${appBase}#/overview`, minimalBase)
    const still = await compareTimes(browser, `${appBase}#/overview?theme=projector`, `${minimalBase}#/?theme=projector`)
    const kb = (b: number) => b / 1024
    const rows: BenchRow[] = [
      { benchmark: 'first chart drawn, animated (screen)', rows: 24, mb: first.gzip / 1e6, baselineName: 'minimal Vue+ECharts', baselineMs: shipped.minimal, ms: shipped.app, goal: { maxRatio: GOAL_RATIO }, source: '#3' },
      { benchmark: 'first chart drawn, no animation (projector)', rows: 24, mb: first.gzip / 1e6, baselineName: 'minimal Vue+ECharts', baselineMs: still.minimal, ms: still.app },
    ]
    const budget: BudgetLine[] = [
      { figure: 'first screen JS + CSS (gzip)', value: kb(first.gzip), unit: 'KB', goal: { max: GOAL_KB }, source: '#3' },
      { figure: 'first screen JS + CSS (raw)', value: kb(first.raw), unit: 'KB', source: '#3' },
    ]
    const details = [
      `First screen (#/overview on vite preview of a fresh build, Chromium, 1366×768): ${first.files.length} JS/CSS files, `
      + `${kb(first.raw).toFixed(0)} KB raw, ${kb(first.gzip).toFixed(0)} KB gzip (node:zlib default level); the minimal page: ${minimalFiles.files.length} files, `
      + `${kb(minimalFiles.gzip).toFixed(0)} KB gzip.\n  ${first.files.join('\n  ')}`,
      `First chart: ms from navigation to ECharts' finished (data-rendered="true"), median of ${RUNS} fresh contexts after one untimed run; `
      + 'rows = bars; MB = first-screen gzip. Both pages draw the same rankingBarOption; the screen theme animates for 1 s in both, the projector theme not at all.',
    ]
    return { rows, details, budget }
  } finally {
    await browser.close()
    await app.close()
    await minimal.close()
    rmSync(appDir, { recursive: true, force: true })
    rmSync(minimalDir, { recursive: true, force: true })
  }
}

const SELF = fileURLToPath(import.meta.url)

export const firstScreenBenchmark: Benchmark = {
  name: 'first screen',
  run: () => runInChild(SELF, 'first screen'),
}

childMain(SELF, measureInBrowser)
