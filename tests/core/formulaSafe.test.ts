import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { rowsToCsv } from '@/core/exportTable'
import { isFormulaLike, neutralizeFormula } from '@/core/formulaSafe'

/**
 * A spreadsheet's rule, written independently of formulaSafe.ts (OWASP "CSV injection", as Excel, WPS
 * and LibreOffice behave): skip leading blanks; the cell is a formula when the next character is
 * = + - or @ (or a tab / CR) unless the whole field, between spaces, is a plain number.
 */
function spreadsheetRunsIt(field: string): boolean {
  let i = 0
  while (i < field.length && ' \n\f\v\u00a0\u3000'.includes(field[i]!)) i++
  const first = field[i]
  if (first === undefined || !'=+-@\t\r'.includes(first)) return false
  const trimmed = field.replace(/^ +| +$/gu, '')
  return !(trimmed !== '' && /^[+-]?[\d.]/u.test(trimmed) && !/[^\S ]/u.test(trimmed) && Number.isFinite(Number(trimmed)))
}

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1+1', `'+1+1`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['  =1', `'  =1`],
    ['\t1', `'\t1`],
    ['\r=1', `'\r=1`],
    ['=1+1\n+1', `'=1+1\n+1`],
    ['\n=1+1', `'\n=1+1`],
    ['大同镇\n=1', '大同镇\n=1'],
    ['-5', '-5'],
    ['+3.5', '+3.5'],
    ['−5', '−5'],
    ['大同镇', '大同镇'],
    ['约5000', '约5000'],
    ['', ''],
  ])('writes %j as %j', (text, safe) => {
    expect(neutralizeFormula(text)).toBe(safe)
  })
})

const risky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', ',', '1', '.', 'e', '镇', '\u3000', "'", 'A') , maxLength: 8 })
const cell = fc.oneof(risky, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer())

describe('rowsToCsv against a spreadsheet', () => {
  it('writes no field a spreadsheet would run, loses nothing but the mark, keeps numbers as numbers', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const width = Math.max(...rows.map(r => r.length))
      // A first column of plain text keeps an all-empty row from reading as no row at all.
      const square = rows.map(r => ['行', ...r, ...Array.from({ length: width - r.length }, () => '')])
      const parsed = Papa.parse<string[]>(rowsToCsv(square), { newline: '\r\n', delimiter: ',' }).data
      expect(parsed).toHaveLength(square.length)
      square.forEach((row, r) => row.forEach((value, c) => {
        const field = parsed[r]![c]!
        expect(spreadsheetRunsIt(field)).toBe(false)
        if (typeof value === 'number') expect(field).toBe(String(value))
        else expect(field).toBe(spreadsheetRunsIt(value) ? `'${value}` : value)
      }))
    }), { numRuns: 400 })
  })

  it('agrees with the spreadsheet on every single text', () => {
    fc.assert(fc.property(risky, text => isFormulaLike(text) === spreadsheetRunsIt(text)), { numRuns: 2000 })
  })
})
