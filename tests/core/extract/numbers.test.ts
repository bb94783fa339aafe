import { describe, expect, it } from 'vitest'
import { scanNumbers } from '@/core/extract/numbers'

const read = (text: string) => scanNumbers(text).map(t => ({ value: t.value, unit: t.unit, approx: t.approx, text: text.slice(t.start, t.end) }))

describe('scanNumbers', () => {
  it.each([
    ['76次', 76, '次', false, '76次'],
    ['7,610元', 7610, '元', false, '7,610元'],
    ['294.65万元', 2946500, '元', false, '294.65万元'],
    ['3.3万余人次', 33000, '人次', true, '3.3万余人次'],
    ['5000余份', 5000, '份', true, '5000余份'],
    ['3000多人次', 3000, '人次', true, '3000多人次'],
    ['98%以上', 98, '%', true, '98%以上'],
    ['99.14%', 99.14, '%', false, '99.14%'],
    ['四场', 4, '场', false, '四场'],
    ['二十三场次', 23, '场次', false, '二十三场次'],
    ['两万余人次', 20000, '人次', true, '两万余人次'],
    ['千余人', 1000, '人', true, '千余人'],
    ['约300人次', 300, '人次', true, '300人次'],
    ['近百人', 100, '人', true, '百人'],
    ['64学时', 64, '学时', false, '64学时'],
    ['12批次', 12, '批次', false, '12批次'],
  ])('reads %s as %d %s (approx %s)', (text, value, unit, approx, span) => {
    expect(read(text)).toEqual([{ value, unit, approx, text: span }])
  })

  it.each([
    ['a year', '2024年'],
    ['a bare number', '共计268'],
    ['a list marker', '1.加强领导'],
    ['a numeral without unit', '十四五规划'],
    ['a document number', '〔2024〕26号'],
  ])('finds no figure in %s', (_, text) => {
    expect(read(text)).toEqual([])
  })

  it.each([
    ['1 126次', 1126, '次', false, '1 126次'],
    ['3 200余份', 3200, '份', true, '3 200余份'],
    ['百分之百', 100, '%', false, '百分之百'],
    ['百分之九十八点五', 98.5, '%', false, '百分之九十八点五'],
    ['百分之95以上', 95, '%', true, '百分之95以上'],
    ['败诉率为0', 0, '%', false, '0'],
    ['纠错率为零', 0, '%', false, '零'],
  ])('reads the written form %s as %d %s (approx %s)', (text, value, unit, approx, span) => {
    expect(read(text)).toEqual([{ value, unit, approx, text: span }])
  })

  it.each([
    ['two numbers of one and two digits', '1 2次', ['2次']],
    ['a zero that is no rate', '共计0', []],
    ['百分之 with no numeral', '百分之', []],
  ])('does not join or invent figures in %s', (_, text, spans) => {
    expect(read(text).map(t => t.text)).toEqual(spans)
  })

  it('reads every figure of a sentence in order', () => {
    expect(read('检查76次，处罚268个，罚款7610元').map(t => t.text)).toEqual(['76次', '268个', '7610元'])
  })
})
