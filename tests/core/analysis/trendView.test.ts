import { describe, expect, it } from 'vitest'
import { anyFigure, trendHints, trendSources, trendUnit, type Translate } from '@/core/analysis/trendView'
import type { TrendSeries } from '@/core/analysis'
import type { Indicator, Submission } from '@/core/types'

const t: Translate = (key, named) => `${key}${named ? JSON.stringify(named) : ''}`
const ind = (kind: Indicator['kind'], unit: string): Indicator => ({
  id: 'x', label_zh: 'x', label_en: 'x', unit, kind, group: 'g', direction: 'higher_better', formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {},
})
const sub = (file: string, values: Submission['values']): Submission => ({
  township: '甲镇', code: null, year: 2024, values, approx: [], derived: [], source: { file, row: 2 },
})
const series = (over: Partial<TrendSeries> = {}): TrendSeries => ({ years: [2023, 2024], lines: [], median: [1, 2], q1: [1, 1], q3: [2, 2], ...over })
const base = { hasData: true, reported: true, indicatorLabel: '持证率', chosen: ['甲镇'] }

describe('trendUnit', () => {
  it.each([
    [ind('count', '件'), 'raw', '件'],
    [ind('count', '件'), 'per10k', 'trends.per10kUnit{"unit":"件"}'],
    [ind('amount', '元'), 'perOfficer', 'trends.perOfficerUnit{"unit":"元"}'],
    [ind('rate', '%'), 'per10k', '%'],
  ] as const)('gives %o under %s the unit %s', (indicator, mode, unit) => {
    expect(trendUnit(indicator, mode, t)).toBe(unit)
  })
})

describe('trendSources', () => {
  const subs = [sub('b.csv', { x: 1 }), sub('a.csv', { x: 2 }), sub('c.csv', { x: null }), sub('b.csv', { x: 3 })]
  it('names each file holding a figure once, sorted', () => {
    expect(trendSources(subs, 'x')).toBe('a.csv、b.csv')
  })
  it('cuts a long list', () => {
    expect(trendSources(['a', 'b', 'c'].map(f => sub(f, { x: 1 })), 'x', 2)).toBe('a、b…')
  })
  it('tells whether anybody reported the indicator', () => {
    expect(anyFigure(subs, 'x')).toBe(true)
    expect(anyFigure([sub('c.csv', { x: null })], 'x')).toBe(false)
  })
})

describe('trendHints', () => {
  it.each<[string, TrendSeries, Partial<typeof base>, string[]]>([
    ['says so when no data is loaded', series(), { hasData: false }, ['trends.noData']],
    ['says nobody reported the indicator', series({ median: [null, null] }), { reported: false }, ['trends.nobody{"indicator":"持证率"}']],
    ['says the normalization left no figure', series({ median: [null, null] }), {}, ['trends.noDivisor{"indicator":"持证率"}']],
    ['says a trend needs two years', series({ years: [2024], median: [1] }), {}, ['trends.singleYear{"year":2024}']],
    ['names a chosen township without any figure', series({ lines: [{ township: '甲镇', values: [null, null] }] }), {}, ['trends.townshipEmpty{"name":"甲镇","indicator":"持证率"}']],
    ['asks to choose townships when none is chosen', series(), { chosen: [] }, ['trends.chooseHint']],
    ['says nothing when all is well', series({ lines: [{ township: '甲镇', values: [1, null] }] }), {}, []],
  ])('%s', (_, s, opts, hints) => {
    expect(trendHints(s, { ...base, ...opts }, t)).toEqual(hints)
  })
})
