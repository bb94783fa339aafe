// The wide reader's shortcuts for the common cell: they give what the general readers give.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plainNumberInUnit } from '@/core/cells'
import { parseYear } from '@/core/normalize/common'
import { plainInteger, plainYear } from '@/core/normalize/plainCells'

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
