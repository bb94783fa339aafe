// The township list split by hand (a list without quotes) against PapaParse reading it: the same
// townships and issues, row numbers included, on random lists.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTownshipList } from '@/core/townships'

const HEADERS = ['code,name,kind,population,area_km2,aliases', 'code,name', 'name,code,kind', 'code,name,county,kind', 'code\tname\tkind', 'code;name;kind']
const CELLS = ['990101001000', '990101002000', '12345', 'abc', '', ' ', '城关街道', '东城 街道', '镇', '乡', '街道', '村', '12,345', '1.5', '-3', 'a|b', '示例县', '　', '990101001000 ']

const list = fc.record({
  header: fc.constantFrom(...HEADERS),
  linebreak: fc.constantFrom('\n', '\r\n'),
  rows: fc.array(fc.array(fc.constantFrom(...CELLS), { minLength: 0, maxLength: 7 }), { maxLength: 30 }),
  trailing: fc.constantFrom('', '\n', '\n\n'),
})

describe('the township list without quotes', () => {
  it('is read as PapaParse reads it', () => {
    fc.assert(fc.property(list, ({ header, linebreak, rows, trailing }) => {
      const delimiter = header.includes('\t') ? '\t' : header.includes(';') ? ';' : ','
      const text = [header, ...rows.map(r => r.join(delimiter))].join(linebreak) + trailing.replaceAll('\n', linebreak)
      expect(parseTownshipList(text)).toEqual(parseTownshipList(text, 'general'))
    }), { numRuns: 400 })
  })

  it('numbers rows as a spreadsheet does, blank lines counted', () => {
    const { townships, issues } = parseTownshipList('code,name\n990101001000,城关街道\n\n990101001000,东城街道\r\nabc,西城\n')
    expect(townships.map(t => t.name)).toEqual(['城关街道'])
    expect(issues.map(i => [i.row, i.code])).toEqual([[4, 'duplicate-row'], [5, 'invalid-code']])
  })
})
