import { describe, expect, it } from 'vitest'
import { changeText, changeTone, medianText, percentileText, rankText, sourceText, valueText, type Translate } from '@/composables/useProfileText'
import type { YearOverYear } from '@/core/analysis'
import type { Indicator } from '@/core/types'

const ZH: Record<string, string> = {
  'common.notApplicable': '不适用', 'common.approx': '约', 'common.row': '第 {row} 行',
  'township.table.missing': '未报送', 'township.table.blank': '未填报', 'township.table.yes': '是', 'township.table.no': '否',
  'township.table.noPrevious': '无上年数据', 'township.table.points': '{value} 个百分点', 'common.paren': '（{text}）',
}
const t: Translate = (key, named) => (ZH[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(named?.[k]))

const ind = (kind: Indicator['kind'], unit: string, direction: Indicator['direction'] = 'higher_better'): Indicator => ({
  id: 'x', label_zh: 'x', label_en: 'x', unit, kind, group: 'g', direction, formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {},
})
const count = ind('count', '件')
const rate = ind('rate', '%')
const flag = ind('flag', '')

describe('valueText', () => {
  it.each([
    [{ value: 7610, status: 'reported', approx: false, indicator: count }, '7,610 件'],
    [{ value: 5000, status: 'reported', approx: true, indicator: ind('count', '份') }, '约 5,000 份'],
    [{ value: 95.5, status: 'reported', approx: false, indicator: rate }, '95.5%'],
    [{ value: 1, status: 'reported', approx: false, indicator: flag }, '是'],
    [{ value: 0, status: 'reported', approx: false, indicator: flag }, '否'],
    [{ value: null, status: 'not-applicable', approx: false, indicator: rate }, '不适用'],
    [{ value: null, status: 'missing', approx: false, indicator: count }, '未报送'],
    [{ value: null, status: 'blank', approx: false, indicator: count }, '未填报'],
  ] as const)('shows %o as %s', (row, text) => {
    expect(valueText(row, t)).toBe(text)
  })
})

describe('rank, percentile and median', () => {
  it.each([[{ rank: 3, ranked: 24 }, '3 / 24'], [{ rank: null, ranked: 20 }, '—']])('writes the rank %o as %s', (row, text) => {
    expect(rankText(row)).toBe(text)
  })
  it.each([[76.4, '76'], [null, '—']])('rounds the percentile %s to %s', (p, text) => {
    expect(percentileText(p)).toBe(text)
  })
  it('shows no median for yes/no indicators', () => {
    expect(medianText({ countyMedian: 1, indicator: flag })).toBe('—')
    expect(medianText({ countyMedian: 92.94, indicator: rate })).toBe('92.9%') // rates: one decimal, as everywhere
  })
})

describe('changeText and changeTone', () => {
  it.each<[YearOverYear | null, Indicator, string, 'better' | 'worse' | null]>([
    [{ type: 'points', pp: 1.8 }, rate, '+1.8 个百分点', 'better'],
    [{ type: 'points', pp: -2 }, ind('rate', '%', 'lower_better'), '-2 个百分点', 'better'],
    [{ type: 'change', abs: 3, pct: 12.5 }, count, '+3 件（+12.5%）', 'better'],
    [{ type: 'change', abs: 2, pct: null }, ind('count', '件', 'lower_better'), '+2 件', 'worse'],
    [{ type: 'change', abs: 0, pct: 0 }, count, '0 件（0%）', null],
    [{ type: 'change', abs: null, pct: null }, count, '—', null],
    [{ type: 'change', abs: 5, pct: 10 }, ind('count', '件', 'neutral'), '+5 件（+10%）', null],
    [null, count, '无上年数据', null],
  ])('writes %o as %s', (change, indicator, text, tone) => {
    expect(changeText(change, { indicator }, t)).toBe(text)
    expect(changeTone(change, { indicator })).toBe(tone)
  })
})

describe('in English', () => {
  const en: Translate = (key, named) => (key === 'common.paren' ? ` (${String(named?.text)})` : key)
  const cases = { ...count, unit_en: 'cases' }
  it.each([
    ['a value', valueText({ value: 7610, status: 'reported', approx: false, indicator: cases }, en, 'en'), '7,610 cases'],
    ['a median', medianText({ countyMedian: 12, indicator: cases }, 'en'), '12 cases'],
    ['a change', changeText({ type: 'change', abs: -3, pct: -75 }, { indicator: cases }, en, 'en'), '-3 cases (-75%)'],
    ['a rate', valueText({ value: 95.5, status: 'reported', approx: false, indicator: rate }, en, 'en'), '95.5%'],
  ])('writes %s with the English unit: %s', (_, text, expected) => {
    expect(text).toBe(expected)
  })
})

describe('sourceText', () => {
  it.each([
    [{ file: '2024.csv', row: 7 }, '2024.csv 第 7 行'],
    [{ file: '说明.txt', row: null }, '说明.txt'],
    [null, '—'],
  ])('writes %o as %s', (source, text) => {
    expect(sourceText(source, t)).toBe(text)
  })
})
