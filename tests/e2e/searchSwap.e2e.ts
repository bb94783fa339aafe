// The header's search while its autocomplete is still loading (the first screen shows a plain box; the
// autocomplete takes its place when its code has come). What a clerk types before it comes is searched
// once it has; pinyin still being composed by an input method is not dropped when it comes: the plain
// box stays until the composition is committed, then gives way with its characters. The code is held
// back by the test (page.route) so that the typing surely comes first.
import type { Page, Route } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, useBrowser } from '../helpers/browser'

const browser = useBrowser()
const BOX_CODE = /TownshipSearchBox-[\w-]+\.js$/

/** Opens the overview with the autocomplete's code held back; `release` lets it through. */
async function withCodeHeld(page: Page): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = []
  await page.route(BOX_CODE, (route) => { held.push(route) })
  await page.goto(`${inject('baseUrl')}#/overview`)
  return {
    release: async () => {
      await expect.poll(() => held.length).toBeGreaterThan(0)
      for (const route of held) await route.continue()
      await page.unrouteAll()
    },
  }
}

const plainBox = (page: Page) => page.getByTestId('township-search').locator('.el-autocomplete input')
const autocomplete = (page: Page) => page.getByTestId('township-search').locator('.township-search__box input')
const focused = (page: Page, which: ReturnType<typeof plainBox>) => which.evaluate(el => el === document.activeElement)

describe('the header search before its autocomplete has come', () => {
  it('searches for what was typed in the plain box, keeping the focus and the caret', async () => {
    const { page, context, errors } = await openPage(browser(), { width: 1366, height: 768 })
    const code = await withCodeHeld(page)
    await plainBox(page).click()
    await page.keyboard.type('dtz')
    await page.keyboard.press('ArrowLeft')
    await code.release()
    await autocomplete(page).waitFor()
    await expect(autocomplete(page).inputValue()).resolves.toBe('dtz')
    expect(await focused(page, autocomplete(page))).toBe(true)
    expect(await autocomplete(page).evaluate(el => (el as HTMLInputElement).selectionStart)).toBe(2)
    await page.getByTestId('search-hit').first().waitFor()
    await expect(page.getByTestId('search-hit').allTextContents()).resolves.toEqual(['大同镇'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps a composition going while the autocomplete comes, then searches for the committed text', async () => {
    const { page, context, errors } = await openPage(browser(), { width: 1366, height: 768 })
    const code = await withCodeHeld(page)
    await plainBox(page).click()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Input.imeSetComposition', { text: 'datong', selectionStart: 6, selectionEnd: 6 })
    await code.release()
    // The code has come and run; the box holding the composition is still the one on the page.
    await page.waitForFunction(source => performance.getEntriesByType('resource').some(e => new RegExp(source).test(e.name)), BOX_CODE.source)
    await page.waitForTimeout(300)
    expect(await autocomplete(page).count()).toBe(0)
    expect(await focused(page, plainBox(page))).toBe(true)
    await cdp.send('Input.insertText', { text: '大同' })
    await autocomplete(page).waitFor()
    await expect(autocomplete(page).inputValue()).resolves.toBe('大同')
    expect(await focused(page, autocomplete(page))).toBe(true)
    await expect(page.getByTestId('search-hit').first().textContent()).resolves.toBe('大同镇')
    expect(errors).toEqual([])
    await context.close()
  })
})
