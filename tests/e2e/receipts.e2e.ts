// Receipt dates in Chromium against the built app: the tracker's 逾期 goes by the day a file was
// imported (never the file's modified time), the clerk can enter the day it really arrived, and that
// day holds after a reload and in the exported matrix.
import { copyFileSync, mkdtempSync, readFileSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'

const browser = useBrowser()
const FILE = '各乡镇2024年报表.csv'
/** The clock of the page: 3 February 2025, after the 2024 figures' deadline (31 January). */
const NOW = new Date('2025-02-03T10:00:00+08:00')

/** A copy of the wide example whose modified time is 5 January 2025, before the deadline. */
function fileSavedInJanuary(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'receipt-')), FILE)
  copyFileSync(resolve('data/examples/wide-chinese-headers.csv'), path)
  const january = new Date('2025-01-05T09:00:00+08:00')
  utimesSync(path, january, january)
  return path
}

const cell = (page: Page, township: string) => page.locator('.el-table__row', { hasText: township }).first()

describe('receipt dates in the tracker', () => {
  it('dates a submission by its import, lets the clerk enter the real day, and keeps it', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1366, height: 768 })
    await page.clock.setFixedTime(NOW)
    await page.goto(`${inject('baseUrl')}#/data`)
    await page.getByTestId('drop-zone').waitFor()
    await importFiles(page, fileSavedInJanuary(), { wait: false })
    await page.locator(`[data-testid="file-result"][data-file="${FILE}"][data-status="ok"]`).waitFor({ timeout: 60_000 })
    await page.getByRole('tab', { name: '报送情况' }).click()

    // Imported on 3 February: late, whatever the file's own date (5 January) says.
    const row = cell(page, '青石镇')
    await expect(row.getByTestId('tracker-cell').last().getAttribute('data-state')).resolves.toBe('late')
    await expect(row.getByTestId('receipt-date').last().textContent()).resolves.toBe('收到 2025-02-03（导入日期）')

    // The clerk enters the day the table actually arrived: on time.
    await row.getByTestId('receipt-date').last().click()
    await row.getByTestId('receipt-input').fill('2025-01-20')
    await expect.poll(() => row.getByTestId('tracker-cell').last().getAttribute('data-state')).toBe('submitted')
    await expect(row.getByTestId('receipt-date').last().textContent()).resolves.toBe('收到 2025-01-20（已登记）')
    await page.screenshot({ path: `${SHOTS}/tracker-receipt-1366.png` })

    await page.locator('[data-testid="storage-state"]', { hasText: '已保存' }).waitFor({ timeout: 30_000 })
    await page.reload()
    await page.getByRole('tab', { name: '报送情况' }).click()
    const again = cell(page, '青石镇')
    await expect.poll(() => again.getByTestId('receipt-date').last().textContent(), { timeout: 30_000 }).toBe('收到 2025-01-20（已登记）')
    await expect(again.getByTestId('tracker-cell').last().getAttribute('data-state')).resolves.toBe('submitted')
    await expect(cell(page, '白马镇').getByTestId('tracker-cell').last().getAttribute('data-state')).resolves.toBe('late')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tracker-export').click()])
    const csv = readFileSync(await download.path(), 'utf8')
    expect(csv.split('\r\n').find(l => l.startsWith('青石镇'))).toMatch(/已报送,2025-01-20/)
    expect(csv.split('\r\n').find(l => l.startsWith('白马镇'))).toMatch(/逾期报送,2025-02-03/)

    // Back to the import date.
    await again.getByTestId('receipt-date').last().click()
    await again.getByTestId('receipt-reset').click()
    await expect.poll(() => again.getByTestId('tracker-cell').last().getAttribute('data-state')).toBe('late')
    expect(errors).toEqual([])
    await context.close()
  })

  it('looks right at 1024×768', async () => {
    const { page, context } = await openPage(browser(), { width: 1024, height: 768 })
    await page.clock.setFixedTime(NOW)
    await page.goto(`${inject('baseUrl')}#/data`)
    await importFiles(page, fileSavedInJanuary(), { wait: false })
    await page.locator(`[data-testid="file-result"][data-file="${FILE}"][data-status="ok"]`).waitFor({ timeout: 60_000 })
    await page.getByRole('tab', { name: '报送情况' }).click()
    await cell(page, '青石镇').getByTestId('receipt-date').last().click()
    await page.screenshot({ path: `${SHOTS}/tracker-receipt-1024.png` })
    await context.close()
  })
})
