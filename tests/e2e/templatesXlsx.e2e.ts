// Templates and the Excel export as a clerk gets them: the downloaded templates ask for the county's
// 复议, 应诉 and 案卷评查 figures too (and a filled one feeds the outcome charts); the exported
// workbook holds every figure as a number cell, with 约数标注 and 来源 in columns of their own.
import { readFileSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import * as XLSX from '@e965/xlsx'
import { openPage, useBrowser } from '../helpers/browser'
import { clearData } from '../helpers/clearData'
import { importFiles } from '../helpers/importFiles'

const browser = useBrowser()
const COUNTY_COLUMNS = ['被申请行政复议案件数（新收）（件）', '复议维持数（件）', '被复议纠错数（件）', '行政应诉案件数（新收）（件）', '行政诉讼胜诉数（件）', '行政诉讼败诉数（件）', '执法案卷评查数（件）', '评查合格案卷数（件）']

async function dataPage() {
  const watched = await openPage(browser(), { width: 1366, height: 768 })
  await watched.page.goto(`${inject('baseUrl')}#/data`)
  await watched.page.getByTestId('drop-zone').waitFor()
  return watched
}
const downloaded = async (page: Page, testid: string): Promise<Download> => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()])
  return file
}
const workbook = async (d: Download) => XLSX.read(readFileSync(await d.path()), { type: 'buffer' })
const headerRow = (sheet: XLSX.WorkSheet) => (XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0] ?? []).map(String)

describe('templates and the Excel export', () => {
  it('asks for the 复议, 应诉 and 案卷评查 figures in both templates, explains who fills them, and a filled one feeds the outcome charts', async () => {
    const { page, context, errors } = await dataPage()
    const csv = readFileSync(await (await downloaded(page, 'template-csv')).path(), 'utf8')
    const csvHeader = csv.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',')
    const xlsx = await downloaded(page, 'template-xlsx')
    const book = await workbook(xlsx)
    expect(book.SheetNames).toEqual(['填报数据', '指标说明'])
    const header = headerRow(book.Sheets['填报数据']!)
    for (const column of COUNTY_COLUMNS) {
      expect(header, column).toContain(column)
      expect(csvHeader, column).toContain(column)
    }
    // After the township's own columns; rates computed from their parts are not asked.
    expect(header.indexOf('被申请行政复议案件数（新收）（件）')).toBeGreaterThan(header.indexOf('行政执法人员数（人）'))
    expect(header.some(h => h.startsWith('行政诉讼胜诉率'))).toBe(false)
    const guide = XLSX.utils.sheet_to_json<string[]>(book.Sheets['指标说明']!, { header: 1 })
    expect(guide.find(r => r[0] === 'litigation_won')?.[6]).toMatch(/县级来源/)

    // 大同镇 fills in 应诉 and 复议 outcomes; the compare page's outcome charts draw them.
    const data = book.Sheets['填报数据']!
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(data, { header: 1, defval: null })
    const at = rows.findIndex(r => r[0] === '大同镇')
    expect(at).toBeGreaterThan(0)
    const put = (column: string, value: number) => { data[XLSX.utils.encode_cell({ r: at, c: header.indexOf(column) })] = { t: 'n', v: value } }
    put('行政应诉案件数（新收）（件）', 6); put('行政诉讼审结数（件）', 5); put('行政诉讼胜诉数（件）', 4); put('行政诉讼败诉数（件）', 1)
    put('被申请行政复议案件数（新收）（件）', 3); put('复议案件审结数（件）', 3); put('复议维持数（件）', 2); put('被复议纠错数（件）', 1)
    const filled = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
    await importFiles(page, [{ name: '大同镇-填报.xlsx', mimeType: 'application/octet-stream', buffer: filled }])
    await expect(page.locator('[data-testid="file-result"][data-file="大同镇-填报.xlsx"]').getAttribute('data-status')).resolves.toBe('ok')
    await page.goto(`${inject('baseUrl')}#/compare?year=${rows[at]![1]}`)
    const outcome = page.locator('[data-chart="outcomeBarOption"]')
    await outcome.first().locator('[data-rendered="true"], canvas').first().waitFor()
    const figures: string[] = []
    for (const panel of await outcome.all()) {
      const [file] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('export-chart-csv').click()])
      figures.push(readFileSync(await file.path(), 'utf8'))
    }
    expect(figures.join('\n')).toMatch(/大同镇,2,1|大同镇.*\b2\b.*\b1\b/)
    expect(figures.join('\n')).toMatch(/大同镇.*\b4\b.*\b1\b/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('exports figures as number cells (approximate ones too), 约数标注 and 来源 in their own columns, and reads back to the same figures', async () => {
    const { page, context, errors } = await dataPage()
    const csv = '乡镇,年度,行政检查次数（次）,罚没金额（万元）,行政执法人员数（人）\n大同镇,2024,约5000,1.2,20\n青石镇,2024,300,不少于0.5,10\n'
    await importFiles(page, [{ name: '约数.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }])
    await page.getByRole('tab', { name: '全部数据' }).click()
    const xlsx = await downloaded(page, 'export-xlsx')
    const sheet = (await workbook(xlsx)).Sheets['数据']!
    const header = headerRow(sheet)
    expect(header).toEqual(['乡镇', '年度', '行政执法人员数（人）', '行政检查次数（次）', '罚没金额（元）', '约数标注', '来源'])
    const cell = (row: number, column: string) => sheet[XLSX.utils.encode_cell({ r: row, c: header.indexOf(column) })] as XLSX.CellObject | undefined
    const rowOf = (township: string) => XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }).findIndex(r => r[0] === township)
    const datong = rowOf('大同镇')
    const qingshi = rowOf('青石镇')
    expect([cell(datong, '行政检查次数（次）')?.t, cell(datong, '行政检查次数（次）')?.v]).toEqual(['n', 5000])
    expect([cell(datong, '罚没金额（元）')?.t, cell(datong, '罚没金额（元）')?.v]).toEqual(['n', 12000])
    expect([cell(qingshi, '罚没金额（元）')?.t, cell(qingshi, '罚没金额（元）')?.v]).toEqual(['n', 5000])
    expect([cell(datong, '年度')?.t, cell(datong, '行政执法人员数（人）')?.t]).toEqual(['n', 'n'])
    expect(cell(datong, '约数标注')?.v).toBe('行政检查次数（次）：约')
    expect(cell(qingshi, '约数标注')?.v).toBe('罚没金额（元）：约')
    expect(cell(datong, '来源')?.v).toBe('约数.csv 第2行')
    expect(cell(qingshi, '来源')?.v).toBe('约数.csv 第3行')

    // Read back: the same figures, the approximate ones still approximate (约 in the table).
    await clearData(page)
    await page.getByRole('tab', { name: '导入文件' }).click()
    await importFiles(page, [{ name: 'back.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(await xlsx.path()) }])
    await expect(page.locator('[data-testid="file-result"][data-file="back.xlsx"]').getAttribute('data-status')).resolves.toBe('ok')
    await page.getByRole('tab', { name: '全部数据' }).click()
    const again = readFileSync(await (await downloaded(page, 'export-csv')).path(), 'utf8')
    expect(again).toMatch(/大同镇,2024,20,约5000,12000/)
    expect(again).toMatch(/青石镇,2024,10,300,约5000/)
    expect(errors).toEqual([])
    await context.close()
  })
})
