// The first import over the sample county asks before replacing it (替换示例数据 / 取消), and 撤销导入
// on the data page puts back the data as it was before the last import, until the next one.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, SHOTS, useBrowser } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'

const browser = useBrowser()
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })
const FIRST = csv('first.csv', '乡镇,年度,行政执法人员数（人）\n城关街道,2024,42\n青石镇,2024,35\n')
const SECOND = csv('second.csv', '乡镇,年度,行政检查次数（次）\n大同镇,2023,77\n')

async function dataPage(width = 1366, height = 768) {
  const watched = await openPage(browser(), { width, height })
  await watched.page.goto(`${inject('baseUrl')}#/data`)
  await watched.page.locator('[data-testid="data-page"][data-sample="true"]').waitFor()
  await watched.page.getByTestId('drop-zone').waitFor()
  return watched
}

const sample = (page: Page) => page.getByTestId('data-page').getAttribute('data-sample')
const cards = (page: Page) => page.getByTestId('file-result').evaluateAll(els => els.map(e => e.getAttribute('data-file')))
const undo = (page: Page) => page.getByTestId('undo-import')
async function figureCount(page: Page): Promise<string> {
  await page.getByRole('tab', { name: '全部数据' }).click()
  const text = (await page.getByTestId('figure-count').textContent()) ?? ''
  await page.getByRole('tab', { name: '导入文件' }).click()
  return text
}

describe('first import over the sample', () => {
  it('asks 替换示例数据？ and, on 取消, imports nothing and keeps the sample', async () => {
    const { page, context, errors } = await dataPage()
    const sampleCount = await figureCount(page)
    await expect(undo(page).isDisabled()).resolves.toBe(true)
    await page.getByTestId('import-input').setInputFiles([FIRST])
    const box = page.locator('.el-message-box')
    await box.waitFor()
    await expect(box.locator('.el-message-box__title').textContent()).resolves.toBe('替换示例数据？')
    await expect(box.locator('.replace-sample-ok').textContent()).resolves.toMatch(/^\s*替换示例数据\s*$/)
    await expect(box.locator('.replace-sample-cancel').textContent()).resolves.toMatch(/^\s*取消\s*$/)
    await page.evaluate(() => Promise.all(document.getAnimations().map(a => a.finished.catch(() => undefined))))
    await page.screenshot({ path: `${SHOTS}/replace-sample-1366.png` })
    await box.locator('.replace-sample-cancel').click()
    await box.waitFor({ state: 'hidden' })
    await expect(sample(page)).resolves.toBe('true')
    expect(await cards(page)).not.toContain('first.csv')
    await expect(figureCount(page)).resolves.toBe(sampleCount)
    await expect(page.getByText('当前显示的是虚构的示例数据').count()).resolves.toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('replaces the sample when told to; 撤销导入 brings the sample back and is then used up', async () => {
    const { page, context, errors } = await dataPage()
    const sampleCount = await figureCount(page)
    await expect(importFiles(page, [FIRST])).resolves.toBe(true)
    await expect(sample(page)).resolves.toBe('false')
    await expect(figureCount(page)).resolves.toMatch(/\b2\b/)
    await expect(page.getByText('当前显示的是虚构的示例数据').count()).resolves.toBe(0)
    await expect(undo(page).textContent()).resolves.toMatch(/撤销导入/)
    await undo(page).click()
    await page.locator('[data-testid="data-page"][data-sample="true"]').waitFor()
    await expect(page.locator('.el-message').first().textContent()).resolves.toMatch(/已撤销上一次导入/)
    await expect(figureCount(page)).resolves.toBe(sampleCount)
    expect(await cards(page)).not.toContain('first.csv')
    await expect(undo(page).isDisabled()).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('does not ask again once the county’s own data is in; 撤销导入 undoes only the last import, and the restored data is what a reload shows', async () => {
    const { page, context, errors } = await dataPage(1024, 768)
    await expect(importFiles(page, [FIRST])).resolves.toBe(true)
    await expect(importFiles(page, [SECOND])).resolves.toBe(false)
    expect(await cards(page)).toEqual(['second.csv', 'first.csv'])
    await expect(figureCount(page)).resolves.toMatch(/\b3\b/)
    await page.screenshot({ path: `${SHOTS}/undo-import-1024.png` })
    await undo(page).click()
    await expect.poll(() => cards(page)).toEqual(['first.csv'])
    await expect(figureCount(page)).resolves.toMatch(/\b2\b/)
    await expect(sample(page)).resolves.toBe('false')
    await expect(undo(page).isDisabled()).resolves.toBe(true)
    await page.locator('[data-testid="storage-state"]', { hasText: '已保存' }).waitFor()
    await page.reload()
    await page.getByTestId('drop-zone').waitFor()
    await expect.poll(() => cards(page)).toEqual(['first.csv'])
    await expect(figureCount(page)).resolves.toMatch(/\b2\b/)
    expect(errors).toEqual([])
    await context.close()
  })
})
