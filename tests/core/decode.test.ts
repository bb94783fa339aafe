import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeBytes, sniffBinaryKind } from '@/core/decode'
import type { Encoding } from '@/core/types'

// Fixtures are written by tests/fixtures/encoding/makeEncodingFixtures.ts.
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/encoding/${name}`, import.meta.url)))

const CSV = '乡镇,年度,持证上岗率(%)\r\n大同镇,2024,100\r\n'
const RARE_CSV = '乡镇,年度,发放法治宣传资料\r\n䶮山乡,2024,8000余\r\n㙟口镇,2024,1.2万\r\n'
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b)
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('decodeBytes', () => {
  it.each<[string, Encoding, string]>([
    ['utf8.csv', 'utf-8', CSV],
    ['utf8-bom.csv', 'utf-8-bom', CSV],
    ['gbk.csv', 'gb18030', CSV],
    ['gb18030-rare.csv', 'gb18030', RARE_CSV],
    ['utf16le-bom.csv', 'utf-16le', CSV],
    ['utf16be-bom.csv', 'utf-16be', CSV],
    ['utf16le.csv', 'utf-16le', CSV],
    ['utf16be.csv', 'utf-16be', CSV],
  ])('reads %s as %s, BOM stripped and line endings kept', (name, encoding, text) => {
    expect(decodeBytes(fixture(name))).toEqual({ text, encoding })
  })

  it('refuses the binary fixture with a Chinese message', () => {
    expect(decodeBytes(fixture('binary.bin'))).toMatchObject({ error: expect.stringContaining('二进制文件'), errorText: { code: expect.stringMatching(/^decode-/) } })
  })

  it.each<[string, Uint8Array, string]>([
    ['an .xlsx (zip)', bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), '.xlsx'],
    ['an old .xls', bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00), '.xls'],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), 'PDF'],
    ['text with control characters', utf8('a\x01b\x02c\x03d\x04e\x05f\x06g\x07h\x08'), '二进制'],
    ['text with a stray NUL', utf8('乡镇,年度\n大同镇\x00,2024\n'), '二进制'],
  ])('refuses %s with advice naming it', (_, input, named) => {
    const result = decodeBytes(input)
    expect(result).toMatchObject({ error: expect.stringContaining(named), errorText: { code: expect.stringMatching(/^decode-/) } })
  })

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const junk = new Uint8Array(200).map((_, i) => (i % 2 === 0 ? 0xFF : 0x80))
    expect(decodeBytes(junk)).toMatchObject({ error: expect.stringContaining('编码'), errorText: { code: expect.stringMatching(/^decode-/) } })
  })

  it.each<[string, Uint8Array, string, Encoding]>([
    ['an empty file', bytes(), '', 'utf-8'],
    ['a lone UTF-8 BOM', bytes(0xEF, 0xBB, 0xBF), '', 'utf-8-bom'],
    ['a lone UTF-16 LE BOM', bytes(0xFF, 0xFE), '', 'utf-16le'],
    ['plain ASCII', utf8('township,year\n'), 'township,year\n', 'utf-8'],
    ['tabs and form feeds', utf8('乡镇\t年度\f\n'), '乡镇\t年度\f\n', 'utf-8'],
    ['only the first BOM removed', bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61), '\uFEFFa', 'utf-8-bom'],
  ])('decodes %s', (_, input, text, encoding) => {
    expect(decodeBytes(input)).toEqual({ text, encoding })
  })

  it('falls back to detection when a UTF-8 BOM precedes GBK bytes', () => {
    const gbk = fixture('gbk.csv')
    const withBom = new Uint8Array([0xEF, 0xBB, 0xBF, ...gbk])
    expect(decodeBytes(withBom)).toEqual({ text: CSV, encoding: 'gb18030' })
  })

  it('decodes a large UTF-8 file whole', () => {
    const text = '乡镇,年度,受众\n' + '大同镇,2024,2800\n'.repeat(100_000)
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' })
  })

  it('decodes a large GBK file whose first non-ASCII byte comes after the sample', () => {
    const ascii = 'a,b\n'.repeat(20_000)
    const gbk = fixture('gbk.csv')
    const input = new Uint8Array([...utf8(ascii), ...gbk])
    expect(decodeBytes(input)).toEqual({ text: ascii + CSV, encoding: 'gb18030' })
  })
})

describe('sniffBinaryKind', () => {
  it.each<[string, Uint8Array, ReturnType<typeof sniffBinaryKind>]>([
    ['a zip entry', bytes(0x50, 0x4B, 0x03, 0x04), 'zip'],
    ['an empty zip', bytes(0x50, 0x4B, 0x05, 0x06), 'zip'],
    ['an OLE2 file', bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), 'xls'],
    ['a PDF', utf8('%PDF-1.4'), 'pdf'],
    ['a CSV', utf8('乡镇,年度'), null],
    ['a CSV starting with PK', utf8('PK,year'), null],
    ['too few bytes', bytes(0x50, 0x4B), null],
    ['nothing', bytes(), null],
  ])('recognises %s', (_, input, kind) => {
    expect(sniffBinaryKind(input)).toBe(kind)
  })
})
