// A generated county of `n` townships put into the running app's dataset store without a file (the
// Compare page's e2e use it to draw 40 or 1,500 townships in seconds): the list replaced, the data
// cleared, and the rows merged through the store's own door for confirmed rows (importConfirmed), so
// they reach the dataset as a table the way an import's do.
import type { Browser, Locator, Page } from 'playwright-core'
import { expect, inject } from 'vitest'
import { allChartsRendered, openPage, type WatchedPage } from './browser'
import { drawnTexts, recordCanvasText } from './canvasText'

/**
 * Replaces the loaded data with a generated county of `n` townships (one without a submission, one
 * whose submission is empty, one with a hostile name), through the dataset store of the running app.
 */
export async function loadGeneratedCounty(page: Page, n: number, hostile = '<b>hostile</b>'): Promise<void> {
  await page.evaluate(async ({ n, hostile }) => {
    type Store = Record<string, unknown> & {
      registry: { indicators: { id: string, core?: boolean, kind: string }[] }
      clearData: () => Promise<void>
      importConfirmed: (name: string, rows: unknown[]) => Promise<unknown>
    }
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, Store> } } } } }).__vue_app__
    const data = app.config.globalProperties.$pinia._s.get('dataset') as Store
    const ids = data.registry.indicators.filter(i => i.core).map(i => ({ id: i.id, rate: i.kind === 'rate' }))
    const syllables = ['东', '西', '南', '北', '桥', '河', '山', '石', '云', '松', '柳', '湖', '新', '安', '平', '乐', '兴', '和']
    const nameOf = (i: number) => (i === 1 ? hostile : `${syllables[i % 18]}${syllables[Math.floor(i / 18) % 18]}${i >= 324 ? syllables[Math.floor(i / 324) % 18] : ''}${i % 5 === 0 ? '街道' : '镇'}${i >= 324 ? i : ''}`)
    const townships = Array.from({ length: n }, (_, i) => ({ code: String(330100000 + i), name: nameOf(i), kind: '镇', population: 8000 + (i * 7919) % 60000, area_km2: null, aliases: [] }))
    const submissions = townships.slice(0, Math.max(1, n - 1)).map((t, i) => ({
      township: t.name, code: t.code, year: 2024, approx: [], derived: [], source: { file: '生成数据.csv', row: i + 2 },
      values: i === 2 ? {} : Object.fromEntries(ids.map(({ id, rate }, k) => [id, rate ? 60 + ((i * 31 + k * 17) % 41) : 1 + ((i * 13 + k * 7) % 60)])),
    }))
    await data.clearData()
    data.townships = townships
    if (await data.importConfirmed('生成数据.csv', submissions) === null) throw new Error('loadGeneratedCounty: the merge did not run')
  }, { n, hostile })
}

/** The names of the township list the running app holds (the generated county's, after loadGeneratedCounty). */
export const listedTownships = (page: Page): Promise<string[]> => page.evaluate(() => {
  const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, { townships: { name: string }[] }> } } } } }).__vue_app__
  return app.config.globalProperties.$pinia._s.get('dataset')!.townships.map(t => t.name)
})

/**
 * Waits until the panel has drawn again, then the township names among `names` that charts of `chart`
 * wrote on their canvases since the last call (canvasText's record).
 */
export async function townshipsDrawn(page: Page, panel: Locator, chart: string, names: ReadonlySet<string>): Promise<string[]> {
  await expect.poll(() => panel.getAttribute('data-rendered'), { timeout: 20_000 }).toBe('true')
  const drawn = (await drawnTexts(page)).filter(d => d.chart === chart && names.has(d.text))
  return [...new Set(drawn.map(d => d.text))]
}

/** A fresh page on 对比 at width × height, its canvas texts recorded, with a generated county of `n` townships loaded. */
export async function openGeneratedCompare(browser: Browser, width: number, height: number, n: number, hostile = '和平测试镇'): Promise<WatchedPage> {
  const opened = await openPage(browser, { width, height })
  await recordCanvasText(opened.page)
  await opened.page.goto(`${inject('baseUrl')}#/compare`)
  await allChartsRendered(opened.page)
  await loadGeneratedCounty(opened.page, n, hostile)
  return opened
}
