// The presentation deck: a list of views (which chart, indicators, year, townships, normalization),
// never bitmaps, so every slide is drawn afresh from the data at slide size. Pure operations.

import type { Normalization } from './analysis/perCapita'

/** Charts a deck can hold (the catalog's ids). */
export const DECK_CHARTS = ['ranking', 'scatter', 'heatmap', 'outcome', 'trend', 'radar', 'score', 'scoreGroups'] as const
export type DeckChart = typeof DECK_CHARTS[number]

/** One chart as the user saw it. */
export interface DeckView {
  chart: DeckChart
  /** Route name the chart was added from (overview, compare …). */
  page: string
  /** Indicator ids, the chart's own first (ranking: the ranked one; scatter: x then y). */
  indicators: string[]
  /** The year shown (resolved: a deck keeps 2024 even when 2025 arrives). */
  year: number | null
  /** Highlighted townships. */
  townships: string[]
  normalization: Normalization
  /** Chart settings beyond the view: heatmap group, outcome kind and mode, y normalization, peer group … */
  options: Record<string, string>
}

export interface DeckItem extends DeckView {
  id: string
}

/** What a chart panel knows of its view; the page fills in the rest (year, townships …). */
export type DeckViewPart = Partial<DeckView> & Pick<DeckView, 'chart'>

/** A panel's view completed with the page's (route, indicators, year, highlight, normalization): the panel's own settings win. */
export function completeView(part: DeckViewPart, page: Omit<DeckView, 'chart' | 'options'>): DeckView {
  return {
    page: page.page, indicators: [...page.indicators], year: page.year, townships: [...page.townships], normalization: page.normalization,
    ...part, options: { ...part.options },
  }
}

/** Outcome of adding a view: added, already in the deck, or the deck is full. */
export type AddResult = 'added' | 'exists' | 'full'

/** Slides a deck holds at most (a hand-edited store cannot make the page unusable). */
export const MAX_DECK_ITEMS = 60

const NORMALIZATIONS: readonly Normalization[] = ['raw', 'per10k', 'perOfficer']

const strings = (v: unknown, max = 50): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').slice(0, max) : [])

/** Whether two views show the same chart (ids and order of lists count; the item id does not). */
export function sameView(a: DeckView, b: DeckView): boolean {
  const options = (o: Record<string, string>) => JSON.stringify(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)))
  return a.chart === b.chart && a.page === b.page && a.year === b.year && a.normalization === b.normalization
    && a.indicators.join('\u0000') === b.indicators.join('\u0000') && a.townships.join('\u0000') === b.townships.join('\u0000')
    && options(a.options) === options(b.options)
}

/** A view read from untrusted data (IndexedDB, an old version); null when it is not one. */
export function readDeckView(value: unknown): DeckView | null {
  if (value === null || typeof value !== 'object') return null
  const v = value as Record<string, unknown>
  if (!DECK_CHARTS.includes(v.chart as DeckChart)) return null
  const year = typeof v.year === 'number' && Number.isInteger(v.year) ? v.year : null
  const options: Record<string, string> = {}
  if (v.options && typeof v.options === 'object') {
    for (const [k, o] of Object.entries(v.options as Record<string, unknown>)) if (typeof o === 'string') options[k] = o
  }
  return {
    chart: v.chart as DeckChart,
    page: typeof v.page === 'string' ? v.page : '',
    indicators: strings(v.indicators),
    year,
    townships: strings(v.townships),
    normalization: NORMALIZATIONS.includes(v.normalization as Normalization) ? v.normalization as Normalization : 'raw',
    options,
  }
}

/** Deck items from stored data: malformed entries and repeated ids are dropped, at most MAX_DECK_ITEMS kept. */
export function readDeck(value: unknown): DeckItem[] {
  if (!Array.isArray(value)) return []
  const seen = new Set<string>()
  const items: DeckItem[] = []
  for (const entry of value) {
    const view = readDeckView(entry)
    const id = (entry as { id?: unknown } | null)?.id
    if (!view || typeof id !== 'string' || id === '' || seen.has(id)) continue
    seen.add(id)
    items.push({ id, ...view })
    if (items.length >= MAX_DECK_ITEMS) break
  }
  return items
}

/** The items with one moved from index `from` to index `to` (clamped); the same array when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] {
  const target = Math.max(0, Math.min(items.length - 1, to))
  if (from < 0 || from >= items.length || from === target) return items
  const next = [...items]
  const [moved] = next.splice(from, 1)
  next.splice(target, 0, moved as T)
  return next
}
