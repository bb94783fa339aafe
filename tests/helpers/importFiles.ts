// Importing files on the data page as a user does: drop them on the file input and, when the page
// shows the sample county, answer the question 替换示例数据？ (replace, or cancel).
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

type Files = Parameters<Page['setInputFiles']>[1]

export interface ImportOptions {
  /** The file input's data-testid (default import-input). */
  input?: string
  /** What to answer when asked to replace the sample: 'replace' (default) or 'cancel'. */
  answer?: 'replace' | 'cancel'
  /**
   * Wait until the import has finished (default): its result list idle again. False returns as soon
   * as the import has started (the question answered), for tests that wait on their own signals
   * (a conflict dialog, a card's status). Narrative reports alone go to the review tab and are
   * never asked about: drop them with setInputFiles.
   */
  wait?: boolean
  /** How long the import may take (ms, default 120 s). */
  timeout?: number
  /**
   * 'drop': dispatch a drop of in-memory text files on the drop zone from inside the page, instead of
   * setInputFiles, whose element handle Playwright keeps alive (and with it the data page it sits in):
   * for tests that measure the heap.
   */
  via?: 'input' | 'drop'
}

/** Drops text files on the drop zone from inside the page (no element handle kept by the harness). */
async function dropInPage(page: Page, files: { name: string, mimeType: string, buffer: Buffer }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer()
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.mimeType }))
    document.querySelector('[data-testid="drop-zone"]')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  }, files.map(f => ({ name: f.name, mimeType: f.mimeType, text: f.buffer.toString('utf8') })))
}

const finishedImports = async (page: Page) => Number(await page.getByTestId('file-results').getAttribute('data-finished') ?? 0)

/**
 * Drops `files` on the import input; answers the replace-the-sample question if the page asks it.
 * Returns whether it was asked.
 */
export async function importFiles(page: Page, files: Files, opts: ImportOptions = {}): Promise<boolean> {
  const { input = 'import-input', answer = 'replace', wait = true, timeout = 120_000, via = 'input' } = opts
  const results = page.getByTestId('file-results')
  const before = await finishedImports(page)
  if (via === 'drop') {
    if (!Array.isArray(files) || files.some(f => typeof f === 'string')) throw new Error('via: drop takes in-memory files')
    await dropInPage(page, files as { name: string, mimeType: string, buffer: Buffer }[])
  } else {
    await page.getByTestId(input).setInputFiles(files)
  }
  const ask = page.locator('.el-message-box .replace-sample-ok')
  // Until the question shows, or the import is running or over (it was not asked).
  let asked = false
  await expect.poll(async () => {
    if (await ask.isVisible()) { asked = true; return true }
    return (await results.getAttribute('data-busy')) === 'true' || await finishedImports(page) > before
  }, { timeout, interval: 50 }).toBe(true)
  if (asked) {
    await page.locator(`.el-message-box .replace-sample-${answer === 'replace' ? 'ok' : 'cancel'}`).click()
    await page.locator('.el-message-box').waitFor({ state: 'hidden' })
    if (answer === 'cancel') return true
  }
  if (wait) {
    await expect.poll(() => finishedImports(page), { timeout }).toBeGreaterThan(before)
    await page.locator('[data-testid="file-results"][data-busy="false"]').waitFor({ timeout })
  }
  return asked
}
