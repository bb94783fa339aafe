// A province in the browser (issue 14, point 4): 20 counties' exports, 1,500 townships × 5 years × every
// indicator of the registry, loaded as a province office does (the 20 township lists chosen at once, then
// the 20 data files). Goals, measured in the built app:
//   - switching the indicator or the year on 对比 redraws the ranking bars within 100 ms, and the
//     1,500-row heatmap within 0.5 s: from the change in the view store to the chart's 'finished' event
//     (ChartPanel's data-rendered), timed inside the page;
//   - reloading the page restores the dataset from IndexedDB and draws the ranking within 1 s
//     (navigation start to the ranking's 'finished');
//   - the JS heap after 200 switches (after garbage collection) is within +20 % of the heap after a warm-up;
//   - no main-thread task over 200 ms (PerformanceObserver 'longtask') during the import or the switches.
// The machine has 2 cores shared with other jobs: each timing is the best of up to 3 runs, run again only
// while it misses its goal (as responsive.e2e.ts); a real regression fails every run.
// The 按县比较 screenshots at 1366×768 and 1024×768 are taken on the way (tests/e2e/__screenshots__).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { CDPSession, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadRegistryFile } from '../../src/cli/loadData'
import { openPage, SHOTS, useBrowser, type WatchedPage } from '../helpers/browser'
import { cachedFixture } from '../helpers/fixtureCache'
import { importFiles } from '../helpers/importFiles'
import { generateProvince, PROVINCE_SCALE, type CountyExport } from '../helpers/province'
import { pageReady } from '../helpers/tour'

const browser = useBrowser()
const BARS_MS = 100
const HEATMAP_MS = 500
const RELOAD_MS = 1000
const LONG_TASK_MS = 200
const HEAP_GROWTH = 0.2
const SWITCHES = 200
const INDICATORS = ['inspections', 'enforcement_cert_rate', 'penalty_cases', 'disclosures', 'mediation_success_rate', 'publicity_events', 'case_file_pass_rate', 'disputes_mediated']
const YEARS = [2024, 2023, 2022, 2021, 2020]

interface FileOnDisk { name: string, path: string }
let lists: FileOnDisk[] = []
let data: FileOnDisk[] = []
const TOWNSHIPS = PROVINCE_SCALE.townships

beforeAll(() => {
  const key = createHash('sha256').update(readFileSync('tests/helpers/province.ts')).update(JSON.stringify(PROVINCE_SCALE)).digest('hex')
  let made: CountyExport[] | null = null
  const province = () => (made ??= generateProvince(loadRegistryFile().indicators, PROVINCE_SCALE))
  const index = cachedFixture('province-index.json', key, () => JSON.stringify(province().map(c => [c.listFile.name, c.dataFile.name])))
  const names = JSON.parse(readFileSync(index, 'utf8')) as [string, string][]
  lists = names.map(([name], i) => ({ name, path: cachedFixture(`province-${i}-list.csv`, key, () => province()[i]!.listFile.text) }))
  data = names.map(([, name], i) => ({ name, path: cachedFixture(`province-${i}-data.csv`, key, () => province()[i]!.dataFile.text) }))
})

const upload = (files: readonly FileOnDisk[]) => files.map(f => ({ name: f.name, mimeType: 'text/csv', buffer: readFileSync(f.path) }))

/** Starts recording long tasks in every document of the page (before any script of the app runs). */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] }
    w.__longTasks = []
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push(e.duration) }).observe({ type: 'longtask', buffered: true })
  })
}
const takeLongTasks = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { __longTasks: number[] }
  const tasks = w.__longTasks
  w.__longTasks = []
  return tasks.map(Math.round)
})
const longest = (tasks: readonly number[]) => Math.max(0, ...tasks)

/** The province loaded in a fresh page: the 20 lists at once, then the 20 data files; long tasks of both. */
async function loadProvince(watched: WatchedPage): Promise<{ ms: number, tasks: number[] }> {
  const { page } = watched
  await watchLongTasks(page)
  await page.goto(`${inject('baseUrl')}#/data`)
  await pageReady(page, 'data')
  await takeLongTasks(page)
  const started = Date.now()
  await page.getByRole('tab', { name: '乡镇名单' }).click()
  await page.getByTestId('township-import-input').setInputFiles(upload(lists))
  await page.getByTestId('township-editor').getByText(`本县乡镇名单（${TOWNSHIPS} 个）`).waitFor({ timeout: 60_000 })
  await page.getByRole('tab', { name: '导入文件' }).click()
  await importFiles(page, upload(data), { timeout: 600_000 })
  await page.locator('[data-testid="storage-state"]', { hasText: '已保存' }).waitFor({ timeout: 300_000 })
  const ms = Date.now() - started
  const accepted = await page.getByTestId('file-result').evaluateAll(cards => cards.reduce((n, c) => n + Number(c.getAttribute('data-accepted') ?? 0), 0))
  expect(accepted).toBe(TOWNSHIPS * PROVINCE_SCALE.years.length)
  return { ms, tasks: await takeLongTasks(page) }
}

/**
 * Changes the view in the page (the store action the pickers call) and times, inside the page, until
 * the panels of `charts` (data-chart) have drawn again: ms per chart.
 */
async function timeSwitch(page: Page, change: { indicator: string } | { year: number }, charts: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate(async ([what, names]) => {
    type Store = Record<string, unknown> & { setIndicator: (id: string) => void }
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }).__vue_app__
    const view = app.config.globalProperties.$pinia._s.get('view')!
    const panels = names.map(n => document.querySelector(`.compare-page [data-testid="chart-panel"][data-chart="${n}"]`))
    if (panels.some(p => p === null)) throw new Error(`no panel for ${names.join(', ')}`)
    const done = panels.map(panel => new Promise<number>((resolve) => {
      let seenFalse = false
      const observer = new MutationObserver(() => {
        const state = panel!.getAttribute('data-rendered')
        if (state === 'false') seenFalse = true
        if (state === 'true' && seenFalse) { observer.disconnect(); resolve(performance.now()) }
      })
      observer.observe(panel!, { attributes: true, attributeFilter: ['data-rendered'] })
    }))
    const started = performance.now()
    if ('indicator' in what) view.setIndicator(what.indicator)
    else view.year = what.year
    const ends = await Promise.all(done)
    return Object.fromEntries(names.map((n, i) => [n, Math.round(ends[i]! - started)]))
  }, [change, charts] as const)
}

/** Used JS heap in bytes after two full garbage collections. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}

const compareUrl = () => `${inject('baseUrl')}#/compare`
const RANKING = 'rankingBarOption'
const HEATMAP = 'heatmapOption'

async function rankingDrawn(page: Page) {
  await page.locator(`.compare-page [data-testid="chart-panel"][data-chart="${RANKING}"][data-rendered="true"]`).first().waitFor({ timeout: 60_000 })
}

describe('a province of 1,500 townships', () => {
  // The tests run in order on one page: the first loads the province (a long job), the others use it.
  let watched: WatchedPage

  it(`imports the 20 counties' lists and data with no main-thread task over ${LONG_TASK_MS} ms`, async () => {
    watched = await openPage(browser(), { width: 1366, height: 768 })
    const load = await loadProvince(watched)
    console.log(`province import (20 lists, 20 data files, ${TOWNSHIPS} townships × 5 years × 93 indicators): ${load.ms} ms, long tasks ${JSON.stringify(load.tasks)}`)
    expect(longest(load.tasks)).toBeLessThanOrEqual(LONG_TASK_MS)
    expect(watched.errors).toEqual([])
  }, 900_000)

  it(`redraws the ranking within ${BARS_MS} ms and the ${TOWNSHIPS}-row heatmap within ${HEATMAP_MS} ms on switching indicator or year (best of 3), no task over ${LONG_TASK_MS} ms`, async () => {
    const { page } = watched
    await page.goto(compareUrl())
    await pageReady(page, 'compare')
    await rankingDrawn(page)
    await expect(page.locator(`.compare-page [data-chart="${HEATMAP}"]`).getAttribute('data-rows')).resolves.toBe(String(TOWNSHIPS))
    const switches = [{ indicator: INDICATORS[1]! }, { year: YEARS[1]! }, { indicator: INDICATORS[2]! }]
    const runs: { bars: number[], heatmap: number[], tasks: number[] }[] = []
    for (let run = 0; run < 3; run++) {
      await takeLongTasks(page)
      const times = []
      for (const s of switches) times.push(await timeSwitch(page, s, [RANKING, HEATMAP]))
      runs.push({ bars: times.map(t => t[RANKING]!), heatmap: times.map(t => t[HEATMAP]!), tasks: await takeLongTasks(page) })
      // Back to the start, so that every run switches the same way.
      await timeSwitch(page, { year: YEARS[0]! }, [RANKING])
      await timeSwitch(page, { indicator: INDICATORS[0]! }, [RANKING])
      const best = (k: 'bars' | 'heatmap') => Math.max(...switches.map((_, i) => Math.min(...runs.map(r => r[k][i]!))))
      if (best('bars') <= BARS_MS && best('heatmap') <= HEATMAP_MS && Math.min(...runs.map(r => longest(r.tasks))) <= LONG_TASK_MS) break
    }
    console.log(runs.map((r, i) => `switch run ${i + 1} (indicator, year, indicator): ranking ${JSON.stringify(r.bars)} ms, heatmap ${JSON.stringify(r.heatmap)} ms, long tasks ${JSON.stringify(r.tasks)}`).join('\n'))
    // Each switch judged by its best run.
    for (let i = 0; i < switches.length; i++) {
      expect(Math.min(...runs.map(r => r.bars[i]!))).toBeLessThanOrEqual(BARS_MS)
      expect(Math.min(...runs.map(r => r.heatmap[i]!))).toBeLessThanOrEqual(HEATMAP_MS)
    }
    expect(Math.min(...runs.map(r => longest(r.tasks)))).toBeLessThanOrEqual(LONG_TASK_MS)
    expect(watched.errors).toEqual([])
  }, 300_000)

  it(`keeps the heap within +${HEAP_GROWTH * 100} % over ${SWITCHES} switches of indicator and year`, async () => {
    const { page, context } = watched
    await page.goto(compareUrl())
    await pageReady(page, 'compare')
    await rankingDrawn(page)
    const cdp = await context.newCDPSession(page)
    const step = async (n: number) => {
      const change = n % 3 === 2 ? { year: YEARS[n % YEARS.length]! } : { indicator: INDICATORS[n % INDICATORS.length]! }
      await timeSwitch(page, change, [RANKING])
    }
    for (let n = 0; n < 10; n++) await step(n)
    const before = await heapAfterGc(cdp)
    await takeLongTasks(page)
    for (let n = 0; n < SWITCHES; n++) await step(n)
    const tasks = await takeLongTasks(page)
    const after = await heapAfterGc(cdp)
    console.log(`heap after warm-up ${(before / 1e6).toFixed(1)} MB, after ${SWITCHES} switches ${(after / 1e6).toFixed(1)} MB (${((after / before - 1) * 100).toFixed(1)} %); longest task ${longest(tasks)} ms`)
    expect(after / before - 1).toBeLessThanOrEqual(HEAP_GROWTH)
    await cdp.detach()
  }, 600_000)

  it(`restores the province from IndexedDB and draws the ranking within ${RELOAD_MS} ms of a reload (best of 3)`, async () => {
    const { page } = watched
    await page.goto(compareUrl())
    await rankingDrawn(page)
    const runs: number[] = []
    for (let run = 0; run < 3 && Math.min(...runs) > RELOAD_MS; run++) {
      await page.evaluate(() => {
        const w = window as unknown as { __drawnAt?: number }
        delete w.__drawnAt
      })
      await page.addInitScript(() => {
        const w = window as unknown as { __drawnAt?: number }
        const observer = new MutationObserver(() => {
          const panel = document.querySelector('.compare-page [data-testid="chart-panel"][data-chart="rankingBarOption"]')
          const title = panel?.querySelector('.chart-panel__title')?.textContent ?? ''
          // Drawn with the province's data: its title names the year (not 暂无数据).
          if (panel?.getAttribute('data-rendered') === 'true' && /\d{4}/.test(title) && w.__drawnAt === undefined) { w.__drawnAt = performance.now(); observer.disconnect() }
        })
        observer.observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-rendered'] })
      })
      await page.reload()
      await page.waitForFunction(() => (window as unknown as { __drawnAt?: number }).__drawnAt !== undefined, undefined, { timeout: 60_000 })
      runs.push(Math.round(await page.evaluate(() => (window as unknown as { __drawnAt: number }).__drawnAt)))
    }
    console.log(`reload to the ranking drawn from IndexedDB: ${JSON.stringify(runs)} ms`)
    await expect(page.locator('.compare-page [data-chart="rankingBarOption"] .chart-panel__subtitle').textContent()).resolves.toContain(`${TOWNSHIPS}`)
    expect(Math.min(...runs)).toBeLessThanOrEqual(RELOAD_MS)
  }, 300_000)

  it('compares the counties as wholes (按县比较): totals and medians, one row per county', async () => {
    const { page } = watched
    for (const [width, height] of [[1366, 768], [1024, 768]] as const) {
      await page.setViewportSize({ width, height })
      await page.goto(compareUrl())
      await rankingDrawn(page)
      await page.getByTestId('county-level-toggle').locator('[data-level="county"]').click()
      await expect.poll(() => page.locator(`.compare-page [data-chart="${HEATMAP}"]`).getAttribute('data-rows')).toBe(String(PROVINCE_SCALE.counties))
      await rankingDrawn(page)
      await page.screenshot({ path: `${SHOTS}/province-by-county-${width}.png` })
      await page.getByTestId('county-stat').locator('[data-stat="median"]').click()
      await expect(page.getByTestId('county-note').textContent()).resolves.toContain('中位数')
      await rankingDrawn(page)
      await page.locator(`.compare-page [data-chart="${HEATMAP}"]`).scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/province-by-county-median-${width}.png` })
      await page.getByTestId('county-level-toggle').locator('[data-level="township"]').click()
      await expect.poll(() => page.locator(`.compare-page [data-chart="${HEATMAP}"]`).getAttribute('data-rows')).toBe(String(TOWNSHIPS))
    }
    expect(watched.errors).toEqual([])
  }, 300_000)
})
