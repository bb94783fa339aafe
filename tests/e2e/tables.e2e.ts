// Clerk-style tables (tests/fixtures/tables, made by LibreOffice) dropped on the data page in every
// format at once: each card accepts every township row and lists the rows it skipped; the same
// figures from nine formats merge without a conflict; the overview's county total is the sum of the
// township rows, not twice it (no 合计 row counted); the in-page reader (no worker) reads them too.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'
import { importFiles as importInto } from '../helpers/importFiles'

const dir = resolve(process.cwd(), 'tests/fixtures/tables')
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as {
  formats: string[]
  tables: Record<string, { year: number, figures: Record<string, Record<string, number>>, skipped: { row: number, reason: string }[] }>
}
const tables = Object.keys(expected.tables)
const files = tables.flatMap(t => expected.formats.map(f => `${t}.${f}`))
const browser = useBrowser()

const card = (page: Page, file: string) => page.locator(`[data-testid="file-result"][data-file="${file}"]`)

async function dataPage(withoutWorker = false) {
  const watched = await openPage(browser(), { width: 1366, height: 768 })
  if (withoutWorker) await watched.page.addInitScript(() => { Object.defineProperty(window, 'Worker', { value: undefined }) })
  await watched.page.goto(`${inject('baseUrl')}#/data`)
  await watched.page.getByTestId('drop-zone').waitFor()
  return watched
}

const importFiles = (page: Page, names: readonly string[]) => importInto(page, names.map(n => `${dir}/${n}`))

/** What a card says: status, accepted and rejected counts, and its skipped rows as `row:reason`. */
async function cardFacts(page: Page, file: string) {
  const c = card(page, file)
  const skipped = c.getByTestId('skipped-rows')
  await skipped.getByTestId('toggle-skipped').click()
  return {
    accepted: Number(await c.getAttribute('data-accepted')),
    rejected: Number(await c.getAttribute('data-rejected')),
    skipped: await skipped.getByTestId('skipped-row').evaluateAll(els => els.map(e => `${e.getAttribute('data-row')}:${e.getAttribute('data-reason')}`)),
  }
}

const skippedOf = (table: string) => expected.tables[table]!.skipped.map(s => `${s.row}:${s.reason}`)

describe('clerk-style tables on the data page', () => {
  it('reads every table in nine formats, lists the skipped rows, and the overview totals the township rows once', async () => {
    const { page, context, errors } = await dataPage()
    await importFiles(page, files)
    expect(await page.getByTestId('conflict-dialog').count()).toBe(0)
    expect(await page.getByTestId('file-result').count()).toBe(files.length)
    for (const file of files) {
      const table = file.split('.')[0]!
      const facts = await cardFacts(page, file)
      expect(facts, file).toEqual({ accepted: Object.keys(expected.tables[table]!.figures).length, rejected: 0, skipped: skippedOf(table) })
    }
    const merged = card(page, 'merged-header.gbk.csv')
    await expect(merged.getByTestId('skipped-rows').textContent()).resolves.toMatch(/已跳过 7 行（标题 2，单位行 1，合计行 1，表尾 2，空行 1）/)
    await expect(merged.getByTestId('skipped-rows').textContent()).resolves.toContain('填报单位（盖章）：某某县司法局')
    await merged.screenshot({ path: `${SHOTS}/tables-card-1366.png` })

    // 行政检查次数 is only in units-row-subtotals: seven townships, and the table's own 小计 and 总 计 rows.
    const inspections = Object.values(expected.tables['units-row-subtotals']!.figures).reduce((n, f) => n + (f.inspections ?? 0), 0)
    await page.goto(`${inject('baseUrl')}#/`)
    const kpi = page.getByTestId('kpi-card').filter({ hasText: '行政检查次数' })
    await kpi.waitFor()
    await expect(kpi.locator('.kpi__value').textContent()).resolves.toMatch(new RegExp(`^${inspections.toLocaleString('zh-CN')}\\s*次`))
    await expect(kpi.locator('.kpi__note').textContent()).resolves.toContain('7 个乡镇合计')
    // 22 of the 24 listed townships reported 2024 (西城街道 only 2023, 桃源镇 misspelt): no total row counted as one.
    await expect(page.locator('main').textContent()).resolves.toMatch(/2024 年度报送情况\s*22 \/ 24/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('reads xls, et and ods in the page itself when there is no worker', async () => {
    const { page, context, errors } = await dataPage(true)
    const names = tables.flatMap(t => ['xls', 'et', 'ods'].map(f => `${t}.${f}`))
    await importFiles(page, names)
    for (const file of names) {
      const table = file.split('.')[0]!
      expect((await cardFacts(page, file)).accepted, file).toBe(Object.keys(expected.tables[table]!.figures).length)
    }
    await expect(card(page, 'merged-header.et').textContent()).resolves.toContain('WPS 表格')
    expect(errors).toEqual([])
    await context.close()
  })
})
