// Indicator definitions (#15.13): hovering or focusing an indicator's name shows its 口径 from the
// registry (definition, formula, unit) on the overview, township, compare, trends and data pages and in
// the indicator picker's list; in English the words are English and the Chinese definition says so.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openPage, SHOTS, useBrowser, switchLocale } from '../helpers/browser'

const registry = JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { id: string, label_zh: string, label_en: string, definition_zh: string, definition_en: string, unit: string, formula: string | null }[]
const byId = new Map(registry.map(i => [i.id, i]))
const browser = useBrowser()

/** The visible tooltip of an indicator, its text once shown. */
async function tipOf(page: Page, id: string): Promise<string> {
  const tip = page.locator(`[data-testid="indicator-definition"][data-indicator="${id}"]`).filter({ visible: true })
  await tip.first().waitFor({ timeout: 10_000 })
  return (await tip.first().textContent()) ?? ''
}

/**
 * Hovers or focuses (Tab-style, no mouse) the name until its tooltip shows, and gives the tip's text.
 * A hover or focus that comes before the page has settled (the tip's code still loading, the name drawn
 * again, a busy machine) is made again, as a person would move the mouse or tab back.
 */
async function showTip(page: Page, name: ReturnType<Page['locator']>, id: string, how: 'hover' | 'focus'): Promise<string> {
  let text = ''
  await expect.poll(async () => {
    if (how === 'hover') {
      await page.mouse.move(0, 0)
      await name.hover()
    } else {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await name.focus()
    }
    const tip = page.locator(`[data-testid="indicator-definition"][data-indicator="${id}"]`).filter({ visible: true }).first()
    text = await tip.textContent({ timeout: 2000 }).catch(() => '') ?? ''
    return text
  }, { timeout: 20_000, interval: 500 }).toMatch(/[:：]/)
  return text
}

const expectTip = (text: string, id: string) => {
  const i = byId.get(id)!
  expect(text).toContain(i.label_zh)
  expect(text).toContain(`定义：${i.definition_zh}`)
  expect(text).toContain(`单位：${i.unit === '' ? '无' : i.unit}`)
  if (i.formula) expect(text).toMatch(/计算公式：\S+ ÷ /)
}

describe('indicator definitions', () => {
  it.each([[1366, 768], [1024, 768]])('shows the 口径 on hover and on keyboard focus on every page at %i×%i', async (width, height) => {
    const { page, context, errors } = await openPage(browser(), { width, height })
    const base = inject('baseUrl')

    // Overview: a KPI card's name, hovered.
    await page.goto(`${base}#/overview`)
    const kpiName = page.getByTestId('kpi-card').first().getByTestId('indicator-name')
    await kpiName.waitFor()
    const kpiId = (await kpiName.getAttribute('data-indicator'))!
    expectTip(await showTip(page, kpiName, kpiId, 'hover'), kpiId)
    await page.screenshot({ path: `${SHOTS}/definition-overview-${width}.png` })

    // Township page: a row's name reached with the keyboard (focus, no mouse).
    await page.goto(`${base}#/township/${encodeURIComponent('大同镇')}`)
    const row = page.locator('[data-testid="township-table"] tr[data-indicator="enforcement_cert_rate"]').getByTestId('indicator-name')
    await row.waitFor()
    await page.mouse.move(0, 0)
    expectTip(await showTip(page, row, 'enforcement_cert_rate', 'focus'), 'enforcement_cert_rate')

    // Compare page: the picker's list, hovered, and the ⓘ beside the chosen indicator, focused.
    await page.goto(`${base}#/compare`)
    const picker = page.getByTestId('indicator-picker')
    await picker.waitFor()
    await picker.click()
    const option = page.locator('.el-select-dropdown__item').filter({ visible: true }).getByTestId('indicator-name').nth(2)
    const optionId = (await option.getAttribute('data-indicator'))!
    await option.hover()
    expectTip(await tipOf(page, optionId), optionId)
    await page.screenshot({ path: `${SHOTS}/definition-picker-${width}.png` })
    await page.keyboard.press('Escape')
    const info = page.getByTestId('indicator-picker-info').first()
    const chosen = (await info.getAttribute('data-indicator'))!
    expectTip(await showTip(page, info.getByTestId('indicator-name'), chosen, 'focus'), chosen)

    // Trends page: the picker's ⓘ; data page: the figure table's indicator column.
    await page.goto(`${base}#/trends`)
    const trendInfo = page.getByTestId('indicator-picker-info').first()
    await trendInfo.waitFor()
    const trendId = (await trendInfo.getAttribute('data-indicator'))!
    expectTip(await showTip(page, trendInfo.getByTestId('indicator-name'), trendId, 'hover'), trendId)

    await page.goto(`${base}#/data`)
    await page.getByRole('tab', { name: '全部数据' }).click()
    const cell = page.locator('.el-table__body').getByTestId('indicator-name').first()
    await cell.waitFor()
    const cellId = (await cell.getAttribute('data-indicator'))!
    expectTip(await showTip(page, cell, cellId, 'hover'), cellId)
    expect(errors).toEqual([])
    await context.close()
  })

  it('says it in English, with English labels in the formula', async () => {
    const { page, context } = await openPage(browser(), { locale: 'en' })
    await page.goto(`${inject('baseUrl')}#/township/${encodeURIComponent('大同镇')}`)
    await switchLocale(page)
    const row = page.locator('[data-testid="township-table"] tr[data-indicator="enforcement_cert_rate"]').getByTestId('indicator-name')
    await row.waitFor()
    const text = await showTip(page, row, 'enforcement_cert_rate', 'focus')
    const i = byId.get('enforcement_cert_rate')!
    expect(text).toContain(i.label_en)
    expect(text).toContain(`${byId.get('enforcement_certified')!.label_en} ÷ ${byId.get('enforcement_staff')!.label_en} × 100`)
    // The registry defines every indicator in English too: the English definition, no Chinese one and no note.
    expect(text).toContain(i.definition_en)
    expect(text).not.toContain(i.definition_zh)
    expect(text).not.toContain('defines it in Chinese')
    expect(text).toContain('higher is better')
    await page.screenshot({ path: `${SHOTS}/definition-english-1366.png` })
    await context.close()
  })
})
