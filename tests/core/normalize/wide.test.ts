// The wide reader's shortcuts for the common cell: they give what the general readers give.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plainNumberInUnit } from '@/core/cells'
import { parseYear } from '@/core/normalize/common'
import { plainInteger, plainYear } from '@/core/normalize/plainCells'
import { townshipResolver } from '@/core/import'
import { readTextFile } from '@/core/import/readText'
import { registry, textFile, townships } from '../../helpers/ingest'

const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), maxLength: 12 })
const cellText = fc.oneof(digits, fc.string({ maxLength: 6 }), fc.constantFrom('-0', '-5', '007', '1.5', ' 12', '１２', '2024年', '1999', '2101', '2000', '2100'))

describe('plainInteger', () => {
  it.each([['268', 268], ['007', 7], ['0', 0], ['123456789', 123456789], ['1234567890', null], ['', null], ['-5', null], ['1.5', null], ['１２', null], [' 1', null]])('reads %j as %j', (raw, expected) => {
    expect(plainInteger(raw)).toBe(expected)
  })

  it('gives what plainNumberInUnit(raw, 1) gives wherever it gives a number', () => {
    fc.assert(fc.property(cellText, (raw) => {
      const n = plainInteger(raw)
      if (n !== null) expect(n).toBe(plainNumberInUnit(raw, 1))
    }), { numRuns: 2000 })
  })
})

describe('plainYear', () => {
  it.each([['2024', 2024], ['2000', 2000], ['2100', 2100], ['1999', null], ['2101', null], ['2024年', null], ['', null]])('reads %j as %j', (raw, expected) => {
    expect(plainYear(raw)).toBe(expected)
  })

  it('gives what parseYear gives wherever it gives a year', () => {
    fc.assert(fc.property(cellText, (raw) => {
      const y = plainYear(raw)
      if (y !== null) expect(y).toBe(parseYear(raw))
      if (/^\d{4}$/.test(raw)) expect(y).toBe(parseYear(raw))
    }), { numRuns: 2000 })
  })
})

describe('every cell of an accepted row is what it says, whichever reader took the file', () => {
  // Digits are written as a number alone (the row's flags start as a number's): any other cell must
  // still come out missing, 不适用, approximate or converted, never as a zero.
  const HEADER = '乡镇,年度,行政执法人员数,罚没金额（万元）,行政执法年度数据按时公开,主动公开政府信息条数,行政检查次数'
  const ODD = '城关街道,2024,abc,1.5,是,5000余,不适用'
  const rest = Array.from({ length: 40 }, (_, i) => `${townships[1 + (i % 20)]!.name},${2001 + Math.floor(i / 20)},${i},2,否,${i},7`)
  it.each([['plain (40 more rows)', rest], ['general (a quote)', ['"东城街道",2023,1,2,否,3,4']]])('%s', (_, more) => {
    const file = readTextFile(textFile('cells.csv', [HEADER, ODD, ...more].join('\n')), { registry, resolveTownship: townshipResolver(townships) })
    const row = file.submissions.find(s => s.township === '城关街道')
    expect(row?.values).toEqual({ enforcement_staff: null, penalty_amount: 15000, enforcement_data_published: 1, disclosures: 5000, inspections: null })
    expect(row?.approx).toEqual(['disclosures'])
    expect(row?.notApplicable).toEqual(['inspections'])
    expect(file.issues.filter(i => i.row === 2).map(i => [i.code, i.indicator])).toEqual([['not-a-number', 'enforcement_staff']])
  })
})
