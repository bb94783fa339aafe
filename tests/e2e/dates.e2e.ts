// Dates in Chromium against the built app, on a computer set to UTC: file names and footers carry
// the county's day (Asia/Shanghai), and the header and the exports say 数据截至 (the newest receipt)
// beside 导出于. 00:30 on 3 February in the county is still 2 February in UTC.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, SHOTS, useBrowser } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { downloadBytes, zipEntries } from '../helpers/files'

const browser = useBrowser()
const NOW = new Date('2025-02-03T00:30:00+08:00')
const FILE = 'wide-chinese-headers.csv'

async function utcPage(width = 1366, height = 768) {
  const context = await browser().newContext({ viewport: { width, height }, locale: 'zh-CN', timezoneId: 'UTC', acceptDownloads: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => { errors.push(String(e)) })
  await page.clock.install({ time: NOW })
  await page.goto(`${inject('baseUrl')}#/data`)
  await importFiles(page, resolve('data/examples', FILE), { wait: false })
  await page.locator(`[data-testid="file-result"][data-file="${FILE}"][data-status="ok"]`).waitFor({ timeout: 60_000 })
  return { page, context, errors }
}

const downloaded = async (page: Page, click: () => Promise<void>) => {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])
  return file
}

describe('dates in the county time zone', () => {
  it('shows 数据截至 in the header of every page, at both laptop widths', async () => {
    for (const [width, height] of [[1366, 768], [1024, 768]] as const) {
      const { page, context, errors } = await utcPage(width, height)
      for (const route of ['overview', 'compare', 'trends', 'assessment', 'data']) {
        await page.goto(`${inject('baseUrl')}#/${route}`)
        await expect(page.getByTestId('data-as-of').textContent()).resolves.toBe('数据截至 2025-02-03')
      }
      await page.goto(`${inject('baseUrl')}#/overview`)
      await allChartsRendered(page)
      await page.screenshot({ path: `${SHOTS}/header-as-of-${width}.png` })
      expect(errors).toEqual([])
      await context.close()
    }
  })

  it('dates the data export file by the county day, and draws 数据截至 and 导出于 into an SVG', async () => {
    const { page, context } = await utcPage()
    await page.getByRole('tab', { name: '全部数据' }).click()
    const csv = await downloaded(page, () => page.getByRole('button', { name: '导出 CSV' }).click())
    expect(csv.suggestedFilename()).toBe('乡镇法治指标数据-示例县-2025-02-03.csv')

    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    const svg = await downloaded(page, () => page.getByTestId('export-svg').first().click())
    const text = readFileSync(await svg.path(), 'utf8')
    expect(text).toContain('数据截至 2025-02-03')
    expect(text).toMatch(/导出于 2025-02-03 00:[3-5]\d/)
    expect(text.indexOf('数据截至')).toBeLessThan(text.indexOf('导出于'))
    await context.close()
  })

  it('puts the county day and 数据截至 on the PowerPoint title slide', async () => {
    const { page, context } = await utcPage()
    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    const pptx = await downloaded(page, () => page.getByTestId('export-page-pptx').click())
    const slides = zipEntries(await downloadBytes(pptx))
    const title = new TextDecoder().decode(slides['ppt/slides/slide1.xml'])
    expect(title).toContain('制作日期：2025-02-03 · 数据截至 2025-02-03')
    await context.close()
  })
})
