// What the charts write on their canvases, as drawn: CanvasRenderingContext2D.fillText/strokeText are
// wrapped before the app loads, and each text is kept with its size, the chart it belongs to (the
// nearest data-chart) and its box on its canvas in CSS px (transform, alignment and baseline applied; the canvas
// may move on the page after it was drawn, so add its current bounding box to point at it).
import type { Page } from 'playwright-core'

export interface DrawnText {
  text: string
  /** Font size as set, px of the canvas before its transform. */
  px: number
  /** Builder of the chart drawn into (data-chart of the nearest element carrying one); '' when none. */
  chart: string
  /** Whether the canvas is inside the slide show. */
  slide: boolean
  /** Box on its canvas, CSS px from the canvas's top left. */
  box: { x: number, y: number, width: number, height: number }
}

/** Starts recording; call before the first goto. */
export async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = []
    Object.assign(window, { __canvasText: seen })
    for (const name of ['fillText', 'strokeText'] as const) {
      const original = CanvasRenderingContext2D.prototype[name]
      CanvasRenderingContext2D.prototype[name] = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
        const canvas = this.canvas
        if (canvas instanceof HTMLCanvasElement && canvas.isConnected) {
          const px = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 0)
          const width = this.measureText(String(text)).width
          const left = this.textAlign === 'center' ? x - width / 2 : this.textAlign === 'right' || this.textAlign === 'end' ? x - width : x
          const top = this.textBaseline === 'top' || this.textBaseline === 'hanging' ? y : this.textBaseline === 'middle' ? y - px / 2 : y - px
          const m = this.getTransform()
          const corners = [[left, top], [left + width, top], [left, top + px], [left + width, top + px]].map(([cx, cy]) => [m.a * cx! + m.c * cy! + m.e, m.b * cx! + m.d * cy! + m.f])
          const rect = canvas.getBoundingClientRect()
          const scale = canvas.width / Math.max(1, rect.width)
          const xs = corners.map(c => c[0]! / scale)
          const ys = corners.map(c => c[1]! / scale)
          seen.push({
            text: String(text), px, chart: canvas.closest('[data-chart]')?.getAttribute('data-chart') ?? '', slide: canvas.closest('[data-testid="slide-show"]') !== null,
            box: { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) },
          })
        }
        return max === undefined ? original.call(this, text, x, y) : original.call(this, text, x, y, max)
      }
    }
  })
}

/** The texts drawn since the last call (and forgets them), blank ones left out. */
export async function drawnTexts(page: Page): Promise<DrawnText[]> {
  const all = await page.evaluate(() => (window as unknown as { __canvasText: DrawnText[] }).__canvasText.splice(0))
  return all.filter(d => d.text.trim() !== '')
}

/** The last box each text was drawn in (a redraw replaces the earlier ones), for one chart. */
export function lastBoxes(drawn: readonly DrawnText[], chart: string): Map<string, DrawnText> {
  const out = new Map<string, DrawnText>()
  for (const d of drawn) if (d.chart === chart && !d.slide) out.set(d.text, d)
  return out
}

/** Whether two boxes overlap by more than `touch` px each way. */
export const boxesOverlap = (a: DrawnText['box'], b: DrawnText['box'], touch = 1): boolean =>
  a.x < b.x + b.width - touch && b.x < a.x + a.width - touch && a.y < b.y + b.height - touch && b.y < a.y + a.height - touch
