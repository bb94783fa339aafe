// A picture's frame is laid out once and every chart kind is built into the band it leaves: nothing
// the chart positions (plot, legend, colour scale, radar) reaches into the header or the footer.
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { chartEntry } from '@/charts/catalog'
import type { PlotBox } from '@/charts/common'
import { projectorTheme } from '@/charts/theme'
import { env, views } from './fixture'

const box: PlotBox = { width: 1600, height: 900, top: 130, bottom: 70 }

/** The numeric top and bottom of every grid, legend and visual map the option positions. */
function edges(option: EChartsOption): { key: string, top?: unknown, bottom?: unknown }[] {
  const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as { top?: unknown, bottom?: unknown, show?: boolean }[]
  return (['grid', 'legend', 'visualMap'] as const).flatMap(key => list(option[key]).filter(c => c.show !== false).map(c => ({ key, top: c.top, bottom: c.bottom })))
}

describe('a chart built into a picture’s band', () => {
  it.each(views)('%s keeps every positioned part between the header and the footer', (_, view) => {
    const option = chartEntry(view, env())!.build(projectorTheme, box)
    const placed = edges(option)
    expect(placed.length).toBeGreaterThan(0)
    for (const { top, bottom } of placed) {
      if (typeof top === 'number') expect(top).toBeGreaterThanOrEqual(box.top)
      if (typeof bottom === 'number') expect(bottom).toBeGreaterThanOrEqual(box.bottom)
    }
  })

  it('fits the radar inside the band', () => {
    const option = chartEntry(views.find(([name]) => name === 'radar')![1], env())!.build(projectorTheme, box)
    const radar = (Array.isArray(option.radar) ? option.radar[0] : option.radar) as { center: [string, number], radius: number }
    expect(radar.center[1] - radar.radius).toBeGreaterThanOrEqual(box.top)
    expect(radar.center[1] + radar.radius).toBeLessThanOrEqual(box.height - box.bottom)
  })

  it('on screen (no band) draws from the container’s edges: the band’s layout without its top', () => {
    const entry = chartEntry(views[0]![1], env())!
    const top = (option: EChartsOption) => (option.grid as { top: number }).top
    expect(top(entry.build(projectorTheme))).toBe(top(entry.build(projectorTheme, box)) - box.top)
  })
})
