import { describe, expect, it } from 'vitest'
import { heatmapData, limitRows, wrapLabel } from '@/core/analysis/heatmapData'
import type { CompareSeries } from '@/core/analysis/compareSeries'
import { summarize, type RowStatus } from '@/core/analysis'
import type { Direction, Indicator, IndicatorKind } from '@/core/types'

function series(id: string, kind: IndicatorKind, direction: Direction, values: Record<string, number | null>, status: Record<string, RowStatus> = {}): CompareSeries {
  const indicator: Indicator = {
    id, label_zh: id, label_en: id, unit: kind === 'rate' ? '%' : kind === 'flag' ? '' : '件', kind, group: 'g', direction,
    formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {},
  }
  const rows = Object.entries(values).map(([township, value]) => ({
    township, code: null, value, raw: value, status: status[township] ?? (value === null ? 'missing' : 'reported'), approx: false, derived: false, listed: true,
  }))
  const withValue = rows.filter(r => r.value !== null).length
  return { indicator, year: 2024, rows, summary: summarize(rows.map(r => r.value)), completeness: { reported: rows.length, withValue, expected: rows.length }, normalized: false, mode: 'raw', sources: [] }
}

const opts = { label: (i: Indicator) => i.label_zh, unitOf: (s: CompareSeries) => s.indicator.unit, yes: '是', no: '否', status: { 'missing': '未报送', 'not-applicable': '不适用' } }
const order = ['甲镇', '乙镇', '丙镇']

describe('heatmapData', () => {
  it('keeps the directional indicators with data as columns and counts what it leaves out', () => {
    const d = heatmapData([
      series('rate', 'rate', 'higher_better', { 甲镇: 90, 乙镇: 80, 丙镇: null }),
      series('cases', 'count', 'neutral', { 甲镇: 3, 乙镇: 4, 丙镇: 5 }),
      series('nobody', 'rate', 'higher_better', { 甲镇: null, 乙镇: null, 丙镇: null }),
    ], order, opts)
    expect(d.indicators.map(i => i.id)).toEqual(['rate'])
    expect([d.neutralLeftOut, d.emptyLeftOut]).toEqual([1, 1])
  })

  it('colours lower-is-better indicators by the direction-aware percentile (best = 100)', () => {
    const d = heatmapData([series('lost', 'count', 'lower_better', { 甲镇: 0, 乙镇: 5, 丙镇: 2 })], order, opts)
    expect(d.cells.map(c => [c.township, c.percentile])).toEqual([['甲镇', 100], ['乙镇', 0], ['丙镇', 50]])
  })

  it.each([
    ['a rate with its percent sign', series('r', 'rate', 'higher_better', { 甲镇: 95.24 }), '95.2%'],
    ['a flag as yes', series('f', 'flag', 'higher_better', { 甲镇: 1 }), '是'],
    ['a flag as no', series('f', 'flag', 'higher_better', { 甲镇: 0 }), '否'],
    ['a count with grouped digits', series('c', 'count', 'higher_better', { 甲镇: 16700 }), '16,700'],
    ['a not-applicable cell by its status', series('r', 'rate', 'higher_better', { 甲镇: null, 乙镇: 1 }, { 甲镇: 'not-applicable' }), '不适用'],
  ])('writes %s in the cell', (_, s, text) => {
    const d = heatmapData([s], ['甲镇'], opts)
    expect(d.withText(d.cells[0]!).text).toBe(text)
  })

  it('formats a figure only when its cell is asked for with its text (a window of rows at a time)', () => {
    const d = heatmapData([series('r', 'rate', 'higher_better', { 甲镇: 95.24, 乙镇: 80 })], ['甲镇', '乙镇'], opts)
    expect(d.cells.map(c => c.text)).toEqual([undefined, undefined])
    expect(d.cells.map(c => d.withText(c).text)).toEqual(['95.2%', '80%'])
    expect(d.cells[0]!.text).toBeUndefined()
  })

  it('keeps missing cells without a value and grey (percentile null), never 0', () => {
    const cell = heatmapData([series('r', 'rate', 'higher_better', { 甲镇: null, 乙镇: 80 })], ['甲镇'], opts).cells[0]
    expect(cell).toMatchObject({ value: null, percentile: null, text: '未报送' })
  })

  it('ranks percentiles over every township even when only some rows are drawn', () => {
    const values = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`镇${i}`, i]))
    const d = heatmapData([series('c', 'count', 'higher_better', values)], Object.keys(values).reverse(), { ...opts, maxRows: 2 })
    expect(d.townships).toEqual(['镇4', '镇0'])
    expect(d.cells.map(c => c.percentile)).toEqual([0, 100])
    expect(d.limited).toBe(true)
  })
})

describe('limitRows', () => {
  it.each([
    [['a', 'b', 'c'], 4, ['a', 'b', 'c'], false],
    [['a', 'b', 'c', 'd', 'e'], 4, ['a', 'b', 'd', 'e'], true],
  ])('keeps the top and bottom of %j at most %i', (order, max, townships, limited) => {
    expect(limitRows(order, max)).toEqual({ townships, limited })
  })
})

describe('wrapLabel', () => {
  it.each([
    ['执法培训参训人次', 7, '执法培训\n参训人次'],
    ['案卷评查合格率', 7, '案卷评查合格率'],
    ['村（社区）法律顾问覆盖率', 6, '村（社区）法\n律顾问覆盖率'],
    ['Enforcement officer certification rate', 7, 'Enforcement\nofficer\ncertification\nrate'],
  ])('breaks %s at %i into balanced lines', (text, width, wrapped) => {
    expect(wrapLabel(text, width)).toBe(wrapped)
  })
})
