// The data page in Chromium: mixed files in one drop, result cards, mappings, conflicts, persistence,
// downloads that import back, hostile names as text, and a 40,000-row file off the main thread.
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { loadRegistryFile, loadTownshipFile } from '../../src/cli/loadData'
import { bigTownshipListCsv, bigWideCsv } from '../helpers/bigCsv'
import { clearData } from '../helpers/clearData'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'
import { cachedFixture } from '../helpers/fixtureCache'
import { importFiles as importInto } from '../helpers/importFiles'
import { longest, recordLongTasks, takeLongTasks } from '../helpers/pageMeasures'

const root = (path: string) => resolve(process.cwd(), path)
const MIXED = [
  'data/examples/wide-chinese-headers.csv',
  'data/examples/gbk-wide.csv',
  'data/examples/submissions.json',
  'tests/fixtures/encoding/utf16le-bom.csv',
  'tests/fixtures/xlsx/stat-form-sheets.xlsx',
  'tests/fixtures/data/broken.csv',
  'tests/fixtures/data/hostile-name.csv',
].map(root)

const browser = useBrowser()

/** A fresh browser profile on the data page, with long tasks recorded in window.__longTasks. */
async function dataPage(size = { width: 1366, height: 768 }) {
  const watched = await openPage(browser(), size)
  await recordLongTasks(watched.page)
  await watched.page.goto(`${inject('baseUrl')}#/data`)
  await watched.page.getByTestId('drop-zone').waitFor()
  return watched
}

const card = (page: Page, file: string) => page.locator(`[data-testid="file-result"][data-file="${file}"]`)
const idle = (page: Page) => page.locator('[data-testid="file-results"][data-busy="false"]').waitFor()

/** The number of imports the page has finished (data-finished on the result list). */
const finishedImports = async (page: Page) => Number(await page.getByTestId('file-results').getAttribute('data-finished'))

/** Imports files and waits until that import has finished (however quickly it ran). */
/** Imports files (replacing the sample when asked) and waits until that import has finished. */
const importFiles = (page: Page, files: Parameters<Page['setInputFiles']>[1]) => importInto(page, files).then(() => idle(page))

async function figureCount(page: Page): Promise<string> {
  await page.getByRole('tab', { name: '全部数据' }).click()
  const text = await page.getByTestId('figure-count').textContent()
  await page.getByRole('tab', { name: '导入文件' }).click()
  return text ?? ''
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path()
  return readFileSync(path)
}

describe('data page', () => {
  it('reads mixed files in one drop, shows each file’s result, keeps hostile names as text, and survives a reload', async () => {
    const { page, context, errors } = await dataPage()
    await importFiles(page, MIXED)
    const cards = await page.getByTestId('file-result').evaluateAll(els => els.map(e => [e.getAttribute('data-file'), e.getAttribute('data-status'), e.getAttribute('data-accepted'), e.getAttribute('data-rejected')]))
    expect(cards).toEqual(expect.arrayContaining([
      ['wide-chinese-headers.csv', 'ok', '4', '0'],
      ['gbk-wide.csv', 'ok', '4', '0'],
      ['submissions.json', 'ok', '3', '0'],
      ['utf16le-bom.csv', 'ok', '1', '0'],
      ['stat-form-sheets.xlsx', 'ok', expect.any(String), '0'],
      ['broken.csv', 'failed', '0', '3'],
      ['hostile-name.csv', 'ok', '1', '0'],
    ]))
    await expect(card(page, 'gbk-wide.csv').textContent()).resolves.toMatch(/GBK/)
    await expect(card(page, 'utf16le-bom.csv').textContent()).resolves.toMatch(/UTF-16/)
    const broken = card(page, 'broken.csv').getByTestId('issue-list')
    await expect(broken.textContent()).resolves.toMatch(/乡镇名称为空/)
    const rows = await broken.locator('tbody tr').evaluateAll(trs => trs.map(tr => [...tr.querySelectorAll('td')].slice(0, 2).map(td => td.textContent?.trim())))
    expect(rows).toEqual([['2', '乡镇'], ['3', '年度'], ['4', '']])

    // A name not on the township list waits in 待确认 (as text), and reaches no tracker row.
    const hostile = '<img src=x onerror="window.__xss=1">'
    await expect(page.getByTestId('pending-townships').textContent()).resolves.toContain(hostile)
    await page.getByRole('tab', { name: '报送情况' }).click()
    await expect(page.getByTestId('tracker').textContent()).resolves.not.toContain(hostile)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    await page.getByRole('tab', { name: '导入文件' }).click()

    const before = await figureCount(page)
    await importFiles(page, [root('tests/fixtures/data/broken.csv')])
    expect(await figureCount(page)).toBe(before)

    await page.locator('[data-testid="storage-state"]', { hasText: '已保存' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/data-1366.png`, fullPage: true })
    await page.reload()
    await card(page, 'gbk-wide.csv').waitFor()
    expect(await page.getByTestId('file-result').count()).toBe(MIXED.length)
    expect(await figureCount(page)).toBe(before)
    expect(errors).toEqual([])
    await context.close()
  })

  it('maps an unknown column, reads the file again, and uses the mapping for the next file', async () => {
    const { page, context } = await dataPage()
    await importFiles(page, [root('tests/fixtures/data/unknown-column.csv')])
    const dialog = page.getByTestId('mapping-dialog')
    await dialog.waitFor()
    await dialog.getByTestId('mapping-picker').click()
    await page.keyboard.type('行政检查次数')
    await page.locator('.el-select-dropdown__item:visible', { hasText: '行政检查次数' }).first().click()
    await dialog.getByTestId('mapping-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByTestId('mapping-item').filter({ hasText: '综合执法检查次数' }).waitFor()
    await idle(page)
    await expect(card(page, 'unknown-column.csv').getByTestId('map-columns').count()).resolves.toBe(0)

    await importFiles(page, [root('tests/fixtures/data/unknown-column-2.csv')])
    await expect(card(page, 'unknown-column-2.csv').getByTestId('map-columns').count()).resolves.toBe(0)
    await page.getByRole('tab', { name: '全部数据' }).click()
    await page.getByPlaceholder('按乡镇名称筛选').fill('龙泉')
    const table = page.getByTestId('figure-table')
    await table.locator('tbody tr', { hasText: '2023' }).filter({ hasText: '行政检查次数' }).waitFor()
    await expect(table.locator('tbody tr', { hasText: '行政检查次数' }).filter({ hasText: '2023' }).textContent()).resolves.toMatch(/行政检查次数\s*7/)
    await context.close()
  })

  it('asks about a township-year already loaded, suggests replacing with the newer file, and keeps the loaded figures when told to', async () => {
    const { page, context } = await dataPage()
    await importFiles(page, [root('data/examples/wide-chinese-headers.csv')])
    await importInto(page, [root('tests/fixtures/data/conflict.csv')], { wait: false })
    const dialog = page.getByTestId('conflict-dialog')
    await dialog.getByTestId('conflict-file').waitFor()
    await expect(dialog.textContent()).resolves.toMatch(/城关街道.*2024.*行政执法人员数.*42.*50/s)
    await expect(dialog.locator('[data-testid="conflict-replace"] input').isChecked()).resolves.toBe(true)
    await page.evaluate(() => Promise.all(document.getAnimations().filter(a => a.effect?.getComputedTiming().iterations !== Infinity).map(a => a.finished.catch(() => undefined))))
    await page.screenshot({ path: `${SHOTS}/data-conflict-1366.png` })
    await dialog.getByTestId('conflict-keep').click()
    await dialog.getByTestId('conflict-confirm').click()
    await idle(page)
    await page.getByRole('tab', { name: '全部数据' }).click()
    await page.getByPlaceholder('按乡镇名称筛选').fill('城关')
    await expect(page.getByTestId('figure-table').locator('tbody tr', { hasText: '行政执法人员数' }).first().textContent()).resolves.toMatch(/42/)
    await context.close()
  })

  it('downloads the issue list, templates and data; the exported data imports back to the same figures', async () => {
    const { page, context } = await dataPage()
    await importFiles(page, [root('tests/fixtures/data/broken.csv')])
    const [issues] = await Promise.all([page.waitForEvent('download'), card(page, 'broken.csv').getByTestId('download-issues').click()])
    const issueText = (await saved(issues)).toString('utf8')
    expect(issueText.startsWith('\uFEFF')).toBe(true)
    expect(issueText).toMatch(/乡镇名称为空/)

    const [csvTemplate] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-csv').click()])
    const [xlsxTemplate] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-xlsx').click()])
    expect(csvTemplate.suggestedFilename()).toMatch(/\.csv$/)
    expect((await saved(xlsxTemplate)).subarray(0, 2).toString('latin1')).toBe('PK')

    await page.getByTestId('restore-sample').click()
    await page.getByTestId('sample-banner').waitFor()
    const before = await figureCount(page)
    await page.getByRole('tab', { name: '全部数据' }).click()
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()])
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
    const csvBytes = await saved(csv)
    expect(csvBytes.subarray(0, 3)).toEqual(Buffer.from([0xEF, 0xBB, 0xBF]))
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
    await page.getByRole('tab', { name: '导入文件' }).click()

    await clearData(page)
    await importFiles(page, [{ name: csv.suggestedFilename(), mimeType: 'text/csv', buffer: csvBytes }])
    await expect(card(page, csv.suggestedFilename()).getAttribute('data-status')).resolves.toBe('ok')
    expect(await figureCount(page)).toBe(before)

    await clearData(page)
    await importFiles(page, [{ name: xlsx.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await saved(xlsx) }])
    await expect(card(page, xlsx.suggestedFilename()).getAttribute('data-status')).resolves.toBe('ok')
    expect(await figureCount(page)).toBe(before)

    await importFiles(page, [{ name: xlsxTemplate.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await saved(xlsxTemplate) }])
    await expect(card(page, xlsxTemplate.suggestedFilename()).getAttribute('data-status')).resolves.not.toBe('failed')
    await context.close()
  })

  it('reads another sheet of a workbook when the clerk picks it', async () => {
    const { page, context } = await dataPage()
    await importFiles(page, [root('tests/fixtures/xlsx/named-sheet.xlsx')])
    const picker = card(page, 'named-sheet.xlsx').getByTestId('sheet-picker')
    await expect(picker.locator('option').allTextContents()).resolves.toEqual(expect.arrayContaining(['2024年汇总', '2023年汇总']))
    const before = await finishedImports(page)
    await picker.selectOption('2023年汇总')
    await expect.poll(() => finishedImports(page), { timeout: 60_000 }).toBeGreaterThan(before)
    await idle(page)
    await expect(card(page, 'named-sheet.xlsx').getByTestId('sheet-picker').inputValue()).resolves.toBe('2023年汇总')
    await context.close()
  })

  it('asks before clearing or restoring the sample over imported data, and both work', async () => {
    const { page, context } = await dataPage()
    await importFiles(page, [root('data/examples/gbk-wide.csv')])
    await page.getByTestId('restore-sample').click()
    await page.locator('.el-message-box').getByRole('button', { name: '取消' }).click()
    expect(await page.getByTestId('file-result').count()).toBe(1)
    await page.getByTestId('clear-data').click()
    await page.locator('.el-message-box').getByRole('button', { name: '取消' }).click()
    expect(await page.getByTestId('file-result').count()).toBe(1)
    await clearData(page)
    await page.reload()
    await page.getByTestId('drop-zone').waitFor()
    expect(await figureCount(page)).toMatch(/共 0 项/)
    await page.getByTestId('restore-sample').click()
    await page.getByTestId('sample-banner').waitFor()
    await page.reload()
    await page.getByTestId('sample-banner').waitFor()
    await context.close()
  })

  it('shows progress for a 40,000-row file and finishes it (longest main-thread task printed)', async () => {
    // From disk, so that Chromium reads the file itself (a buffer would be decoded in the page and counted);
    // the same cached files as responsive.e2e.ts's (generated once for both).
    const big = cachedFixture('valid-40000.csv', 'wide:40000', () => bigWideCsv(40_000, loadRegistryFile(), loadTownshipFile()))
    const list = cachedFixture('townships-40000.csv', 'townships:40000', () => bigTownshipListCsv(40_000, loadTownshipFile()))
    const { page, context } = await dataPage({ width: 1920, height: 1080 })
    // A country-sized table comes with its township list (else its names would wait in 待确认).
    await page.getByRole('tab', { name: '乡镇名单' }).click()
    await page.getByTestId('township-import-input').setInputFiles(list)
    await page.getByTestId('township-editor').getByText('本县乡镇名单（40000 个）').waitFor({ timeout: 60_000 })
    await page.getByRole('tab', { name: '导入文件' }).click()
    await takeLongTasks(page)
    const started = Date.now()
    await importInto(page, big, { wait: false })
    await page.getByTestId('file-progress').first().waitFor()
    await page.locator(`[data-testid="file-result"][data-file="${basename(big)}"][data-status="ok"]`).waitFor({ timeout: 120_000 })
    await idle(page)
    await page.locator('[data-testid="storage-state"]', { hasText: '已保存' }).waitFor({ timeout: 60_000 })
    await expect(card(page, basename(big)).getAttribute('data-accepted')).resolves.toBe('40000')
    const tasks = await takeLongTasks(page)
    console.log(`40,000-row import: ${Date.now() - started} ms; ${tasks.length} long tasks (${tasks.join(', ')} ms); longest ${longest(tasks)} ms`)
    await page.getByRole('tab', { name: '报送情况' }).click()
    await page.getByTestId('tracker-cell').first().waitFor()
    await page.getByRole('tab', { name: '全部数据' }).click()
    await expect(page.getByTestId('figure-count').textContent()).resolves.toMatch(/共 1,/)
    await page.getByRole('columnheader', { name: '乡镇' }).click()
    await page.getByRole('columnheader', { name: '乡镇' }).locator('.sort-caret.ascending').waitFor()
    const views = await takeLongTasks(page)
    console.log(`opening the tracker and the figure table over it, then sorting: longest task ${longest(views)} ms (${views.join(', ')})`)
    await context.close()
  }, 180_000)

  it.each([[1920, 1080], [1366, 768]])('looks right at %i×%i', async (width, height) => {
    const { page, context, errors } = await dataPage({ width, height })
    await importFiles(page, MIXED.slice(0, 6))
    await page.screenshot({ path: `${SHOTS}/data-import-${width}.png` })
    await page.getByRole('tab', { name: '报送情况' }).click()
    await page.screenshot({ path: `${SHOTS}/data-tracker-${width}.png` })
    await page.getByRole('tab', { name: '全部数据' }).click()
    await page.screenshot({ path: `${SHOTS}/data-table-${width}.png` })
    expect(errors).toEqual([])
    await context.close()
  })
})
