import { describe, expect, it } from 'vitest'
import { fitThemeToRows, projectorTheme, scaleTheme } from '@/charts/theme'

describe('scaleTheme', () => {
  it.each([
    ['a 1920×1080 picture keeps 24 px type', 1, 24],
    ['a 1600×900 picture scales type with it', 900 / 1080, 20],
    ['a tiny preview keeps type readable (12 px floor)', 0.2, 12],
  ])('%s', (_, factor, font) => {
    expect(scaleTheme(projectorTheme, factor).fontSize).toBe(font)
  })

  it('scales bars and lines too, and switches animation off', () => {
    const half = scaleTheme({ ...projectorTheme, animation: true }, 0.5)
    expect(half.barWidth).toBe(projectorTheme.barWidth / 2)
    expect(half.lineWidth).toBe(projectorTheme.lineWidth / 2)
    expect(half.animation).toBe(false)
  })
})

describe('fitThemeToRows', () => {
  it('keeps the theme when the rows fit', () => {
    expect(fitThemeToRows(projectorTheme, 24, 900)).toBe(projectorTheme)
  })

  it('makes type and bars smaller so that every row fits', () => {
    const fitted = fitThemeToRows(projectorTheme, 40, 700)
    expect(fitted.fontSize * 1.3 * 40).toBeLessThanOrEqual(700)
    expect(fitted.barWidth).toBeLessThan(700 / 40)
  })

  it('never goes below the floor', () => {
    expect(fitThemeToRows(projectorTheme, 1500, 700).fontSize).toBe(12)
  })
})
