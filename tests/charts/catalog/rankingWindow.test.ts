// The ranking (and its small multiples) on screen is drawn a window of rows at a time past 40 rows
// (screenRows, window.of), as the heatmap is: ECharts gets only the rows in view, on the value axis of
// all the rows, with the county's mean and median lines; the highlighted township is the window's focus;
// pictures and slides of the entry draw as before, and a ranking of 40 rows or fewer is not windowed.
import { describe, expect, it } from 'vitest'
import { catalogEnv, chartEntry, type ChartEntry } from '@/charts/catalog'
import { RANKING_VISIBLE_ROWS } from '@/charts/rankingBar'
import { valueExtent, windowRange } from '@/charts/rowWindow'
import { projectorTheme, screenTheme } from '@/charts/theme'
import type { DeckView } from '@/core/deck'
import { env, page } from './fixture'

type Drawn = {
  yAxis: { data: { value: string }[] }
  xAxis: { min?: number, max?: number, interval?: number, splitNumber?: number }
  series: { data: ({ value: number } | null)[], markLine?: { data: { name: string }[] } }[]
  dataZoom?: unknown
}
const drawn = (option: unknown) => option as Drawn
const rowsOf = (entry: ChartEntry, box?: typeof BOX): string[] => drawn(entry.build(screenTheme, box)).yAxis.data.map(d => d.value)
const axisOf = (entry: ChartEntry, box?: typeof BOX) => {
  const x = drawn(entry.build(screenTheme, box)).xAxis
  return { min: x.min, max: x.max, interval: x.interval, ticks: x.splitNumber }
}
const linesOf = (entry: ChartEntry): string[] => (drawn(entry.build(screenTheme)).series[0]!.markLine?.data ?? []).map(d => d.name)
const BOX = { width: 1920, height: 1080, top: 100, bottom: 60 }

const ranking = (extra: Partial<DeckView> = {}, e = env()) => chartEntry({ ...page, chart: 'ranking', options: {}, ...extra }, e)!
const compact = { indicators: ['penalty_cases'], options: { compact: 'true', orderBy: 'enforcement_cert_rate' } }

/** The fixture's county cut to its first `n` townships. */
function smallEnv(n: number) {
  const base = env()
  const keep = new Set(base.data.townships.slice(0, n).map(t => t.name))
  return catalogEnv({ ...base.data, townships: base.data.townships.filter(t => keep.has(t.name)), submissions: base.data.submissions.filter(s => keep.has(s.township)) }, base.text)
}

describe('a long ranking drawn a window of rows at a time', () => {
  it.each([['the ranking', {}], ['a small multiple', compact]])('%s of 45 townships asks the screen for 40 rows at a time', (_, extra) => {
    const whole = ranking(extra)
    expect(whole.screenRows).toBe(RANKING_VISIBLE_ROWS)
    expect(whole.window?.total).toBe(45)
    expect(whole.rows).toBe(RANKING_VISIBLE_ROWS)
  })

  it.each([['the ranking', {}], ['a small multiple', compact]])('%s: a window draws only its rows, in the order of the whole, on the axis of all rows', (_, extra) => {
    const whole = ranking(extra)
    const order = rowsOf(whole)
    const first = whole.window!.of([windowRange(0, RANKING_VISIBLE_ROWS, 45)])
    const last = whole.window!.of([windowRange(45, RANKING_VISIBLE_ROWS, 45)])
    expect(first.screenRows).toBeUndefined()
    expect(rowsOf(first)).toEqual(order.slice(0, 40))
    expect(rowsOf(last)).toEqual(order.slice(5, 45))
    expect(drawn(first.build(screenTheme)).dataZoom).toBeUndefined()
    // Every window has the same axis, the one of all the rows (and the lines), with the whole's ticks.
    expect(axisOf(first)).toEqual(axisOf(last))
    expect(axisOf(first).max).toBeTypeOf('number')
    expect(axisOf(first).ticks).toBe(axisOf(whole).ticks)
    const values = drawn(whole.build(screenTheme)).series[0]!.data.flatMap(d => (d === null ? [] : [d.value]))
    expect(axisOf(first).max).toBeGreaterThanOrEqual(Math.max(...values))
    // The mean and median of the county on every window, as on the whole.
    expect(linesOf(first)).toEqual(linesOf(whole))
    expect(linesOf(last)).toEqual(linesOf(whole))
    // The same words, legend and height as the whole: paging does not resize the panel.
    expect([first.title, first.subtitle, first.context, first.legend]).toEqual([whole.title, whole.subtitle, whole.context, whole.legend])
    expect(first.height(screenTheme)).toBe(whole.height(screenTheme))
    expect(last.height(projectorTheme)).toBe(whole.height(projectorTheme))
  })

  it('the axis of a window is the one the rows, the mean and the median and the target round out to', () => {
    const e = env()
    const whole = ranking({}, e)
    const s = e.series('enforcement_cert_rate', 2024, 'raw')!
    const want = valueExtent([...s.rows.map(r => r.value), s.summary.mean, s.summary.median, 95])
    expect(axisOf(whole.window!.of([[10, 50]]))).toMatchObject(want!)
  })

  it('the whole and a picture (slide, PNG) of a window draw as before: no fixed axis', () => {
    const whole = ranking()
    expect(axisOf(whole)).toMatchObject({ min: undefined, max: undefined, interval: undefined })
    expect(axisOf(whole, BOX)).toMatchObject({ min: undefined, max: undefined, interval: undefined })
    const half = whole.window!.of([[0, 23]])
    expect(axisOf(half, BOX)).toMatchObject({ min: undefined, max: undefined, interval: undefined })
    expect(rowsOf(whole, BOX)).toHaveLength(45)
  })

  it('every township is in a window: paging from the top reaches the last one', () => {
    const whole = ranking()
    const seen = new Set<string>()
    for (let start = 0; start < 45; start += RANKING_VISIBLE_ROWS) for (const name of rowsOf(whole.window!.of([windowRange(start, RANKING_VISIBLE_ROWS, 45)]))) seen.add(name)
    expect([...seen].sort()).toEqual([...rowsOf(whole)].sort())
  })

  it.each([[['第3镇'], '第3镇'], [['第44镇', '第3镇'], '第3镇'], [[], null], [['无此镇'], null]])('highlighting %j makes the window’s focus the row of %s', (townships, want) => {
    const whole = ranking({ townships })
    const focus = whole.window!.focus
    if (want === null) expect(focus).toBeUndefined()
    else {
      const order = rowsOf(whole)
      // The first highlighted township in the ranking's order (第3镇 ranks above 第44镇 here).
      expect(order.indexOf('第3镇')).toBeLessThan(order.indexOf('第44镇'))
      expect(focus).toBe(order.indexOf(want))
    }
  })
})

describe('a ranking of 40 rows or fewer is drawn as it was', () => {
  it.each([[40], [10]])('%i townships: no window on screen, no fixed axis', (n) => {
    const whole = ranking({}, smallEnv(n))
    expect(whole.window?.total).toBe(n)
    expect(whole.screenRows).toBeUndefined()
    expect(rowsOf(whole)).toHaveLength(n)
    expect(axisOf(whole)).toMatchObject({ min: undefined, max: undefined, interval: undefined })
  })
})
