import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertToUnit, parseFlagCell, parseNumberCell, type CellValue } from '@/core/cells'
import { chinese } from '@/core/messages/chinese'
import type { Indicator } from '@/core/types'

const v = (value: number, unit = '', approx = false): CellValue => ({ kind: 'value', value, approx, unit })
const approx = (value: number, unit = ''): CellValue => v(value, unit, true)

describe('parseNumberCell', () => {
  it.each<[string, CellValue]>([
    ['268', v(268)],
    ['0', v(0)],
    ['12.5', v(12.5)],
    ['-5', v(-5)],
    ['7,610', v(7610)],
    ['7，610', v(7610)],
    ['1,234,567.5', v(1234567.5)],
    ['7610元', v(7610, '元')],
    ['1.2万元', v(12000, '元')],
    ['294.65万元', v(2946500, '元')],
    ['100%', v(100, '%')],
    ['１００％', v(100, '%')],
    ['－５', v(-5)],
    ['\u22125', v(-5)],
    [' 731 ', v(731)],
    ['\u3000731\u00A0', v(731)],
    [' 731 宗', v(731, '宗')],
    ['268（件）', v(268, '件')],
    ['共12件', v(12, '件')],
    ['累计3000人次', v(3000, '人次')],
  ])('reads %j as a plain figure', (raw, expected) => {
    expect(parseNumberCell(raw)).toEqual(expected)
  })

  it.each<[string, CellValue]>([
    ['5000余', approx(5000)],
    ['5000多', approx(5000)],
    ['约5000', approx(5000)],
    ['超3000', approx(3000)],
    ['近500', approx(500)],
    ['逾200', approx(200)],
    ['3000以上', approx(3000)],
    ['300左右', approx(300)],
    ['千余', approx(1000)],
    ['5000余份', approx(5000, '份')],
    ['两万余人次', approx(20000, '人次')],
    ['3.3万余人次', approx(33000, '人次')],
    ['1万多元', approx(10000, '元')],
    ['300余万元', approx(3000000, '元')],
    ['3千余份', approx(3000, '份')],
    ['98%以上', approx(98, '%')],
    ['3000人以上', approx(3000, '人')],
    ['约 5000 份', approx(5000, '份')],
    ['共约300件', approx(300, '件')],
  ])('reads %j as an approximate figure', (raw, expected) => {
    expect(parseNumberCell(raw)).toEqual(expected)
  })

  it.each<[string, CellValue]>([
    ['四', v(4)],
    ['四场', v(4, '场')],
    ['十二', v(12)],
    ['一百零五件', v(105, '件')],
    ['三千五百元', v(3500, '元')],
    ['十余场', approx(10, '场')],
    ['三万元', v(30000, '元')],
  ])('reads the Chinese numeral %j', (raw, expected) => {
    expect(parseNumberCell(raw)).toEqual(expected)
  })

  it('reads 无 ("none") as zero', () => {
    expect(parseNumberCell('无')).toEqual(v(0))
  })

  it.each<[string, CellValue]>([
    ['1.2万', { kind: 'value', value: 12000, approx: false, unit: '', scaled: true }],
    ['两万', { kind: 'value', value: 20000, approx: false, unit: '', scaled: true }],
    ['3千', v(3000)],
  ])('marks %j, which states its own 万/亿 but no unit, as scaled', (raw, expected) => {
    expect(parseNumberCell(raw)).toEqual(expected)
  })

  it.each(['', '   ', '\u3000', '—', '——', '-', '－', '/', '／', '\\', 'N/A', 'n/a', 'Ｎ／Ａ', 'NA', '#N/A', 'null', '未填', '空'])(
    'reads %j as missing',
    (raw) => {
      expect(parseNumberCell(raw)).toEqual({ kind: 'missing' })
    },
  )

  it.each(['不适用', '无此项', '无此项职责', '不涉及', ' 不适用 '])('reads %j as not applicable', (raw) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'not-applicable' })
  })

  it.each(['abc', '12-15', '=cmd|x', '<img src=x>', '5 6', '1.2.3', '1e3', '7,61', '约', '+5', '.5', '268件（含调解）', '5km', '二〇二四年'])(
    'rejects %j as no number',
    (raw) => {
      expect(parseNumberCell(raw)).toMatchObject({ kind: 'invalid', reason: { code: expect.stringMatching(/^cell-/) } })
    },
  )

  it.each<[string, string]>([
    ['abc', '无法识别为数字'],
    ['12-15', '范围'],
    ['3～5', '范围'],
    ['=SUM(A1:A3)', '公式'],
    ['9'.repeat(400), '过大'],
  ])('explains why %j is rejected', (raw, reason) => {
    const cell = parseNumberCell(raw)
    expect(cell.kind === 'invalid' ? chinese(cell.reason) : cell).toContain(reason)
  })

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseNumberCell(s)
      return true
    }))
  })

  it('never throws on strings made of the characters it reads', () => {
    const chars = fc.constantFrom(...'0123456789,.-%万余多约以上两十百千元人次 （）／—无')
    fc.assert(fc.property(fc.string({ unit: chars }), (s) => {
      const cell = parseNumberCell(s)
      return cell.kind !== 'value' || Number.isFinite(cell.value)
    }))
  })
})

describe('parseFlagCell', () => {
  it.each(['是', '有', '已', '已公开', '已建立', '按时', '按时报送', '√', '✓', '✔', 'true', 'TRUE', 'yes', 'Y', '1', ' 是 '])(
    'reads %j as 1',
    (raw) => {
      expect(parseFlagCell(raw)).toEqual(v(1))
    },
  )

  it.each(['否', '无', '未', '未公开', '没有', '逾期', '逾期报送', '×', '✗', 'false', 'No', 'n', '0'])('reads %j as 0', (raw) => {
    expect(parseFlagCell(raw)).toEqual(v(0))
  })

  it.each<[string, CellValue['kind']]>([
    ['', 'missing'],
    ['—', 'missing'],
    ['不适用', 'not-applicable'],
    ['可能', 'invalid'],
    ['2', 'invalid'],
    ['已经公开过了吧', 'invalid'],
  ])('reads %j as %s', (raw, kind) => {
    expect(parseFlagCell(raw).kind).toBe(kind)
  })
})

const indicator = (over: Partial<Indicator>): Indicator => ({
  id: 'x', label_zh: '指标', label_en: 'x', unit: '件', kind: 'count', group: 'g', direction: 'neutral',
  formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: { 件: 1, 宗: 1 }, ...over,
})
const amount = indicator({ label_zh: '罚没金额', unit: '元', kind: 'amount', unit_aliases: { 元: 1, 万元: 10000 } })
const rate = indicator({ label_zh: '持证上岗率', unit: '%', kind: 'rate', unit_aliases: {} })
const count = indicator({ label_zh: '受理案件', unit: '件', unit_aliases: { 件: 1, 宗: 1 } })

describe('convertToUnit', () => {
  it.each<[string, { value: number, unit: string, scaled?: boolean }, Indicator, number, number]>([
    ['a bare figure keeps its value without a header unit', { value: 731, unit: '' }, count, 1, 731],
    ['a bare figure takes the header factor', { value: 1.2, unit: '' }, amount, 10000, 12000],
    ['a unit alias takes its factor', { value: 294.65, unit: '万元' }, amount, 1, 2946500],
    ['the cell unit wins over the header', { value: 12000, unit: '元' }, amount, 10000, 12000],
    ['a scaled bare figure ignores the header factor', { value: 12000, unit: '', scaled: true }, amount, 10000, 12000],
    ['another alias counts one for one', { value: 731, unit: '宗' }, count, 1, 731],
    ['the canonical unit counts one for one', { value: 98, unit: '%' }, rate, 1, 98],
    ['float noise is rounded away', { value: 0.1, unit: '' }, amount, 3, 0.3],
  ])('%s', (_, cell, ind, headerFactor, value) => {
    expect(convertToUnit(cell, ind, headerFactor)).toEqual({ value })
  })

  it.each<[{ value: number, unit: string }, Indicator, string]>([
    [{ value: 5, unit: '场' }, count, '单位"场"与指标"受理案件"的单位（件）不符'],
    [{ value: 100, unit: '%' }, count, '单位"%"与指标"受理案件"的单位（件）不符'],
    [{ value: 1, unit: '件' }, indicator({ label_zh: '是否公开', unit: '', kind: 'flag', unit_aliases: {} }), '单位"件"与指标"是否公开"的单位（无单位）不符'],
  ])('refuses %j for an indicator without that unit', (cell, ind, error) => {
    const out = convertToUnit(cell, ind, 1)
    expect('error' in out ? chinese(out.error, { byId: new Map([[ind.id, ind]]) }) : out).toBe(error)
  })

  it('ignores units that are Object.prototype keys', () => {
    expect(convertToUnit({ value: 1, unit: 'constructor' }, count, 1)).toHaveProperty('error')
  })
})
