// A long session: 200 switches of page and indicator and 50 imported files must not grow the JS heap
// (after garbage collection) by more than 12 % and 20 %, and must leave no ECharts instance undisposed.
// Heap: CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage. Undisposed charts: an ECharts
// instance keeps its canvas alive until disposed, so live <canvas> objects in the heap (CDP
// Runtime.queryObjects) must match the canvases on screen, as they did after the warm-up.
import type { Browser, CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, openPage } from '../helpers/browser'
import { importFiles } from '../helpers/importFiles'
import { heapAfterGc } from '../helpers/pageMeasures'
import { callStore, navigate, pageReady, pageShown, type PageName } from '../helpers/tour'

const SWITCHES = 200
const WARM_UP_ROUNDS = 10
const IMPORTS = 50
const INDICATORS = ['inspections', 'penalty_cases', 'disclosures', 'publicity_events', 'enforcement_cert_rate', 'case_file_pass_rate', 'mediation_success_rate', 'penalty_amount']
/** One round of ten switches: six pages, and two indicator changes on each of the two indicator pages. */
const ROUND: ({ page: PageName } | { indicator: true })[] = [
  { page: 'compare' }, { indicator: true }, { indicator: true }, { page: 'trends' }, { indicator: true }, { indicator: true },
  { page: 'township' }, { page: 'overview' }, { page: 'data' }, { page: 'present' },
]
const TOWNSHIPS = ['城关街道', '东城街道', '西城街道', '南湖街道', '大同镇', '柳溪镇', '青石镇', '白马镇', '龙泉镇', '石门镇', '太平镇', '三合镇', '金桥镇', '河口镇', '双河镇', '桃源镇', '高坪乡', '云岭乡', '竹园乡', '红岩乡', '杨柳乡']

let browser: Browser
beforeAll(async () => { browser = await launchBrowser() })
afterAll(async () => { await browser?.close() })

/** Canvas elements alive in the heap (on screen or not) minus those in the document. */
async function canvasesOffScreen(cdp: CDPSession, page: Page): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const proto = await cdp.send('Runtime.evaluate', { expression: 'HTMLCanvasElement.prototype' })
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId ?? '' })
  const length = await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId ?? '', functionDeclaration: 'function () { return this.length }', returnByValue: true })
  await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId ?? '' })
  const inDocument = await page.locator('canvas').count()
  return Number(length.result.value) - inDocument
}

/** ECharts instances in the document and chart panels on screen. */
const chartsOnScreen = (page: Page) => page.evaluate(() => ({
  instances: document.querySelectorAll('[_echarts_instance_]').length,
  panels: document.querySelectorAll('[data-testid="chart-panel"] [_echarts_instance_], [data-testid="slide"] [_echarts_instance_]').length,
}))

/** One file for one township-year the dataset does not hold yet (years before the sample's), so no conflict is asked. */
function smallFile(n: number) {
  const township = TOWNSHIPS[n % TOWNSHIPS.length] ?? '城关街道'
  const year = 2021 - Math.floor(n / TOWNSHIPS.length)
  const text = `乡镇,年度,行政检查次数（次）,行政处罚案件数（件）\n${township},${year},${100 + n},${20 + (n % 7)}\n`
  return { name: `长会话-${String(n + 1).padStart(2, '0')}.csv`, mimeType: 'text/csv', buffer: Buffer.from(text) }
}

/**
 * Dropped from inside the page, as a user's drop is: with setInputFiles, the element handle Playwright
 * keeps holds the file input, and through it the whole data page with its 50 result cards alive after
 * the page is left (the harness's retention, not the app's).
 */
async function importOne(page: Page, file: ReturnType<typeof smallFile>): Promise<void> {
  await importFiles(page, [file], { wait: false, via: 'drop' })
  await page.locator(`[data-testid="file-results"][data-busy="false"] [data-testid="file-result"][data-file="${file.name}"]`).waitFor()
}

describe('long session', () => {
  it(`keeps the heap within 12 % (switches) and 20 % (imports) and disposes every chart over ${SWITCHES} switches and ${IMPORTS} imports`, async () => {
    const { page, context, errors } = await openPage(browser, { width: 1366, height: 768 })
    const cdp = await context.newCDPSession(page)
    await page.goto(`${inject('baseUrl')}#/overview`)
    await pageReady(page, 'overview')
    await page.getByTestId('add-to-deck').first().click()

    let indicator = 0
    let switches = 0
    let current: PageName = 'overview'
    const run = async (steps: number) => {
      for (let i = 0; i < steps; i++) {
        const step = ROUND[switches++ % ROUND.length]!
        // Charts made, not waited on to finish drawing: a user clicks on while they animate.
        if ('page' in step) {
          current = step.page
          await navigate(page, current, { drawn: false })
        } else {
          await callStore(page, 'view', 'setIndicator', INDICATORS[indicator++ % INDICATORS.length])
          await pageShown(page, current)
        }
      }
    }

    // Warm-up: ten rounds of every page and one import, so that lazy chunks are loaded, caches filled
    // and the JIT's optimised code (which alone grows the heap by ~1 MB over the first rounds) is in place.
    await run(WARM_UP_ROUNDS * ROUND.length)
    await navigate(page, 'data')
    await importOne(page, smallFile(IMPORTS))
    await navigate(page, 'overview')
    const started = Date.now()
    const baseline = await heapAfterGc(cdp)
    const baselineOff = await canvasesOffScreen(cdp, page)

    switches = 0
    await run(SWITCHES)
    const switchMs = Date.now() - started
    const afterSwitches = await heapAfterGc(cdp)
    await navigate(page, 'data')
    const importStart = Date.now()
    for (let n = 0; n < IMPORTS; n++) await importOne(page, smallFile(n))
    const importMs = Date.now() - importStart
    await navigate(page, 'overview')
    await pageReady(page, 'overview')
    const end = await heapAfterGc(cdp)
    const endOff = await canvasesOffScreen(cdp, page)
    const charts = await chartsOnScreen(page)

    const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`
    console.log([
      `heap after GC: warm-up ${mb(baseline)}; after ${SWITCHES} switches ${mb(afterSwitches)} (${((afterSwitches / baseline - 1) * 100).toFixed(1)} %, ${(switchMs / SWITCHES).toFixed(0)} ms a switch);`,
      `after ${IMPORTS} imports ${mb(end)} (${((end / baseline - 1) * 100).toFixed(1)} % of warm-up, ${(importMs / IMPORTS).toFixed(0)} ms an import)`,
      `canvases alive off screen: ${baselineOff} after warm-up, ${endOff} at the end; ECharts instances in the document ${charts.instances}, in chart panels ${charts.panels}`,
    ].join('\n'))
    // Profiled (heap snapshots diffed by constructor): with a 3-round warm-up, most of the growth was V8's
    // compiled code for paths first optimised during the switches (+14–18 %), and after the imports the
    // data page that Playwright's file-input handle kept alive (+23–27 %). With 10 warm-up rounds and
    // drops made in the page: +2.8 % after the switches and +5.1 % after the 50 imports (their rows,
    // receipts and issue logs). One leaked page or chart per switch (~0.1 MB) exceeds these limits.
    expect(afterSwitches / baseline).toBeLessThanOrEqual(1.12)
    expect(end / baseline).toBeLessThanOrEqual(1.2)
    expect(endOff).toBeLessThanOrEqual(baselineOff)
    expect(charts.instances).toBe(charts.panels)
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
