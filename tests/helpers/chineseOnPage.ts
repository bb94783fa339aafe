// Finding Chinese left in the English UI: the runs of Chinese in a page's text, its visible elements'
// attributes and the words its canvases draw, once the names that come from the data are taken out.
import type { Page } from 'playwright-core'

export const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g

/** Every run of Chinese in a text. */
export function runs(text: string): string[] {
  return text.match(CJK) ?? []
}

/** The Chinese names among `names`, longest first (so that a longer name is taken out before a part of it). */
export function byLength(names: string[]): string[] {
  return [...new Set(names.filter(n => CJK.test(n) && (CJK.lastIndex = 0) === 0))].sort((a, b) => b.length - a.length)
}

/** Counts every string a canvas draws (chart titles, axes, legends, labels) since the last reset. */
export function recordCanvasText() {
  const seen = new Set<string>()
  const w = window as unknown as { __canvasText: Set<string> }
  w.__canvasText = seen
  for (const name of ['fillText', 'strokeText'] as const) {
    const original = CanvasRenderingContext2D.prototype[name]
    CanvasRenderingContext2D.prototype[name] = function (this: CanvasRenderingContext2D, text: string, ...rest: [number, number, number?]) {
      w.__canvasText.add(String(text))
      return original.call(this, text, ...rest)
    }
  }
}

/**
 * Chinese left in the page's text, its visible elements' attributes and its canvases once the data
 * names are taken out. Text the page marks as the data's own (an element with lang="zh-CN": a report's
 * text, its sentences) and data quoted “…” in a sentence of ours must be found in the reports' text.
 */
export async function chineseOnPage(page: Page, names: string[], quotable = ''): Promise<string[]> {
  const { texts, quotes, htmlLang } = await page.evaluate(() => {
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false })
    const attrs = ['aria-label', 'placeholder', 'title', 'alt']
    const out: string[] = []
    const quoted: string[] = []
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title],[alt]')) {
      if (!visible(el)) continue
      const own = el.getAttribute('lang')?.startsWith('zh') === true && el !== document.documentElement
      for (const a of attrs) (own ? quoted : out).push(el.getAttribute(a) ?? '')
    }
    const marked = [...document.querySelectorAll('body [lang]')].filter(el => el.getAttribute('lang')?.startsWith('zh') && visible(el)) as HTMLElement[]
    quoted.push(...marked.map(el => el.innerText))
    const style = document.createElement('style')
    style.textContent = '[data-e2e-quoted] { display: none !important; }'
    document.head.append(style)
    for (const el of marked) el.setAttribute('data-e2e-quoted', '')
    out.push(document.body.innerText)
    for (const el of marked) el.removeAttribute('data-e2e-quoted')
    style.remove()
    // Canvas words only where recordCanvasText was installed (page.addInitScript) before the page loaded.
    const w = window as unknown as { __canvasText?: Set<string> }
    out.push(...[...(w.__canvasText ?? [])].map(t => `canvas: ${t}`))
    w.__canvasText?.clear()
    return { texts: out, quotes: quoted, htmlLang: document.documentElement.lang }
  })
  const found: string[] = htmlLang === 'en' ? [] : [`<html lang="${htmlLang}">`]
  const strip = (text: string) => {
    for (const n of names) text = text.split(n).join(' ')
    return text
  }
  const fromReport = (run: string) => quotable !== '' && quotable.includes(run)
  for (let text of texts) {
    text = strip(text).replace(/“([^”]*)”/g, (whole, inner: string) => (runs(inner).every(fromReport) ? '“…”' : whole))
    for (const line of text.split('\n')) if (runs(line).length > 0) found.push(line.trim().slice(0, 160))
  }
  for (const text of quotes) {
    for (const line of strip(text).split('\n')) if (!runs(line).every(fromReport)) found.push(`lang=zh-CN but not the data's: ${line.trim().slice(0, 160)}`)
  }
  return [...new Set(found)]
}
