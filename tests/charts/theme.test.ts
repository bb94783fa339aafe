import { describe, expect, it } from 'vitest'
import { projectorTheme, screenTheme } from '@/charts/theme'

describe('themes', () => {
  it('sets type of at least 24 px and thicker marks for the projector', () => {
    expect(projectorTheme.fontSize).toBeGreaterThanOrEqual(24)
    expect(projectorTheme.lineWidth).toBeGreaterThan(screenTheme.lineWidth)
    expect(projectorTheme.barWidth).toBeGreaterThan(screenTheme.barWidth)
  })

  it.each([screenTheme, projectorTheme])('$name keeps better, worse, missing and highlight apart', theme => {
    const { better, worse, missing, highlight, neutral } = theme.colors
    expect(new Set([better, worse, missing, highlight, neutral]).size).toBe(5)
    expect(new Set(theme.palette).size).toBe(theme.palette.length)
  })

  it.each([screenTheme, projectorTheme])('$name has no double quotes in the font family (SVG export writes it into an attribute)', theme => {
    expect(theme.fontFamily).not.toContain('"')
  })
})
