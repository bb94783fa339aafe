// The province benchmark's page side (provinceCompare.ts runs it): the scale province's files on disk,
// the page instrumented before the app starts (long tasks, each canvas's first repaint after a mark),
// a switch of indicator or year timed inside the page, rounds of switches with their longest tasks.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { loadRegistryFile } from '../../src/cli/loadData'
import { cachedFixture } from '../helpers/fixtureCache'
import { longest, recordLongTasks, takeLongTasks, traceMainThread, type TracedTask } from '../helpers/pageMeasures'
import { generateProvince, PROVINCE_SCALE, type CountyExport } from '../helpers/province'
import { median } from './measure'

export const INDICATORS = ['enforcement_cert_rate', 'inspections', 'penalty_cases', 'disclosures', 'mediation_success_rate', 'publicity_events', 'case_file_pass_rate', 'disputes_mediated']
export const RANKING = '.compare-page [data-testid="chart-panel"][data-chart="rankingBarOption"]'
export const HEATMAP = '.compare-page [data-testid="chart-panel"][data-chart="heatmapOption"]'

export interface FileOnDisk { name: string, path: string }

/** The scale province's 20 lists and 20 data files, built once and kept (fixtureCache). */
export function provinceFiles(): { lists: FileOnDisk[], data: FileOnDisk[] } {
  const key = createHash('sha256').update(readFileSync('tests/helpers/province.ts')).update(JSON.stringify(PROVINCE_SCALE)).digest('hex')
  let made: CountyExport[] | null = null
  const province = () => (made ??= generateProvince(loadRegistryFile().indicators, PROVINCE_SCALE))
  const index = cachedFixture('province-index.json', key, () => JSON.stringify(province().map(c => [c.listFile.name, c.dataFile.name])))
  const names = JSON.parse(readFileSync(index, 'utf8')) as [string, string][]
  return {
    lists: names.map(([name], i) => ({ name, path: cachedFixture(`province-${i}-list.csv`, key, () => province()[i]!.listFile.text) })),
    data: names.map(([, name], i) => ({ name, path: cachedFixture(`province-${i}-data.csv`, key, () => province()[i]!.dataFile.text) })),
  }
}
/**
 * The files as paths under their own names, in a folder of their own: Chromium then reads them from
 * disk. Handed as buffers, Playwright decodes their 20 MB of base64 in one task of the page (~320 ms of
 * CPU), which the import's longest task measured instead of the app's own.
 */
export const uploadDirs: string[] = []
export function upload(files: readonly FileOnDisk[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-province-files-'))
  uploadDirs.push(dir)
  return files.map((f) => {
    const path = join(dir, f.name)
    copyFileSync(f.path, path)
    return path
  })
}

/** Before any script of the app: long tasks recorded, and each canvas's first repaint after a mark. */
export async function instrument(page: Page): Promise<void> {
  await recordLongTasks(page)
  await page.addInitScript(() => {
    const w = window as unknown as { __repaint: WeakMap<HTMLCanvasElement, number>, __since: number }
    w.__repaint = new WeakMap()
    w.__since = Infinity
    const clear = CanvasRenderingContext2D.prototype.clearRect
    CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof clear>) {
      const canvas = this.canvas
      if (performance.now() >= w.__since && !w.__repaint.has(canvas)) {
        w.__repaint.set(canvas, -1)
        // The repaint runs to the end of this task: timed when it is over.
        setTimeout(() => { w.__repaint.set(canvas, performance.now()) }, 0)
      }
      clear.apply(this, args)
    }
  })
}

export interface SwitchTimes { repaint: number[], finished: number[] }

/**
 * Changes the view in the page (indicator or year, as the pickers do) and times, inside the page,
 * until each panel of `selectors` has repainted its canvas and has finished drawing: ms per panel.
 */
export async function timeSwitch(page: Page, change: { indicator: string } | { year: number }, selectors: readonly string[]): Promise<SwitchTimes> {
  return page.evaluate(async ([what, sels]) => {
    type Store = Record<string, unknown> & { setIndicator: (id: string) => void }
    const w = window as unknown as { __repaint: WeakMap<HTMLCanvasElement, number>, __since: number }
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }).__vue_app__
    const view = app.config.globalProperties.$pinia._s.get('view')!
    const panels = sels.map(s => document.querySelector(s))
    if (panels.some(p => p === null)) throw new Error(`no panel for ${sels.join(', ')}`)
    // Drawn again once data-rendered has gone from false to true (both may come in one batch of records);
    // a panel the change does not touch is NaN after 60 s.
    const finished = panels.map(panel => new Promise<number>((resolve) => {
      const observer = new MutationObserver((records) => {
        if (records.some(r => r.oldValue === 'false') && panel!.getAttribute('data-rendered') === 'true') { observer.disconnect(); resolve(performance.now()) }
      })
      observer.observe(panel!, { attributes: true, attributeOldValue: true, attributeFilter: ['data-rendered'] })
      setTimeout(() => { observer.disconnect(); resolve(NaN) }, 60_000)
    }))
    w.__repaint = new WeakMap()
    const started = performance.now()
    w.__since = started
    if ('indicator' in what) view.setIndicator(what.indicator)
    else view.year = what.year
    const ends = await Promise.all(finished)
    w.__since = Infinity
    const repaint = panels.map((p) => {
      const at = w.__repaint.get(p!.querySelector('canvas')!)
      return at === undefined || at < 0 ? NaN : Math.round(at - started)
    })
    return { repaint, finished: ends.map(e => Math.round(e - started)) }
  }, [change, selectors] as const)
}

export async function rankingDrawn(page: Page): Promise<void> {
  await page.locator(`${RANKING}[data-rendered="true"]`).first().waitFor({ timeout: 120_000 })
  await page.locator(`${HEATMAP}[data-rendered="true"]`).first().waitFor({ timeout: 120_000 })
}

/** A round's longest main-thread task: its CPU time in Chromium's trace (what the goal bounds: on this loaded
 * 2-core machine a task's wall time is mostly its wait for a core, as in the e2e tests), and the longest wall time. */
export interface Round { bars: number[], barsDone: number[], heatmap: number[], tasks: number, wall: number }

export const longestCpu = (tasks: readonly TracedTask[]) => Math.max(0, ...tasks.map(t => t.cpu))

/** `runs` rounds of three switches (indicator, year, indicator) and back; times of each switch. */
export async function switchRounds(page: Page, years: readonly number[], runs: number): Promise<Round[]> {
  const rounds: Round[] = []
  const switches = [{ indicator: INDICATORS[1]! }, { year: years[1]! }, { indicator: INDICATORS[2]! }]
  for (let r = 0; r < runs; r++) {
    await takeLongTasks(page)
    const trace = await traceMainThread(page, 1)
    const times = []
    for (const s of switches) times.push(await timeSwitch(page, s, [RANKING, HEATMAP]))
    const traced = await trace.stop()
    rounds.push({ bars: times.map(t => t.repaint[0]!), barsDone: times.map(t => t.finished[0]!), heatmap: times.map(t => t.finished[1]!), tasks: longestCpu(traced.tasks), wall: longest(await takeLongTasks(page)) })
    await timeSwitch(page, { year: years[0]! }, [RANKING, HEATMAP])
    await timeSwitch(page, { indicator: INDICATORS[0]! }, [RANKING, HEATMAP])
  }
  return rounds
}

/** A Chrome CPU profile of one indicator switch, written to `file`. */
export async function profileSwitch(page: Page, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await timeSwitch(page, { indicator: INDICATORS[3]! }, [RANKING, HEATMAP])
  const { profile } = await cdp.send('Profiler.stop')
  writeFileSync(file, JSON.stringify(profile))
  await timeSwitch(page, { indicator: INDICATORS[0]! }, [RANKING, HEATMAP])
  await cdp.detach()
}

export async function openCompare(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => { errors.push(String(e)) })
  await instrument(page)
  return { context, page, errors }
}

export const yearsOf = (page: Page) => page.evaluate(() => {
  type Store = { years: number[] }
  const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }).__vue_app__
  return [...app.config.globalProperties.$pinia._s.get('dataset')!.years].sort((a, b) => b - a)
})

export const med = (rounds: readonly Round[], k: 'bars' | 'barsDone' | 'heatmap') => rounds[0]![k].map((_, i) => median(rounds.map(r => r[k][i]!)))
export const worst = (xs: readonly number[]) => Math.max(...xs)
