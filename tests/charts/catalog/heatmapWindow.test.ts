// The heatmap on screen is drawn a window of rows at a time (screenRows, window.of): ECharts gets only
// the rows in view, every township is in some window, and pictures and slides of the entry stay whole
// (or state that they show the top and bottom rows), whatever the screen shows.
import { describe, expect, it } from 'vitest'
import { chartEntry, type CatalogEnv } from '@/charts/catalog'
import { VISIBLE_ROWS } from '@/charts/catalog/heatmap'
import { windowRange } from '@/charts/rowWindow'
import { screenTheme, projectorTheme } from '@/charts/theme'
import type { DeckView } from '@/core/deck'
import { env, views } from './fixture'

const heatmapView = views.find(([name]) => name === 'heatmap')![1]
const box = { width: 1920, height: 1080, top: 100, bottom: 60 }
type Drawn = { yAxis: { data: string[] }, series: { data: { value: number[] }[] }[], dataZoom?: unknown }
const drawn = (option: unknown) => option as Drawn

describe('the heatmap drawn a window of rows at a time', () => {
  it('asks the screen for a window of 40 rows when it has more (45 townships)', () => {
    const whole = chartEntry(heatmapView, env())!
    expect(whole.rows).toBe(45)
    expect(whole.screenRows).toBe(VISIBLE_ROWS)
    expect(whole.window?.total).toBe(45)
  })

  it('a window draws only its rows, in the order of the whole, with their cells and no scrolling', () => {
    const whole = chartEntry(heatmapView, env())!
    const order = drawn(whole.build(screenTheme)).yAxis.data
    const part = whole.window!.of([windowRange(5, VISIBLE_ROWS, 45)])
    expect(part.screenRows).toBeUndefined()
    const option = drawn(part.build(screenTheme))
    expect(option.yAxis.data).toEqual(order.slice(5, 45))
    expect(option.dataZoom).toBeUndefined()
    const cells = option.series.flatMap(s => s.data)
    const columns = drawn(whole.build(screenTheme)).series.flatMap(s => s.data).length / 45
    expect(cells).toHaveLength(40 * columns)
    expect(Math.max(...cells.map(c => c.value[1]!))).toBe(39)
    expect([part.title, part.context]).toEqual([whole.title, whole.context])
  })

  it('every township is in a window: paging from the top reaches the last one', () => {
    const whole = chartEntry(heatmapView, env())!
    const order = drawn(whole.build(screenTheme)).yAxis.data
    const seen = new Set<string>()
    for (let start = 0; start < whole.window!.total; start += VISIBLE_ROWS) {
      for (const name of drawn(whole.window!.of([windowRange(start, VISIBLE_ROWS, 45)]).build(screenTheme)).yAxis.data) seen.add(name)
    }
    expect([...seen].sort()).toEqual([...order].sort())
    expect(seen.size).toBe(45)
  })

  it('a picture of the entry draws every row (up to 200), not the screen’s window', () => {
    const whole = chartEntry(heatmapView, env())!
    expect(drawn(whole.build(projectorTheme, box)).yAxis.data).toHaveLength(45)
  })
})

/** The environment, counting how often a year's flags are asked for. */
function counting(): { env: CatalogEnv, calls: () => number } {
  const base = env()
  let calls = 0
  return { env: { ...base, flags: (year) => { calls++; return base.flags(year) } }, calls: () => calls }
}

describe('speaker notes (which need the year’s flags) are computed when read, not when a chart is drawn', () => {
  it.each(views.filter(([name]) => name !== 'radar'))('%s', (_, view: DeckView) => {
    const { env: counted, calls } = counting()
    const entry = chartEntry(view, counted)!
    entry.build(screenTheme)
    entry.window?.of([[0, 10]]).build(screenTheme)
    expect(calls()).toBe(0)
    const notes = entry.notes
    expect(calls()).toBeGreaterThan(0)
    const asked = calls()
    expect(entry.notes).toBe(notes)
    expect(calls()).toBe(asked)
    // The same words as an entry of a fresh environment.
    expect(notes).toBe(chartEntry(view, env())!.notes)
  })

  it('the ranking’s notes still name the year’s flags', () => {
    const entry = chartEntry(views[0]![1], env())!
    expect(entry.notes).toMatch(/持证率低于 95%/)
  })
})
