// The page never blocks while valid large files stream in, nor while the unknown-columns dialog holds
// 1,000 headers: the longest main-thread task of a 40,000-row CSV import (with its township list) must
// stay within 200 ms, and the dialog's opening, paging and answering within 200 ms too (its hostile
// bound is 2 s). The 50 MB valid file is dropped by hostile.e2e.ts; the bad-cells and 1,000-column
// files by limits.e2e.ts.
// Measured on a 2-core machine shared with other jobs, where a task's wall time also holds the time
// its thread waited for a core (3–10× the task's CPU time at a load of 15–25): a task is judged by its
// CPU time in Chromium's trace (tests/helpers/pageMeasures traceMainThread), its wall time printed
// beside it with the PerformanceObserver's long tasks. A case that still misses its bound is run again
// in a fresh page, up to 3 runs, and the best run counts (best of 3). No CPU throttling. A real
// regression (seconds, as before issue 16) fails every run.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { loadRegistryFile, loadTownshipFile } from '../../src/cli/loadData'
import { bigTownshipListCsv, bigWideCsv } from '../helpers/bigCsv'
import { clearData } from '../helpers/clearData'
import { openPage, useBrowser, type WatchedPage } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { longest, recordLongTasks, takeLongTasks, traceMainThread, type PageTrace } from '../helpers/pageMeasures'
import { cachedFixture } from '../helpers/fixtureCache'
import { pageReady } from '../helpers/tour'

const browser = useBrowser()
const tmp = mkdtempSync(join(tmpdir(), 'responsive-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
/** Goals of issue 16: no task over 200 ms for valid input (and the dialog), over 2 s for hostile input. */
const VALID_MS = 200
const HOSTILE_MS = 2000
const ROWS = 40_000
/** The unknown-columns dialog opens within 1 s: the page's work for it (every thread of its renderer) under 1 s of CPU. */
const OPEN_MS = 1000

async function dataPage(): Promise<WatchedPage> {
  const watched = await openPage(browser(), { width: 1366, height: 900 })
  await recordLongTasks(watched.page)
  await watched.page.goto(`${inject('baseUrl')}#/data`)
  await pageReady(watched.page, 'data')
  // From an empty dataset: the sample cleared, so no 替换示例数据 question (data.e2e.ts tests it) sits in the figures.
  await clearData(watched.page)
  return watched
}
const card = (page: Page, file: string) => page.locator(`[data-testid="file-result"][data-file="${file}"]`)
/** The CPU time of the longest main-thread task traced (what the bounds judge), and the tasks as CPU/wall ms for the log. */
const cpuOfLongest = (t: PageTrace) => longest(t.tasks.map(task => task.cpu))
const shown = (t: PageTrace) => JSON.stringify(t.tasks.map(task => `${task.cpu}/${task.wall}`))

/** The best (lowest) longest task of each phase over the runs. */
function bestPhases(runs: readonly { phases: Record<string, number> }[]): Record<string, number> {
  const best: Record<string, number> = {}
  for (const r of runs) for (const [phase, ms] of Object.entries(r.phases)) best[phase] = Math.min(best[phase] ?? Infinity, ms)
  return best
}

/**
 * Runs `measure` in a fresh page, again (up to 3 runs) while a phase misses its bound in every run so
 * far; each phase is judged by its best run (phases of one run are independent tasks).
 */
async function bestOfThree<T extends { phases: Record<string, number> }>(bounds: Record<string, number>, measure: (watched: WatchedPage) => Promise<T>): Promise<T[]> {
  const runs: T[] = []
  for (let attempt = 0; attempt < 3; attempt++) {
    const watched = await dataPage()
    runs.push(await measure(watched))
    expect(watched.errors).toEqual([])
    await watched.context.close()
    if (Object.entries(bestPhases(runs)).every(([phase, ms]) => ms <= (bounds[phase] ?? 0))) break
  }
  return runs
}

/** Puts `rows` townships on the list, as a county (or province) of that size would before importing. */
async function townshipList(page: Page, rows: number) {
  const list = cachedFixture(`townships-${rows}.csv`, `townships:${rows}`, () => bigTownshipListCsv(rows, loadTownshipFile()))
  await page.getByRole('tab', { name: '乡镇名单' }).click()
  await page.getByTestId('township-import-input').setInputFiles(list)
  await page.getByTestId('township-editor').getByText(`本县乡镇名单（${rows} 个）`).waitFor({ timeout: 120_000 })
  await page.getByRole('tab', { name: '导入文件' }).click()
}

describe('responsiveness', () => {
  it(`imports a ${ROWS.toLocaleString('en-US')}-row valid CSV whole, no main-thread task over ${VALID_MS} ms (best of 3)`, async () => {
    const file = cachedFixture(`valid-${ROWS}.csv`, `wide:${ROWS}`, () => bigWideCsv(ROWS, loadRegistryFile(), loadTownshipFile()))
    const runs = await bestOfThree({ import: VALID_MS }, async ({ page }) => {
      await townshipList(page, ROWS)
      await takeLongTasks(page)
      const trace = await traceMainThread(page)
      const started = Date.now()
      await importFiles(page, file, { wait: false })
      await card(page, basename(file)).and(page.locator('[data-status="ok"]')).waitFor({ timeout: 300_000 })
      await page.locator('[data-testid="storage-state"]', { hasText: '已保存' }).waitFor({ timeout: 200_000 })
      await expect(card(page, basename(file)).getAttribute('data-accepted')).resolves.toBe(String(ROWS))
      const traced = await trace.stop()
      const tasks = await takeLongTasks(page)
      return { ms: Date.now() - started, traced, tasks, phases: { import: cpuOfLongest(traced) } }
    })
    console.log(runs.map((r, i) => `${ROWS.toLocaleString('en-US')}-row CSV (${(statSync(file).size / 1e6).toFixed(1)} MB), run ${i + 1}: ${r.ms} ms, main-thread tasks (CPU/wall ms) ${shown(r.traced)}, long tasks (wall, PerformanceObserver) ${JSON.stringify(r.tasks)}`).join('\n'))
    expect(bestPhases(runs).import).toBeLessThanOrEqual(VALID_MS)
  }, 900_000)

  it(`opens, filters, pages and answers the unknown-columns dialog of 1,000 headers, no task over ${VALID_MS} ms (best of 3)`, async () => {
    const lines = ['乡镇,年度,指标,数值', ...Array.from({ length: 1000 }, (_, i) => `大同镇,2024,未知指标${String(i + 1).padStart(4, '0')},${i % 10}`)]
    const file = join(tmp, 'long-1000-unknown.csv')
    writeFileSync(file, `${lines.join('\r\n')}\r\n`)
    const runs = await bestOfThree({ open: VALID_MS, answer: VALID_MS, openWork: OPEN_MS }, async ({ page }) => {
      await takeLongTasks(page)
      let trace = await traceMainThread(page)
      const started = Date.now()
      await importFiles(page, file, { wait: false })
      const dialog = page.getByTestId('mapping-dialog')
      await dialog.waitFor()
      await expect(page.getByTestId('mapping-row').count()).resolves.toBe(10)
      const openMs = Date.now() - started
      const open = await trace.stop()
      const openTasks = await takeLongTasks(page)
      trace = await traceMainThread(page)
      await page.getByTestId('mapping-pages').locator('.btn-next').click()
      await expect(page.getByTestId('mapping-row').first().getAttribute('data-header')).resolves.toBe('未知指标0011')
      // The filter finds one header among 1,000; clearing it shows every header again.
      await page.getByTestId('mapping-filter').fill('0999')
      await expect(page.getByTestId('mapping-row').count()).resolves.toBe(1)
      await expect(page.getByTestId('mapping-count').textContent()).resolves.toContain('1 / 1000')
      await page.getByTestId('mapping-filter').fill('')
      await expect(page.getByTestId('mapping-count').textContent()).resolves.toContain('1000 / 1000')
      await page.getByTestId('mapping-ignore-all').click()
      await page.getByTestId('mapping-confirm').click()
      await dialog.waitFor({ state: 'hidden' })
      // Nothing lost: every header is now ignored (learned), none left undecided.
      await expect(page.getByTestId('mapping-list').textContent()).resolves.toContain('（1000）')
      await expect(card(page, 'long-1000-unknown.csv').getByTestId('map-columns').count()).resolves.toBe(0)
      const answer = await trace.stop()
      const answerTasks = await takeLongTasks(page)
      return { openMs, open, answer, openTasks, answerTasks, phases: { open: cpuOfLongest(open), answer: cpuOfLongest(answer), openWork: open.rendererCpuMs } }
    })
    console.log(runs.map((r, i) => [
      `unknown-columns dialog of 1,000 headers, run ${i + 1}: open in ${r.openMs} ms (the page's CPU ${r.open.rendererCpuMs} ms);`,
      `main-thread tasks (CPU/wall ms) on opening ${shown(r.open)}, filtering, paging and ignoring all ${shown(r.answer)};`,
      `long tasks (wall, PerformanceObserver) ${JSON.stringify(r.openTasks)} and ${JSON.stringify(r.answerTasks)}`,
    ].join(' ')).join('\n'))
    const best = bestPhases(runs)
    expect(best.openWork).toBeLessThan(OPEN_MS)
    expect(best.open).toBeLessThanOrEqual(VALID_MS)
    expect(best.answer).toBeLessThanOrEqual(VALID_MS)
  }, 300_000)

  it(`maps one of 5,000 unknown headers and ignores the rest: nothing lost, no task over ${HOSTILE_MS} ms`, async () => {
    const lines = ['乡镇,年度,指标,数值', ...Array.from({ length: 5000 }, (_, i) => `大同镇,2024,未知指标${String(i + 1).padStart(4, '0')},${i % 10}`)]
    const file = join(tmp, 'long-5000-unknown.csv')
    writeFileSync(file, `${lines.join('\r\n')}\r\n`)
    const { page, context, errors } = await dataPage()
    await takeLongTasks(page)
    const trace = await traceMainThread(page)
    await importFiles(page, file, { wait: false })
    const dialog = page.getByTestId('mapping-dialog')
    await dialog.waitFor()
    await expect(page.getByTestId('mapping-count').textContent()).resolves.toContain('5000 / 5000')
    await page.getByTestId('mapping-filter').fill('未知指标4321')
    const picker = page.getByTestId('mapping-row').first().getByTestId('mapping-picker')
    await picker.click()
    await page.keyboard.type('行政检查次数')
    await page.locator('.el-select-dropdown__item:visible', { hasText: '行政检查次数' }).first().click()
    await page.getByTestId('mapping-filter').fill('')
    await expect(page.getByTestId('mapping-ignore-all').textContent()).resolves.toContain('4999')
    await page.getByTestId('mapping-ignore-all').click()
    await page.getByTestId('mapping-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect(page.getByTestId('mapping-list').textContent()).resolves.toContain('（5000）')
    await page.locator('[data-testid="file-results"][data-busy="false"]').waitFor({ timeout: 60_000 })
    // Read again with the one mapped header: its figure is in, no column is left undecided.
    await expect(card(page, 'long-5000-unknown.csv').getAttribute('data-accepted')).resolves.toBe('1')
    await expect(card(page, 'long-5000-unknown.csv').getByTestId('map-columns').count()).resolves.toBe(0)
    const traced = await trace.stop()
    const tasks = await takeLongTasks(page)
    console.log(`5,000 unknown headers, one mapped and the rest ignored: main-thread tasks (CPU/wall ms) ${shown(traced)}, long tasks (wall, PerformanceObserver) ${JSON.stringify(tasks)}`)
    expect(cpuOfLongest(traced)).toBeLessThanOrEqual(HOSTILE_MS)
    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
