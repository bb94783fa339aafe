// The English UI in Chromium: every page, tab and dialog, with the bundled county, an import that raises
// issues and a report, shows no Chinese but names from the data (townships, files, the county, the
// imported files' own cells and text) — in its text, its attributes and the words drawn on its charts'
// canvases, and in its exports (an SVG picture, a PowerPoint deck). Element Plus in Chinese: elementPlusChinese.e2e.ts.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { allChartsRendered, openPage, SHOTS, useBrowser, switchLocale } from '../helpers/browser'
import { byLength, chineseOnPage, recordCanvasText, runs } from '../helpers/chineseOnPage'
import { downloadBytes, zipEntries } from '../helpers/files'
import { importFiles } from '../helpers/importFiles'

const browser = useBrowser()

/** A file whose rows raise issues of many kinds: a word for a number, an unknown township and column, a rate over 100. */
const ISSUE_FILE = 'issues-en.csv'
const ISSUE_CSV = [
  '乡镇,年度,行政执法人员数,持行政执法证件人数,行政执法人员持证率,行政检查次数,行政处罚案件数,自创指标',
  '大同镇,2025,30,40,120,很多,3,7',
  '桃园镇,2025,10,8,80,12,2,1',
  ',2025,1,1,100,1,1,1',
  '龙泉镇,明年,1,1,100,1,1,1',
].join('\n')
const REPORT = 'tests/fixtures/reports/qingshi-2024.txt'
/** A pasted report with a doubted figure and one the extractor cannot assign. */
const PASTED = '大同镇人民政府\n2024年度法治政府建设情况报告\n组织全体机关干部集体学法10次。规范性文件方面，镇政府提请县司法局前置把关4件。全年开展行政检查76次。\n'
/** Files the readers refuse or tidy, each with its own message: the words around the cells must be English. */
const BAD_FILES: Record<string, string> = {
  'header-only.csv': '乡镇,年度,行政检查次数\n',
  'no-township.csv': '名字,年度,行政检查次数\n大同镇,2025,3\n',
  'quotes.csv': '乡镇,年度,行政检查次数\n"大同镇,2025,3\n桃园镇,2025,4\n',
  'bad.json': '{"submissions": [',
  'stat-form.csv': '指标名称,计量单位,本期实际\n行政检查次数,,12\n',
  'fractions.csv': '乡镇,年度,行政执法人员持证率\n大同镇,2025,0.95\n桃园镇,2025,0.8\n',
  'total-row.csv': '乡镇,年度,行政检查次数\n大同镇,2025,3\n桃园镇,2025,4\n合计,2025,9\n',
  'damaged.xlsx': 'PK\u0003\u0004 this is no workbook',
  'report.rtf': '{\\rtf1 }',
}

/**
 * Names that come from the data and may stay Chinese, read from the data itself: townships and their
 * aliases and kinds (data/townships.csv), the county (data/dashboard.json), the bundled files'
 * names, and every cell of the imported file.
 */
function dataNames(): string[] {
  const rows = readFileSync('data/townships.csv', 'utf8').trim().split('\n').slice(1).map(l => l.split(','))
  const townships = rows.flatMap(r => [r[1] ?? '', r[2] ?? '', ...(r[5] ?? '').split('|')])
  const county = JSON.parse(readFileSync('data/dashboard.json', 'utf8')).county as string
  const files = ['2022.csv', '2023.csv', '2024.csv'].map(f => `${county}-${f}`)
  const cells = [ISSUE_CSV, ...Object.values(BAD_FILES)].flatMap(f => f.split('\n')).flatMap(l => l.split(',')).map(c => c.replace(/"/g, ''))
  // The language switch names the other language in that language.
  const otherLanguage = ['中文']
  return byLength([...files, ...townships, county, ...cells, ...otherLanguage])
}

/** The reports' own text: shown (marked lang="zh-CN", or quoted “…”) while they are reviewed. */
const reportText = (): string => (readFileSync(REPORT, 'utf8') + PASTED).replace(/\s+/g, '')

async function settle(page: Page, ms = 1500) {
  await page.waitForLoadState('networkidle').catch(() => {})
  await page.waitForTimeout(ms)
}

describe('the English UI', () => {
  it('shows no Chinese but data names on every page, tab, dialog and chart', async () => {
    const { page, context, errors } = await openPage(browser())
    await page.addInitScript(recordCanvasText)
    const names = dataNames()
    const quotable = reportText()
    const report: Record<string, string[]> = {}
    const look = async (name: string) => {
      report[name] = await chineseOnPage(page, names, quotable)
      writeFileSync(`${SHOTS}/english-report.json`, JSON.stringify(report, null, 1))
    }
    await page.goto(`${inject('baseUrl')}#/data`)
    await page.getByTestId('drop-zone').waitFor()
    await switchLocale(page)
    await look('start')
    await importFiles(page, [{ name: ISSUE_FILE, mimeType: 'text/csv', buffer: Buffer.from(ISSUE_CSV) }], { wait: false })
    await page.locator(`[data-testid="file-result"][data-file="${ISSUE_FILE}"]`).waitFor()
    const dialog = page.getByTestId('mapping-dialog')
    await dialog.waitFor()
    await look('mapping')
    await page.locator('.el-dialog__headerbtn').click()
    await dialog.waitFor({ state: 'hidden' })
    const openDetails = async () => {
      for (const toggle of ['toggle-issues', 'toggle-skipped']) {
        const shut = page.getByTestId(toggle).filter({ hasText: /^\s*Show/ })
        for (let n = await shut.count(); n > 0; n = await shut.count()) await shut.first().click()
      }
      await settle(page, 500)
    }
    await openDetails()
    await look('import')
    // The checks' messages come from their codes: English, with English indicator labels.
    const card = page.locator(`[data-testid="file-result"][data-file="${ISSUE_FILE}"]`)
    await expect(card.textContent()).resolves.toMatch(/Staff holding an enforcement certificate 40 is more than Administrative-enforcement staff 30/)
    await expect(card.textContent()).resolves.toMatch(/Enforcement certification rate 120 is outside 0–100/)
    // Files the readers refuse or tidy: every reader's message in English.
    await page.getByTestId('import-input').setInputFiles(Object.entries(BAD_FILES).map(([name, text]) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) })))
    for (const name of Object.keys(BAD_FILES).filter(n => !n.endsWith('.rtf'))) await page.locator(`[data-testid="file-result"][data-file="${name}"]:not([data-status="reading"])`).waitFor({ state: "attached", timeout: 20_000 })
    const conflict = page.getByTestId('conflict-dialog')
    if (await conflict.isVisible()) {
      await look('conflict')
      await page.getByTestId('conflict-confirm').click()
      await conflict.waitFor({ state: 'hidden' })
    }
    await page.locator('#tab-import').click()
    await openDetails()
    await page.screenshot({ path: `${SHOTS}/english-import-refused.png`, fullPage: true })
    await look('import-refused')
    // Reports: one imported from its file, one pasted (a doubted figure and one not recognised), reviewed with their text on screen.
    await page.getByTestId('import-input').setInputFiles(resolve(process.cwd(), REPORT))
    await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor({ timeout: 20_000 })
    await page.locator('#tab-import').click()
    await page.getByTestId('paste-report-toggle').click()
    await page.getByTestId('paste-report-box').fill(PASTED)
    await page.getByTestId('paste-report-submit').click()
    await page.locator('#tab-reports').click()
    await page.locator('[data-testid="report-current"][data-state="ready"]').waitFor({ timeout: 20_000 })
    await settle(page)
    await look('reports')
    const unread = page.getByTestId('report-unreadable')
    if (await unread.count() > 0) {
      await unread.getByTestId('unreadable-value').first().fill('4')
      await unread.getByTestId('unreadable-add').first().click()
      await settle(page, 300)
    }
    await page.getByTestId('report-queue-item').filter({ hasText: 'qingshi' }).click()
    await settle(page)
    await look('reports-second')
    await page.getByTestId('report-queue-item').filter({ hasText: 'report.rtf' }).click()
    await settle(page, 500)
    await look('reports-unreadable-file')
    await page.getByTestId('report-queue-item').filter({ hasText: 'qingshi' }).click()
    await settle(page, 500)
    await page.getByTestId('report-mark').first().hover()
    await settle(page, 300)
    await look('reports-mark')
    for (const tab of ['tab-tracker', 'tab-table', 'tab-townships']) {
      await page.locator(`#${tab}`).click()
      await settle(page, 800)
      await look(tab)
    }
    // The township form: a new township refused for a blank name and for a taken code, then one edited.
    await page.getByTestId('township-add').click()
    const form = page.getByTestId('township-form')
    await form.waitFor()
    await page.getByTestId('township-form-save').click()
    await settle(page, 300)
    await look('township-form')
    const firstCode = readFileSync('data/townships.csv', 'utf8').split('\n')[1]?.split(',')[0] ?? ''
    await page.getByTestId('township-form-name').locator('xpath=descendant-or-self::input').fill('Newtown')
    await page.getByTestId('township-form-code').locator('xpath=descendant-or-self::input').fill(firstCode)
    await page.getByTestId('township-form-save').click()
    await settle(page, 300)
    await look('township-form-taken')
    await page.getByTestId('township-form-code').locator('xpath=descendant-or-self::input').fill('12')
    await page.getByTestId('township-form-save').click()
    await settle(page, 300)
    await look('township-form-code')
    await page.keyboard.press('Escape')
    await form.waitFor({ state: 'hidden' })
    await page.locator('[data-testid^="township-edit-"]').first().click()
    await form.waitFor()
    await settle(page, 300)
    await look('township-form-edit')
    await page.keyboard.press('Escape')
    await form.waitFor({ state: 'hidden' })
    // A township list whose rows the list's reader refuses.
    await page.getByTestId('township-import-input').setInputFiles([{ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('code,name,kind\n12,,镇\n') }])
    await settle(page, 500)
    await look('township-import')
    for (const [nav, path] of [['Overview', 'overview'], ['Compare', 'compare'], ['Township', 'township'], ['Trends', 'trends'], ['Assessment', 'assessment'], ['Present', 'present']] as const) {
      await page.locator('.app-nav a', { hasText: nav }).click()
      await settle(page, 2500)
      await page.mouse.wheel(0, 3000)
      await settle(page, 800)
      await look(path)
      await page.screenshot({ path: `${SHOTS}/english-${path}.png`, fullPage: true })
    }
    // An indicator's definition (its 口径) and the export settings, opened.
    await page.locator('.app-nav a', { hasText: 'Overview' }).click()
    await page.getByTestId('indicator-name').first().hover()
    await page.getByTestId('indicator-definition').first().waitFor()
    await look('definition')
    await page.getByTestId('export-settings').first().locator('summary').click().catch(() => {})
    await settle(page, 300)
    await look('export-settings')
    writeFileSync(`${SHOTS}/english-report.json`, JSON.stringify(report, null, 1))
    // Every page, tab, dialog, chart, definition and setting is clean.
    expect(report).toEqual(Object.fromEntries(Object.keys(report).map(p => [p, []])))
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})

/** The words an SVG draws (its text nodes), read back by the browser's own parser. */
async function svgText(page: Page, svg: string): Promise<string> {
  return page.evaluate(text => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text, tspan')].map(n => n.textContent ?? '').join('\n'), svg)
}

/** The lines of a text with Chinese left once the data's names are taken out. */
const strip = (text: string, names: string[]): string[] => names.reduce((t, n) => t.split(n).join(' '), text).split('\n').filter(l => runs(l).length > 0)

/** The text of a PowerPoint part: its runs (<a:t>), one per line. */
const pptxRuns = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1] ?? '').join('\n')

describe('English exports', () => {
  it('writes an SVG picture’s frame and a PowerPoint deck’s slides and notes in English', async () => {
    const { page, context, errors } = await openPage(browser(), { width: 1920, height: 1080 })
    const names = dataNames()
    const download = async (id: string) => {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(id).first().click()])
      return downloadBytes(file)
    }
    await page.goto(`${inject('baseUrl')}#/overview`)
    await switchLocale(page)
    await allChartsRendered(page)
    const svg = await svgText(page, Buffer.from(await download('export-svg')).toString('utf8'))
    expect(svg).toMatch(/Source: /)
    expect(svg).toMatch(/Exported \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    await page.locator('.app-nav a', { hasText: 'Compare' }).click()
    await allChartsRendered(page)
    const entries = zipEntries(await download('export-page-pptx'))
    const part = (re: RegExp) => Object.keys(entries).filter(n => re.test(n)).map(n => pptxRuns(Buffer.from(entries[n] ?? new Uint8Array()).toString('utf8'))).join('\n')
    const notes = part(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)
    const slides = part(/^ppt\/slides\/slide\d+\.xml$/)
    expect(notes).toMatch(/Best: /)
    expect(notes).toMatch(/Red: /)
    const found = { svg: strip(svg, names), slides: strip(slides, names), notes: strip(notes, names) }
    writeFileSync(`${SHOTS}/english-exports.json`, JSON.stringify({ svg, slides, notes }, null, 1))
    expect(found).toEqual({ svg: [], slides: [], notes: [] })
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
