// Two windows (tabs) of one browser profile on the data page: both imports land, a stale window
// cannot destroy data, and the other window says 另一窗口更新了数据.
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { pageReady } from '../helpers/tour'

const browser = useBrowser()
const csv = (name: string, township: string, n: number) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`乡镇,年度,行政检查次数\n${township},2024,${n}\n`) })

/** Drops files and waits until the import (and its save) ended. */
async function drop(page: Page, files: { name: string, mimeType: string, buffer: Buffer }[]) {
  const before = Number(await page.getByTestId('file-results').getAttribute('data-finished'))
  await importFiles(page, files, { wait: false })
  await page.waitForFunction(n => Number(document.querySelector('[data-testid="file-results"]')?.getAttribute('data-finished')) > n, before, { timeout: 60_000 })
  await page.locator('[data-testid="storage-state"]', { hasText: '已保存' }).waitFor()
}

/** The townships of the dataset the window holds, and whether it is the sample. */
const held = (page: Page) => page.evaluate(() => {
  const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, { submissions: { township: string }[], isSample: boolean }> } } } } }).__vue_app__
  const store = app.config.globalProperties.$pinia._s.get('dataset')!
  return { townships: [...new Set(store.submissions.map(s => s.township))].sort(), sample: store.isSample }
})

describe('two windows', () => {
  it('keep both imports, never let a stale window destroy data, and tell each other', async () => {
    const { page: c, context, errors } = await openPage(browser())
    const d = await context.newPage()
    for (const p of [c, d]) {
      await p.goto(`${inject('baseUrl')}#/data`)
      await pageReady(p, 'data')
    }
    await drop(c, [csv('a.csv', '大同镇', 1)])
    await d.getByTestId('other-window-note').waitFor()
    await expect(d.getByTestId('other-window-note').textContent()).resolves.toContain('另一窗口更新了数据')
    await drop(d, [csv('b.csv', '青石镇', 2)])
    await drop(c, [{ name: 'junk.csv', mimeType: 'text/csv', buffer: Buffer.from('这不是表格\n') }])
    // Both at the same time.
    await Promise.all([drop(c, [csv('c.csv', '白马镇', 3)]), drop(d, [csv('d.csv', '河口镇', 4)])])

    const fresh = await context.newPage()
    await fresh.goto(`${inject('baseUrl')}#/data`)
    await pageReady(fresh, 'data')
    const want = ['大同镇', '青石镇', '白马镇', '河口镇'].sort()
    await expect.poll(() => held(fresh)).toEqual({ townships: want, sample: false })
    await expect(fresh.getByTestId('storage-error').count()).resolves.toBe(0)
    await expect.poll(() => held(c)).toEqual({ townships: want, sample: false })
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)
})
