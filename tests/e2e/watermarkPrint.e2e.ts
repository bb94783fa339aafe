// The watermark setting (内部资料 / 注意保密 with the user's department; off by default, kept over a
// reload) on what leaves the dashboard: PNG, SVG, ZIP, PowerPoint, the 通报 and printouts; and
// printing: a print button, a header on every A4 sheet (county, page, 数据截至, page x of n), the
// overview on 2 sheets.
import type { Download, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { loadPdfjsNode } from '../../src/cli/pdfjsNode'
import { allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'
import { downloadBytes, isPng, zipEntries } from '../helpers/files'
import { importFiles } from '../helpers/importFiles'

const browser = useBrowser()
const MARK = '内部资料 · 县司法局'

const downloaded = async (page: Page, click: () => Promise<void>): Promise<Download> => {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])
  return file
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

async function setWatermark(page: Page, kind: 'off' | 'internal' | 'confidential', department = '') {
  const menu = page.getByTestId('export-settings').first()
  await menu.locator('summary').click()
  await menu.getByTestId(`export-watermark-${kind}`).check()
  await menu.getByTestId('export-department').fill(department)
  await menu.locator('summary').click()
}

/** The text of each page of a PDF, and its page count. */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await loadPdfjsNode()
  const doc = await pdfjs.getDocument({ data: bytes }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    // pdf.js gives some CJK glyphs as their radical look-alikes: Kangxi radicals (⽰ for 示) undone by
    // NFKC, the supplement's (⻚ for 页, ⻩ for 黄, ⻘ for 青) by hand.
    pages.push((content.items as { str?: string }[]).map(it => it.str ?? '').join('').normalize('NFKC').replace(/[⻚⻩⻘]/gu, c => ({ '⻚': '页', '⻩': '黄', '⻘': '青' })[c] ?? c))
  }
  return pages
}

describe('watermark', () => {
  it('is off by default; once set it is kept over a reload and drawn into PNG, SVG and ZIP pictures, PowerPoint slides, the 通报 and printouts', async () => {
    const { page, context, errors } = await openPage(browser(), { width: 1366, height: 768 })
    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    const svgOff = text(await downloadBytes(await downloaded(page, () => page.getByTestId('export-svg').first().click())))
    expect(svgOff).not.toContain('内部资料')
    const pngOff = await downloadBytes(await downloaded(page, () => page.getByTestId('export-png').first().click()))
    await expect(page.getByTestId('export-settings').first().getByTestId('export-watermark-off').isChecked()).resolves.toBe(true)

    await setWatermark(page, 'internal', '县司法局')
    await page.reload()
    await allChartsRendered(page)
    await expect(page.getByTestId('export-settings').first().getByTestId('export-watermark-internal').isChecked()).resolves.toBe(true)
    await expect(page.getByTestId('export-settings').first().getByTestId('export-department').inputValue()).resolves.toBe('县司法局')

    const svg = text(await downloadBytes(await downloaded(page, () => page.getByTestId('export-svg').first().click())))
    expect(svg.split(MARK).length - 1).toBeGreaterThanOrEqual(4)
    const png = await downloadBytes(await downloaded(page, () => page.getByTestId('export-png').first().click()))
    expect(isPng(png)).toBe(true)
    expect(Buffer.from(png).equals(Buffer.from(pngOff))).toBe(false)
    // The printout: the mark over every sheet, in print media only.
    await expect(page.getByTestId('print-watermark').isVisible()).resolves.toBe(false)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByTestId('print-watermark').isVisible()).resolves.toBe(true)
    await expect(page.getByTestId('print-watermark').textContent()).resolves.toContain(MARK)
    await page.emulateMedia({ media: 'screen' })

    // The deck: ZIP (with SVGs) and PowerPoint.
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    await page.getByTestId('add-to-deck').first().click()
    await page.getByTestId('deck-link').click()
    await page.locator('[data-testid="slide"][data-rendered="true"]').waitFor()
    const menu = page.getByTestId('export-settings').first()
    await menu.locator('summary').click()
    await menu.getByTestId('export-with-svg').check()
    await menu.locator('summary').click()
    const zip = zipEntries(await downloadBytes(await downloaded(page, () => page.getByTestId('deck-zip').click())))
    const svgs = Object.entries(zip).filter(([name]) => name.endsWith('.svg'))
    expect(svgs.length).toBeGreaterThan(0)
    expect(svgs.every(([, bytes]) => text(bytes).includes(MARK))).toBe(true)
    const pptx = zipEntries(await downloadBytes(await downloaded(page, () => page.getByTestId('deck-pptx').click())))
    const slides = Object.entries(pptx).filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(slides.length).toBe(2)
    expect(slides.every(([, xml]) => text(xml).includes(MARK))).toBe(true)

    // The 通报: the mark heads its pages.
    await page.goto(`${inject('baseUrl')}#/assessment`)
    await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
    const docx = zipEntries(await downloadBytes(await downloaded(page, () => page.getByTestId('download-notice').click())))
    const headers = Object.entries(docx).filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    expect(headers.some(([, xml]) => text(xml).includes(MARK))).toBe(true)
    expect(text(docx['word/document.xml']!)).toMatch(/headerReference/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('says 注意保密 without a department when so set, and leaves the 通报 unmarked when off', async () => {
    const { page, context } = await openPage(browser(), { width: 1366, height: 768 })
    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    await setWatermark(page, 'confidential')
    const svg = text(await downloadBytes(await downloaded(page, () => page.getByTestId('export-svg').first().click())))
    expect(svg).toContain('>注意保密<')
    await setWatermark(page, 'off')
    await page.goto(`${inject('baseUrl')}#/assessment`)
    await page.locator('[data-testid="score-table"] tbody tr').first().waitFor()
    const docx = zipEntries(await downloadBytes(await downloaded(page, () => page.getByTestId('download-notice').click())))
    expect(Object.keys(docx).some(name => /^word\/header\d*\.xml$/.test(name))).toBe(false)
    await context.close()
  })
})

describe('printing', () => {
  it.each([[1366, 768], [1920, 1080], [1024, 768]])('prints the overview on 2 A4 sheets, each headed with county, page and page x of n (%i×%i window)', async (width, height) => {
    const { page, context, errors } = await openPage(browser(), { width, height })
    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    await expect(page.getByTestId('print').textContent()).resolves.toBe('打印')
    await page.emulateMedia({ media: 'print' })
    await page.waitForTimeout(500)
    await allChartsRendered(page)
    if (width === 1366) await page.screenshot({ path: `${SHOTS}/print-overview-${width}.png`, fullPage: true })
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    const pages = await pdfPages(new Uint8Array(pdf))
    console.log(`overview printed at ${width}×${height}: ${pages.length} pages`)
    expect(pages.length).toBe(2)
    pages.forEach((p, i) => {
      expect(p).toContain('示例县 · 总览')
      expect(p).toContain(`第 ${i + 1} 页 / 共 2 页`)
    })
    expect(pages[1]).toMatch(/行政执法人员持证率排名/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('heads every sheet of a longer printout (compare, one chart a sheet) with 数据截至 once the county’s data is in', async () => {
    const { page, context, errors } = await openPage(browser(), { width: 1366, height: 768 })
    await page.goto(`${inject('baseUrl')}#/data`)
    await page.getByTestId('drop-zone').waitFor()
    await importFiles(page, 'data/examples/wide-chinese-headers.csv')
    const asOf = (await page.getByTestId('data-as-of').textContent()) ?? ''
    expect(asOf).toMatch(/^数据截至 \d{4}-\d{2}-\d{2}$/)
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    await page.emulateMedia({ media: 'print' })
    await page.waitForTimeout(500)
    const pages = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })))
    expect(pages.length).toBeGreaterThan(2)
    pages.forEach((p, i) => {
      expect(p).toContain('示例县 · 对比')
      expect(p).toContain(asOf)
      expect(p).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`)
    })
    expect(errors).toEqual([])
    await context.close()
  })
})
