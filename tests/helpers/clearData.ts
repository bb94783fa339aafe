// Emptying the dataset on the data page as a user does: 清空数据, then 清空 in the question that
// follows, then waiting until no file's result card is left. Written without vitest's expect, so that
// the benches (run by tsx, outside vitest) empty the page the same way as the browser tests.
import type { Page } from 'playwright-core'

/** Clears every loaded file and figure from the data page and waits until its result cards are gone. */
export async function clearData(page: Page, timeout = 10_000): Promise<void> {
  await page.getByTestId('clear-data').click()
  await page.locator('.el-message-box').getByRole('button', { name: '清空' }).click()
  await page.getByTestId('file-result').first().waitFor({ state: 'detached', timeout })
}
