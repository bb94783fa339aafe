// Notes pinned by a clerk (#15.5), as a user meets them: added on the township page through the dialog,
// listed there and under the Compare ranking, kept over a reload, written into the ranking's SVG and
// into the 通报's document.xml; the box stops at 60 characters and an empty note is refused with its reason.
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'
import { downloadBytes } from '../helpers/files'

const browser = useBrowser()
const NOTE = '收回执法事项，检查次数口径变化'

async function addNote(page: Page, text: string) {
  await page.getByTestId('note-add').first().click()
  await page.getByTestId('note-text').fill(text)
  await page.getByTestId('note-save').click()
}

describe('notes on townships and years', () => {
  it('are added on the township page, drawn on Compare, kept over a reload and written into the SVG and the 通报', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/township/${encodeURIComponent('大同镇')}`)
    await page.getByTestId('note-add').first().waitFor()
    // The box takes 60 characters at most; an empty note is refused with its reason, nothing saved.
    await page.getByTestId('note-add').first().click()
    await page.getByTestId('note-text').fill('很'.repeat(61))
    await expect(page.getByTestId('note-text').inputValue()).resolves.toHaveLength(60)
    await page.getByTestId('note-text').fill('')
    await page.getByTestId('note-save').click()
    await expect(page.getByTestId('note-problem').first().textContent()).resolves.not.toBe('')
    await page.keyboard.press('Escape')
    await page.getByTestId('note-text').waitFor({ state: 'hidden' })
    await expect(page.getByTestId('note-item').count()).resolves.toBe(0)

    await addNote(page, NOTE)
    await expect.poll(() => page.getByTestId('note-item').allTextContents()).toEqual([expect.stringContaining(NOTE)])

    await page.goto(`${inject('baseUrl')}#/compare?t=${encodeURIComponent('大同镇')}`)
    await allChartsRendered(page)
    const ranking = page.getByTestId('chart-panel').first()
    await expect(ranking.getByTestId('chart-notes').textContent()).resolves.toContain(NOTE)
    await page.screenshot({ path: `${SHOTS}/notes-compare-1366.png` })
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.screenshot({ path: `${SHOTS}/notes-compare-1024.png` })

    // Stored with the data: a reload brings it back (the save is asynchronous, so wait for it).
    await expect.poll(async () => {
      await page.reload()
      await allChartsRendered(page)
      return page.getByTestId('chart-panel').first().getByTestId('chart-notes').textContent().catch(() => '')
    }, { timeout: 20_000 }).toContain(NOTE)

    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-panel').first().getByTestId('export-svg').click()])
    const svg = Buffer.from(await downloadBytes(svgFile)).toString('utf8')
    expect(svg).toContain(NOTE)

    await page.goto(`${inject('baseUrl')}#/assessment`)
    await page.getByTestId('download-notice').waitFor()
    const [notice] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('download-notice').click()])
    const xml = strFromU8(unzipSync(await downloadBytes(notice))['word/document.xml']!)
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('')
    expect(text).toContain(NOTE)
    expect(errors).toEqual([])
    await context.close()
  })
})
