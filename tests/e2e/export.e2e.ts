// Snapshots in Chromium against the built app: a PNG drawn at export size × pixel ratio (never the
// on-screen size) with ink on it, an SVG that parses and carries its title, the page ZIP with one
// file per chart under readable names, and the page's PowerPoint deck with one picture per slide.
import { writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, SHOTS, useBrowser } from '../helpers/browser'
import { downloadBytes, isPng, pngSize, zipEntries } from '../helpers/files'

const PANEL = '[data-testid="chart-panel"]'

const browser = useBrowser()

/** Opens the export settings of the first panel and picks a size and a pixel ratio. */
async function chooseExport(page: Page, size: string, ratio: number): Promise<void> {
  const menu = page.getByTestId('export-settings').first()
  await menu.locator('summary').click()
  await menu.getByTestId(`export-size-${size}`).check()
  await menu.getByTestId(`export-ratio-${ratio}`).check()
  await menu.locator('summary').click()
}

/** Clicks and returns the download it starts. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])
  return file
}

/** Share of pixels of a PNG that are not white, decoded by the browser itself. */
function inkOf(page: Page, png: Uint8Array): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    let ink = 0
    for (let i = 0; i < data.length; i += 16) if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) ink++
    return ink / (data.length / 16)
  }, Buffer.from(png).toString('base64'))
}

describe('chart snapshots', () => {
  it.each([
    ['1600x900', 2, 3200, 1800],
    ['1920x1080', 3, 5760, 3240],
    ['1200x800', 1, 1200, 800],
  ])('downloads a PNG of %s at %i× as %i×%i pixels, drawn, named by year, indicator and chart', async (size, ratio, width, height) => {
    const { page, errors, context } = await openPage(browser(), { width: 1366, height: 768 })
    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    await chooseExport(page, size, ratio)
    const file = await download(page, () => page.getByTestId('export-png').first().click())
    expect(file.suggestedFilename()).toBe('2024-行政执法人员持证率-排名.png')
    const bytes = await downloadBytes(file)
    expect(isPng(bytes)).toBe(true)
    expect(pngSize(bytes)).toEqual({ width, height })
    expect(await inkOf(page, bytes)).toBeGreaterThan(0.05)
    if (size === '1600x900') writeFileSync(`${SHOTS}/export-ranking.png`, bytes)
    expect(errors).toEqual([])
    await context.close()
  })

  it('downloads an SVG that parses and carries the title, the source and the export date', async () => {
    const { page, errors, context } = await openPage(browser())
    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    const file = await download(page, () => page.getByTestId('export-svg').first().click())
    expect(file.suggestedFilename()).toBe('2024-行政执法人员持证率-排名.svg')
    const svg = Buffer.from(await downloadBytes(file)).toString('utf8')
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, width: doc.documentElement.getAttribute('width'), text: doc.documentElement.textContent ?? '' }
    }, svg)
    expect(parsed).toMatchObject({ error: false, root: 'svg', width: '1600' })
    expect(parsed.text).toContain('2024 行政执法人员持证率排名（%）')
    expect(parsed.text).toMatch(/数据来源：示例县-2024\.csv/)
    expect(parsed.text).toMatch(/导出于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('says clearly when the browser will not copy an image, and copies it where it will', async () => {
    const { page, context } = await openPage(browser())
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`${inject('baseUrl')}#/overview`)
    await allChartsRendered(page)
    await page.getByTestId('export-copy').first().click()
    const message = page.getByTestId('export-message').first()
    await expect.poll(() => message.textContent(), { timeout: 20_000 }).toMatch(/已复制|不允许网页复制图片|导出失败/)
    if ((await message.textContent())?.includes('已复制')) {
      const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap(item => item.types))
      expect(types).toContain('image/png')
    }
    await context.close()
  })
})

describe('whole-page exports', () => {
  it('downloads a ZIP of the Compare page with one PNG per chart, named by year, subject and chart', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1920, height: 1080 })
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    const panels = await page.locator(PANEL).count()
    const file = await download(page, () => page.getByTestId('export-page-zip').click())
    expect(file.suggestedFilename()).toBe('示例县-对比-图表.zip')
    const entries = zipEntries(await downloadBytes(file))
    const names = Object.keys(entries)
    expect(names).toHaveLength(panels)
    expect(names).toEqual(expect.arrayContaining([
      '2024-行政执法人员持证率-排名.png', '2024-行政执法人员持证率-行政执法人员数-散点图.png', '2024-行政执法-热力图.png',
      '2024-行政复议-结果.png', '2024-行政应诉-结果.png',
    ]))
    for (const bytes of Object.values(entries)) {
      expect(isPng(bytes)).toBe(true)
      expect(pngSize(bytes)).toEqual({ width: 3200, height: 1800 })
    }
    await expect(page.getByTestId('page-export-message').textContent()).resolves.toContain(`${panels} 个文件`)
    expect(errors).toEqual([])
    await context.close()
  })

  it('adds an SVG beside each PNG when the settings say so', async () => {
    const { page, context } = await openPage(browser(), { width: 1920, height: 1080 })
    await page.goto(`${inject('baseUrl')}#/trends?t=${encodeURIComponent('大同镇')}`)
    await allChartsRendered(page)
    const menu = page.getByTestId('export-settings').first()
    await menu.locator('summary').click()
    await menu.getByTestId('export-with-svg').check()
    const file = await download(page, () => page.getByTestId('export-page-zip').click())
    expect(Object.keys(zipEntries(await downloadBytes(file))).sort()).toEqual(['2022–2024-行政执法人员持证率-趋势.png', '2022–2024-行政执法人员持证率-趋势.svg'])
    await context.close()
  })

  it('downloads a PowerPoint deck of the page: a title slide, then one slide per chart with a picture and notes', async () => {
    const { page, errors, context } = await openPage(browser(), { width: 1920, height: 1080 })
    await page.goto(`${inject('baseUrl')}#/compare`)
    await allChartsRendered(page)
    const panels = await page.locator(PANEL).count()
    const file = await download(page, () => page.getByTestId('export-page-pptx').click())
    expect(file.suggestedFilename()).toBe('示例县-对比-演示文稿.pptx')
    const entries = zipEntries(await downloadBytes(file))
    const text = (name: string) => Buffer.from(entries[name] ?? new Uint8Array()).toString('utf8')
    const slides = Object.keys(entries).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slides).toHaveLength(panels + 1)
    expect(text('ppt/slides/slide1.xml')).toContain('示例县')
    for (let n = 2; n <= panels + 1; n++) {
      expect(text(`ppt/slides/slide${n}.xml`)).toContain('<p:pic>')
      const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(text(`ppt/slides/_rels/slide${n}.xml.rels`))?.[1]
      expect(media).toBeDefined()
      expect(isPng(entries[`ppt/media/${media}`] ?? new Uint8Array())).toBe(true)
    }
    const notes = Object.keys(entries).filter(n => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map(text).join('\n')
    expect(notes).toMatch(/表现最好：东城街道/)
    expect(notes).toMatch(/红灯：/)
    expect(errors).toEqual([])
    await context.close()
  })
})
