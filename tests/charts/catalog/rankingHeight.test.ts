// A long ranking's panel (more rows than show at once: a province) is as tall for every indicator, so a
// switch does not resize it, nor the scatter beside it; a short one is as tall as its legend needs.
import { describe, expect, it } from 'vitest'
import { catalogEnv, chartEntry } from '@/charts/catalog'
import { screenTheme, projectorTheme } from '@/charts/theme'
import type { DeckView } from '@/core/deck'
import { env, page } from './fixture'

const ranking = (indicator: string, extra: Partial<DeckView> = {}, e = env()) => chartEntry({ ...page, chart: 'ranking', indicators: [indicator], options: {}, ...extra }, e)!

describe('the height of a ranking on screen', () => {
  it.each([screenTheme, projectorTheme])('is the same for a rate with a target and a count without one, at 45 rows ($name)', (theme) => {
    const withTarget = ranking('enforcement_cert_rate')
    const without = ranking('penalty_cases')
    expect(withTarget.window?.total).toBe(45)
    expect(withTarget.legend).not.toEqual(without.legend)
    expect(withTarget.height(theme)).toBe(without.height(theme))
  })

  it('of a few rows (10 townships) follows its own legend and target', () => {
    const base = env()
    const keep = new Set(base.data.townships.slice(0, 10).map(t => t.name))
    const few = catalogEnv({ ...base.data, townships: base.data.townships.filter(t => keep.has(t.name)), submissions: base.data.submissions.filter(s => keep.has(s.township)) }, base.text)
    const withTarget = ranking('enforcement_cert_rate', {}, few)
    const without = ranking('penalty_cases', {}, few)
    expect(withTarget.window?.total).toBe(10)
    expect(withTarget.height(screenTheme)).toBeGreaterThan(without.height(screenTheme))
  })

  it('of a window of a long one (what the screen draws) is the whole’s, so paging does not resize the panel', () => {
    const whole = ranking('enforcement_cert_rate')
    expect(whole.window!.of([[0, 10]]).height(screenTheme)).toBe(whole.height(screenTheme))
    expect(whole.window!.of([[5, 45]]).height(projectorTheme)).toBe(whole.height(projectorTheme))
  })
})
