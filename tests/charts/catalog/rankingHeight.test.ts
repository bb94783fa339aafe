// A long ranking's panel (more rows than show at once: a province) is as tall for every indicator, so a
// switch does not resize it, nor the scatter beside it; a short one is as tall as its legend needs.
import { describe, expect, it } from 'vitest'
import { chartEntry } from '@/charts/catalog'
import { screenTheme, projectorTheme } from '@/charts/theme'
import type { DeckView } from '@/core/deck'
import { env, page } from './fixture'

const ranking = (indicator: string, extra: Partial<DeckView> = {}) => chartEntry({ ...page, chart: 'ranking', indicators: [indicator], options: {}, ...extra }, env())!

describe('the height of a ranking on screen', () => {
  it.each([screenTheme, projectorTheme])('is the same for a rate with a target and a count without one, at 45 rows ($name)', (theme) => {
    const withTarget = ranking('enforcement_cert_rate')
    const without = ranking('penalty_cases')
    expect(withTarget.window?.total).toBe(45)
    expect(withTarget.legend).not.toEqual(without.legend)
    expect(withTarget.height(theme)).toBe(without.height(theme))
  })

  it('of a few rows (a window of 10) follows its own legend and target', () => {
    const withTarget = ranking('enforcement_cert_rate').window!.of([[0, 10]])
    const without = ranking('penalty_cases').window!.of([[0, 10]])
    expect(withTarget.height(screenTheme)).toBeGreaterThan(without.height(screenTheme))
  })
})
