// Benchmark: chart snapshots in Chromium (playwright-core) against `vite preview` of a fresh build —
// a 3× PNG of a 1920×1080 chart, and the ZIP of every chart of the Compare page — each against the
// naive snapshot (the on-screen canvas' toDataURL: blurry, no context, but what many tools export).
// The browser work is asynchronous and the bench runner calls run() synchronously, so run() starts
// this same file as a child process and reads its JSON result.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../helpers/browser'
import { median } from './measure'
import type { Benchmark, BenchResult, BenchRow } from './table'
import { servePreview } from './previewProcess'

const RUNS = 5
const SETTINGS_KEY = 'township-dashboard.export'
const PANEL = '[data-testid="chart-panel"]'

async function allRendered(page: Page): Promise<number> {
  await page.locator(PANEL).first().waitFor({ timeout: 30_000 })
  await page.waitForFunction(sel => [...document.querySelectorAll(sel)].every(p => p.getAttribute('data-rendered') === 'true'), PANEL, { timeout: 30_000 })
  return page.locator(PANEL).count()
}

/** Townships of the loaded county, read from the running app's dataset store. */
function countyTownships(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Pinia = { _s: Map<string, { townships: unknown[] }> }
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: Pinia } } } }).__vue_app__
    return app.config.globalProperties.$pinia._s.get('dataset')?.townships.length ?? 0
  })
}

/** Median ms from the click to the download, after one untimed run; and the size of the last file. */
async function timeDownload(page: Page, click: () => Promise<void>): Promise<{ ms: number, bytes: number }> {
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now()
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()])
    const path = await download.path()
    const ms = performance.now() - start
    if (i > 0) times.push(ms)
    bytes = path ? statSync(path).size : 0
  }
  return { ms: median(times), bytes }
}

/** Median ms of toDataURL('image/png') over the on-screen canvases of the first `panels` charts, in the page. */
function timeOnScreen(page: Page, panels: number): Promise<number> {
  return page.evaluate(({ sel, panels, runs }) => {
    const canvases = [...document.querySelectorAll(`${sel} canvas`)].slice(0, panels) as HTMLCanvasElement[]
    const times: number[] = []
    for (let i = 0; i <= runs; i++) {
      const start = performance.now()
      for (const c of canvases) c.toDataURL('image/png')
      if (i > 0) times.push(performance.now() - start)
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
  }, { sel: PANEL, panels, runs: RUNS })
}

/** Builds into a temporary directory, serves it, measures, and prints the result as JSON. */
async function measureInBrowser(): Promise<BenchResult> {
  const { build } = await import('vite')
  const outDir = mkdtempSync(join(tmpdir(), 'bench-export-'))
  await build({ build: { outDir, emptyOutDir: true }, logLevel: 'error' })
  // Served by a process of its own (previewProcess.ts), as a real server is.
  const server = await servePreview(outDir)
  const browser = await launchBrowser()
  try {
    const base = server.url
    /** A fresh page with the export settings stored before the app starts. */
    const open = async (size: string, ratio: number) => {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true })
      await context.addInitScript(([key, value]) => { localStorage.setItem(key, value) }, [SETTINGS_KEY, JSON.stringify({ size, ratio, withSvg: false, decal: false })] as const)
      return { context, page: await context.newPage() }
    }

    const first = await open('1920×1080', 3)
    await first.page.goto(`${base}#/overview`)
    await allRendered(first.page)
    const townships = await countyTownships(first.page)
    const png = await timeDownload(first.page, () => first.page.getByTestId('export-png').first().click())
    const pngBaseline = await timeOnScreen(first.page, 1)
    await first.context.close()

    const whole = await open('1600×900', 2)
    await whole.page.goto(`${base}#/compare`)
    await whole.page.getByTestId('small-multiples').locator(PANEL).first().waitFor({ timeout: 30_000 })
    const panels = await allRendered(whole.page)
    const zip = await timeDownload(whole.page, () => whole.page.getByTestId('export-page-zip').click())
    const zipBaseline = await timeOnScreen(whole.page, panels)
    await whole.context.close()

    const rows: BenchRow[] = [
      { benchmark: 'PNG 1920×1080 at 3× (ranking)', rows: townships, mb: png.bytes / 1e6, baselineName: 'on-screen toDataURL', baselineMs: pngBaseline, ms: png.ms },
      { benchmark: `Compare page ZIP (${panels} charts, 1600×900 at 2×)`, rows: townships, mb: zip.bytes / 1e6, baselineName: 'on-screen toDataURL', baselineMs: zipBaseline, ms: zip.ms },
    ]
    const details = [
      `Snapshot exports in Chromium: median of ${RUNS} runs after one warm-up, from the click to the finished download (ours: drawn afresh off-screen at export size with title, source and date, encoded, zipped, saved); `
      + 'baseline: toDataURL of the on-screen canvases only (the blurry on-screen-size snapshot, no context, nothing saved). rows = townships; MB = size of the file.',
    ]
    return { rows, details }
  } finally {
    await browser.close()
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
  }
}

const SELF = fileURLToPath(import.meta.url)
/** Set in the child: a child never starts another one. */
const CHILD_ENV = 'BENCH_EXPORT_CHILD'

/** The parent's loader flags (tsx's --require/--import), without --eval/--print and their code. */
function loaderArgs(): string[] {
  const args: string[] = []
  const argv = process.execArgv
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if ((arg === '--require' || arg === '--import' || arg === '-r') && argv[i + 1] !== undefined) args.push(arg, argv[++i] ?? '')
    else if (/^--(require|import)=/.test(arg)) args.push(arg)
  }
  return args
}

export const exportBenchmark: Benchmark = {
  name: 'export',
  run(): BenchResult {
    if (process.env[CHILD_ENV]) return { rows: [], details: ['export benchmark: not started from inside its own child process'] }
    const child = spawnSync(process.execPath, [...loaderArgs(), SELF], {
      encoding: 'utf8', timeout: 600_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, [CHILD_ENV]: '1' },
    })
    const json = child.stdout.split('\n').findLast(line => line.startsWith('{'))
    if (child.status !== 0 || !json) {
      return { rows: [], details: [`export benchmark did not run (Chromium at /usr/bin/chromium or CHROMIUM_PATH is needed): ${(child.stderr || String(child.error ?? '')).trim().split('\n').slice(-3).join(' ')}`] }
    }
    return JSON.parse(json) as BenchResult
  },
}

if (process.env[CHILD_ENV] && process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(SELF).href) {
  measureInBrowser().then(
    (result) => { process.stdout.write(`${JSON.stringify(result)}\n`) },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
}
