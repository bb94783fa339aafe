// Benchmark (issues 3 and 14): the first screen on `vite preview` of a fresh build, in Chromium.
// - Size (tests/helpers/firstScreen.ts; tests/e2e/firstScreen.e2e.ts holds it to the goal): every JS and CSS file the browser starts loading when opening #/overview before the first chart
//   is drawn (Resource Timing startTime < the chart's `finished`, and the document's scripts, styles and
//   module preloads as they stand at that moment), gzipped with node:zlib at its default
//   level. Goal ≤ 300 KB (issue 14). What loads after the chart, until the network is idle (the page's
//   tools, export code), is shown too.
// - Time: from navigation (performance.timeOrigin) to the first chart's `finished` (ChartPanel sets
//   data-rendered="true"), next to the minimal Vue + ECharts page of tests/bench/minimal/ drawing the
//   same 24-bar ranking with the same builder and theme. Goal: ratio ≤ 1.2 with animation off in both
//   (the projector theme, which draws without animation); the animated screen theme (ECharts' 1 s entry
//   animation, in both pages) is shown without a goal. ROUNDS rounds of RUNS alternating fresh browser
//   contexts (no cache, no stored data) after one untimed run each: the median of each round, and the
//   spread of the rounds' ratios.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../helpers/browser'
import { firstScreenFiles } from '../helpers/firstScreen'
import { childMain, runInChild } from './child'
import { median } from './measure'
import { servePreview } from './previewProcess'
import type { Benchmark, BenchResult, BenchRow, BudgetLine } from './table'

const RUNS = 5
const ROUNDS = 3
const GOAL_KB = 300
const GOAL_RATIO = 1.2
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

interface Times { app: number, minimal: number, ratios: number[] }

/** ROUNDS rounds of RUNS alternating runs of the app and the minimal page (one untimed run of each first): medians of all runs, and each round's ratio. */
async function compareTimes(browser: Browser, appUrl: string, minimalUrl: string): Promise<Times> {
  await firstChartMs(browser, appUrl)
  await firstChartMs(browser, minimalUrl)
  const app: number[] = []
  const minimal: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const a: number[] = []
    const m: number[] = []
    for (let i = 0; i < RUNS; i++) {
      a.push(await firstChartMs(browser, appUrl))
      m.push(await firstChartMs(browser, minimalUrl))
    }
    app.push(...a)
    minimal.push(...m)
    ratios.push(median(a) / median(m))
  }
  return { app: median(app), minimal: median(minimal), ratios }
}

const spread = (ratios: readonly number[]) => `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`

async function measureInBrowser(): Promise<BenchResult> {
  const { build } = await import('vite')
  const appDir = mkdtempSync(join(tmpdir(), 'bench-first-'))
  const minimalDir = mkdtempSync(join(tmpdir(), 'bench-minimal-'))
  await build({ build: { outDir: appDir, emptyOutDir: true }, logLevel: 'error' })
  await build({ configFile: MINIMAL_CONFIG, build: { outDir: minimalDir, emptyOutDir: true }, logLevel: 'error' })
  // Each page served by a process of its own (previewProcess.ts), as a real server is.
  const app = await servePreview(appDir)
  const minimal = await servePreview(minimalDir, MINIMAL_CONFIG)
  const browser = await launchBrowser()
  try {
    const appBase = app.url
    const minimalBase = minimal.url
    const { first, idle } = await firstScreenFiles(browser, `${appBase}#/overview`, appDir)
    const minimalFiles = (await firstScreenFiles(browser, minimalBase, minimalDir)).first
    const still = await compareTimes(browser, `${appBase}#/overview?theme=projector`, `${minimalBase}#/?theme=projector`)
    const shipped = await compareTimes(browser, `${appBase}#/overview`, minimalBase)
    const kb = (b: number) => b / 1024
    const rows: BenchRow[] = [
      { benchmark: 'first chart drawn, no animation (projector, both pages)', rows: 24, mb: first.gzip / 1e6, baselineName: 'minimal Vue+ECharts', baselineMs: still.minimal, ms: still.app, goal: { maxRatio: GOAL_RATIO }, source: '#14' },
      { benchmark: 'first chart drawn, animated (screen, both pages)', rows: 24, mb: first.gzip / 1e6, baselineName: 'minimal Vue+ECharts', baselineMs: shipped.minimal, ms: shipped.app },
    ]
    const budget: BudgetLine[] = [
      { figure: 'first screen JS + CSS before the first chart (gzip)', value: kb(first.gzip), unit: 'KB', goal: { max: GOAL_KB }, source: '#14' },
      { figure: '… the minimal Vue + ECharts page (gzip)', value: kb(minimalFiles.gzip), unit: 'KB' },
      { figure: 'first screen JS + CSS before the first chart (raw)', value: kb(first.raw), unit: 'KB' },
      { figure: 'JS + CSS loaded until the network is idle (gzip)', value: kb(idle.gzip), unit: 'KB' },
    ]
    const later = idle.files.filter(f => !first.files.includes(f))
    const details = [
      `First screen (#/overview on vite preview of a fresh build, Chromium, 1366×768): ${first.files.length} JS/CSS files before the first chart, `
      + `${kb(first.raw).toFixed(0)} KB raw, ${kb(first.gzip).toFixed(0)} KB gzip (node:zlib default level); ${later.length} more after it until the network is idle `
      + `(${kb(idle.gzip - first.gzip).toFixed(0)} KB gzip); the minimal page: ${minimalFiles.files.length} files, ${kb(minimalFiles.gzip).toFixed(0)} KB gzip.`
      + `\n  before: ${first.files.join(' ')}\n  after: ${later.join(' ')}`,
      `First chart: ms from navigation to ECharts' finished (data-rendered="true"), medians of ${ROUNDS} rounds × ${RUNS} fresh contexts after one untimed run; `
      + `rows = bars; MB = first-screen gzip. Both pages draw the same rankingBarOption. Ratio per round: no animation ${spread(still.ratios)} `
      + `(${still.ratios.map(r => r.toFixed(2)).join(', ')}), animated ${spread(shipped.ratios)} (${shipped.ratios.map(r => r.toFixed(2)).join(', ')}).`,
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
