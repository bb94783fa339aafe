// Chunked parsing gives what one whole parse gives: the same grid and issues for any chunk size, on
// random tables whose quoted cells hold line breaks, quotes and delimiters across chunk borders, with
// or without a BOM, in UTF-8 or GBK, and the same file result through the text reader.
import fc from 'fast-check'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { townshipResolver } from '@/core/import'
import { readTextFile } from '@/core/import/readText'
import { LIMITS } from '@/core/limits'
import { parseDelimited } from '@/core/parse/csv'
import { registry, townships } from '../../helpers/ingest'

const RUNS = { numRuns: 300 }
const readCtx = { registry, resolveTownship: townshipResolver(townships) }

/** Cells that cut badly: quotes, delimiters, every line break, a stray quote inside a bare cell, CJK and emoji. */
const PIECES = ['"', '""', ',', ';', '\t', '|', '\n', '\r\n', '\r', ' ', '大同镇', '行政检查次数', '12', '-5', '=1+1', '😀', 'a"b', '\uFEFF', '']
const cell = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map(p => p.join('')), fc.integer({ min: -9, max: 99_999 }).map(String))
const table = fc.record({
  delimiter: fc.constantFrom(',', '\t', ';', '|'),
  newline: fc.constantFrom('\r\n', '\n', '\r'),
  rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 30 }),
  trailing: fc.boolean(),
  /** Writes the table by hand with stray (unbalanced) quotes instead of quoting it properly. */
  raw: fc.boolean(),
})
type Table = typeof table extends fc.Arbitrary<infer T> ? T : never

function write(t: Table): string {
  const body = t.raw
    ? t.rows.map(r => r.join(t.delimiter)).join(t.newline)
    : Papa.unparse(t.rows, { delimiter: t.delimiter, newline: t.newline, quotes: false })
  return `乡镇${t.delimiter}年度${t.delimiter}行政检查次数${t.newline}${body}${t.trailing ? t.newline : ''}`
}

/** What one PapaParse call over the whole text gives (the reader's behaviour before chunking). */
function wholeParse(text: string) {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] })
  const grid = result.data
  if (grid[0]?.[0]?.startsWith('\uFEFF')) grid[0][0] = grid[0][0].slice(1)
  return { grid, errorRows: result.errors.filter(e => e.code !== 'UndetectableDelimiter').map(e => (e.row === undefined ? null : e.row + 1)) }
}

describe('chunked CSV parsing', () => {
  it('gives the grid and issues of one whole parse, for any chunk size', () => {
    fc.assert(fc.property(table, fc.integer({ min: 1, max: 64 }), fc.boolean(), (t, chunkChars, bom) => {
      const text = `${bom ? '\uFEFF' : ''}${write(t)}`
      const whole = wholeParse(text)
      const chunked = parseDelimited(text, 'a.csv', { chunkChars })
      expect(chunked.grid).toEqual(whole.grid)
      expect(chunked.issues.map(i => i.row)).toEqual(whole.errorRows.slice(0, LIMITS.issuesPerFile))
      expect(JSON.stringify(chunked)).toBe(JSON.stringify(parseDelimited(text, 'a.csv', { chunkChars: text.length + 1 })))
    }), RUNS)
  })

  it('guesses the delimiter and line break of a text over 1 MB as one whole parse does', () => {
    const bare = PIECES.filter(p => !p.includes('"'))
    const bareCell = fc.array(fc.constantFrom(...bare), { maxLength: 4 }).map(p => p.join(''))
    const long = fc.record({
      delimiter: fc.constantFrom(',', '\t', ';', '|'),
      newline: fc.constantFrom('\r\n', '\n', '\r'),
      rows: fc.array(fc.array(bareCell, { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 14 }),
      // A cell of about 1 MB after this many rows (fewer than 10 line breaks in the first 1 MB when early).
      bigAt: fc.integer({ min: 0, max: 14 }),
      bigChars: fc.integer({ min: 1024 * 1024 - 200, max: 1024 * 1024 + 200 }),
      // A quote somewhere past the first 1 MB: PapaParse then parses the whole text in its other mode.
      quoteAfter: fc.boolean(),
    })
    fc.assert(fc.property(long, (t) => {
      const rows = t.rows.map(r => r.join(t.delimiter))
      rows.splice(Math.min(t.bigAt, rows.length), 0, `大同镇${t.delimiter}${'1'.repeat(t.bigChars)}`)
      const text = `乡镇${t.delimiter}年度${t.newline}${rows.join(t.newline)}${t.newline}${'测试镇,2024;9\t1|'.repeat(20)}${t.quoteAfter ? '"x"' : ''}`
      const whole = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, preview: 1, delimitersToGuess: [',', '\t', ';', '|'] }).meta
      const { grid } = parseDelimited(text, 'a.csv')
      const again = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: whole.delimiter, newline: whole.linebreak as '\n' })
      expect(grid).toEqual(again.data)
    }), { numRuns: 40 })
  })

  it('reports progress after every chunk, rising to 1', () => {
    const text = write({ delimiter: ',', newline: '\r\n', rows: Array.from({ length: 200 }, (_, r) => [`"镇\n${r}"`, '2024', String(r)]), trailing: true, raw: false })
    const seen: number[] = []
    parseDelimited(text, 'a.csv', { chunkChars: 100, onProgress: f => seen.push(f) })
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(text.length / 100))
    expect(seen.every((f, k) => f >= 0 && f <= 1 && (k === 0 || f >= seen[k - 1]!))).toBe(true)
    expect(seen.at(-1)).toBe(1)
  })

  it.each([
    ['UTF-8', (s: string) => new TextEncoder().encode(s)],
    ['UTF-8 with BOM', (s: string) => new Uint8Array([0xEF, 0xBB, 0xBF, ...new TextEncoder().encode(s)])],
    ['GBK', (s: string) => new Uint8Array(iconv.encode(s.replace(/😀/gu, '笑'), 'gbk'))],
  ])('reads a %s file to the same result in chunks as whole', (_, encode) => {
    fc.assert(fc.property(table, fc.integer({ min: 1, max: 48 }), (t, chunkChars) => {
      const input = { name: 'chunks.csv', bytes: encode(write(t)) }
      const whole = readTextFile(input, readCtx, { chunkChars: input.bytes.length * 4 + 1 })
      expect(JSON.stringify(readTextFile(input, readCtx, { chunkChars }))).toBe(JSON.stringify(whole))
    }), { numRuns: 150 })
  })

  it('keeps at most the capped issues for a file of thousands of broken rows', () => {
    const text = `乡镇,年度,行政检查次数\n${'大同镇,2024,"1"x\n'.repeat(LIMITS.issuesPerFile * 3)}`
    const { issues } = parseDelimited(text, 'a.csv', { chunkChars: 4096 })
    expect(issues.length).toBeLessThanOrEqual(LIMITS.issuesPerFile + 1)
    expect(issues.some(i => i.code === 'too-many-issues' || /另有/u.test(i.message))).toBe(true)
  })
})
