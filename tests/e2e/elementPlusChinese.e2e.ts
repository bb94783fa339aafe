// Element Plus's own words in the Chinese UI: the figures table's pagination and a dialog's close
// button speak Chinese (its locale is set to zh-CN, not left at its English default).
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'

const browser = useBrowser()

/** A file with a column no indicator is called, so that the column-mapping dialog opens. */
const UNKNOWN_COLUMN_CSV = '乡镇,年度,行政检查次数,自创指标\n大同镇,2025,12,7\n'

describe('Element Plus in Chinese', () => {
  it('writes the pagination and the dialog close button in Chinese', async () => {
    const { page, context, errors } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/data`)
    await page.getByTestId('drop-zone').waitFor()
    await page.locator('#tab-table').click()
    const pager = page.locator('.figures__pager')
    await pager.waitFor()
    await expect(pager.locator('.el-pagination__total').textContent()).resolves.toMatch(/^共 [\d,]+ 条$/)
    await expect(pager.locator('.el-pagination__jump').textContent()).resolves.toMatch(/前往/)
    await page.locator('#tab-import').click()
    await importFiles(page, [{ name: 'unknown-column.csv', mimeType: 'text/csv', buffer: Buffer.from(UNKNOWN_COLUMN_CSV) }], { wait: false })
    await page.getByTestId('mapping-dialog').waitFor()
    await expect(page.locator('.el-dialog__headerbtn').getAttribute('aria-label')).resolves.toBe('关闭此对话框')
    expect(errors).toEqual([])
    await context.close()
  })
})
