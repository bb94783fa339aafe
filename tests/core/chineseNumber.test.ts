import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseChineseNumber } from '@/core/chineseNumber'

describe('parseChineseNumber', () => {
  it.each<[string, number]>([
    ['零', 0],
    ['〇', 0],
    ['四', 4],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一千零十', 1010],
    ['一千零五十', 1050],
    ['三千五百', 3500],
    ['两万', 20000],
    ['十万', 100000],
    ['二十三万四千', 234000],
    ['一万零五', 10005],
    ['三亿五千万', 350000000],
    ['叁拾', 30],
    ['壹佰贰拾叁', 123],
    ['伍仟', 5000],
    ['玖拾玖', 99],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value)
  })

  it.each<[string, number]>([
    ['百', 100],
    ['千', 1000],
    ['万', 10000],
  ])('reads a bare unit %s as %d, as in 千余人', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value)
  })

  it.each<[string, number]>([
    ['三千五', 3500],
    ['一百五', 150],
    ['两万五', 25000],
    ['十五', 15],
  ])('reads the spoken short form %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value)
  })

  it.each([
    ['', 'an empty string'],
    ['二〇二四', 'a year written digit by digit'],
    ['一二', 'a run of digits'],
    ['五零', 'a digit followed by zero'],
    ['零五', 'a leading zero'],
    ['一百零', 'a trailing zero'],
    ['十百', 'units in rising order'],
    ['百百', 'a repeated unit'],
    ['一百十', 'a unit without its digit after another'],
    ['一万二万', 'a repeated 万'],
    ['四场', 'a numeral with a unit'],
    ['约四', 'a numeral with a prefix'],
    ['4', 'an Arabic digit'],
    ['三4', 'mixed scripts'],
    [' 四', 'a leading space'],
    ['无', 'a word that is not a numeral'],
  ])('rejects %s (%s)', (text) => {
    expect(parseChineseNumber(text)).toBeNull()
  })

  it('never throws and returns null or a finite non-negative number', () => {
    const numeral = fc.string({ unit: fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿壹贰叁拾佰仟x') })
    fc.assert(fc.property(fc.oneof(fc.string(), numeral), (s) => {
      const n = parseChineseNumber(s)
      return n === null || (Number.isFinite(n) && n >= 0)
    }))
  })
})
