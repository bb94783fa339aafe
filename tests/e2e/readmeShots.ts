// Screenshots for the README (`npm run screenshots` builds first). Serves dist/ with Vite's preview server
// and saves PNGs of the main views under tests/e2e/readme/, the overview's print preview, and two slides of
// the old 1024×768 projector. The present-slide, exported PNG, data and report pictures there are copies of
// what the e2e tests save in tests/e2e/__screenshots__/.
import { preview } from 'vite'
import { launchBrowser, openPage } from '../helpers/browser'

const shots: { name: string, path: string, width: number, height: number, fullPage?: boolean, wait?: string, media?: 'print' }[] = [
  { name: 'overview', path: '#/overview', width: 1600, height: 1000 },
  { name: 'compare', path: '#/compare?t=%E5%A4%A7%E5%90%8C%E9%95%87', width: 1600, height: 1000 },
  { name: 'township', path: '#/township/%E5%A4%A7%E5%90%8C%E9%95%87', width: 1600, height: 1000 },
  { name: 'assessment', path: '#/assessment', width: 1600, height: 1000 },
  { name: 'print-overview', path: '#/overview', width: 1366, height: 1100, media: 'print' },
]
/** Compare-page charts put on slides at 1024×768, by builder, with the slide's picture name. */
const slides = [{ chart: 'heatmapOption', name: 'slide-heatmap-1024' }, { chart: 'scatterOption', name: 'slide-scatter-1024' }]

const server = await preview({ preview: { host: '127.0.0.1', port: 0, open: false }, logLevel: 'warn' })
const base = server.resolvedUrls?.local[0] ?? ''
const browser = await launchBrowser()
try {
  for (const s of shots) {
    const { page, context } = await openPage(browser, { width: s.width, height: s.height })
    await page.goto(`${base}${s.path}`)
    await page.locator(s.wait ?? '[data-testid="chart-panel"][data-rendered="true"]').first().waitFor({ timeout: 20_000 })
    // Not a test: let every chart on the page finish its entry animation before the picture.
    await page.waitForTimeout(2000)
    if (s.media) await page.emulateMedia({ media: s.media })
    await page.screenshot({ path: `tests/e2e/readme/${s.name}.png`, fullPage: s.fullPage ?? false })
    console.log(`tests/e2e/readme/${s.name}.png`)
    await context.close()
  }
  const { page, context } = await openPage(browser, { width: 1024, height: 768 })
  await page.goto(`${base}#/compare?ind=enforcement_cert_rate&year=2024`)
  for (const { chart } of slides) {
    const panel = page.locator(`[data-testid="chart-panel"][data-chart="${chart}"]`).first()
    await panel.getByTestId('add-to-deck').click()
    await panel.getByTestId('export-message').filter({ hasText: /\d/ }).waitFor()
  }
  await page.getByTestId('deck-link').click()
  await page.getByTestId('present-start').click()
  for (const { name } of slides) {
    await page.locator('[data-testid="slide-show"] [data-testid="slide"][data-rendered="true"]').waitFor()
    await page.waitForTimeout(1000)
    await page.screenshot({ path: `tests/e2e/readme/${name}.png` })
    console.log(`tests/e2e/readme/${name}.png`)
    await page.keyboard.press('ArrowRight')
  }
  await context.close()
} finally {
  await browser.close()
  await server.close()
}
