import * as CFB from 'cfb'
import { describe, expect, it } from 'vitest'
import { cleanWordText, readPieces, word97ToText } from '@/core/reportText/word97'

/** A Word 97 file made by hand: a FIB, the text in the given pieces (8-bit: each character's code is the cp1252 byte; or UTF-16), a CLX in 1Table. */
function makeDoc(pieces: readonly { text: string, compressed: boolean }[], opts: { flags?: number, nFib?: number } = {}): Uint8Array {
  const header = 0x600
  const chunks: Uint8Array[] = []
  let at = header
  const pcds: { cp: number, fc: number }[] = []
  let cp = 0
  for (const p of pieces) {
    const bytes = p.compressed ? Uint8Array.from([...p.text].map(c => c.charCodeAt(0))) : new Uint8Array(new Uint16Array([...p.text].map(c => c.charCodeAt(0))).buffer)
    pcds.push({ cp, fc: p.compressed ? (at * 2) | 0x40000000 : at })
    chunks.push(bytes)
    at += bytes.length
    cp += p.text.length
  }
  const word = new Uint8Array(at)
  const view = new DataView(word.buffer)
  view.setUint16(0, 0xA5EC, true)
  view.setUint16(2, opts.nFib ?? 0xC1, true)
  view.setUint16(0x0A, opts.flags ?? 0x0200, true)
  view.setUint32(0x4C, cp, true)
  let offset = header
  for (const c of chunks) { word.set(c, offset); offset += c.length }
  const n = pcds.length
  const plc = new DataView(new ArrayBuffer((n + 1) * 4 + n * 8))
  pcds.forEach((p, i) => { plc.setUint32(i * 4, p.cp, true); plc.setUint32((n + 1) * 4 + i * 8 + 2, p.fc, true) })
  plc.setUint32(n * 4, cp, true)
  const prc = [0x01, 0x02, 0x00, 0xAA, 0xBB] // one Prc with two bytes of properties, to be skipped
  const clx = new Uint8Array([...prc, 0x02, 0, 0, 0, 0, ...new Uint8Array(plc.buffer)])
  new DataView(clx.buffer).setUint32(prc.length + 1, plc.byteLength, true)
  view.setUint32(0x01A2, 0, true)
  view.setUint32(0x01A6, clx.length, true)
  const container = CFB.utils.cfb_new()
  CFB.utils.cfb_add(container, 'WordDocument', word)
  CFB.utils.cfb_add(container, '1Table', clx)
  return new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>)
}

describe('word97ToText', () => {
  it('reads 8-bit (cp1252) and UTF-16 pieces in their order', async () => {
    const doc = makeDoc([{ text: 'Report 2024\r', compressed: true }, { text: '大同镇开展检查76次。\r', compressed: false }, { text: 'caf\xe9 \x93ok\x94\r', compressed: true }])
    expect(await word97ToText(doc)).toEqual({ text: 'Report 2024\n大同镇开展检查76次。\ncafé “ok”' })
  })

  it.each([
    ['encrypted', { flags: 0x0300 }, '密码'],
    ['older than Word 97', { nFib: 0x65 }, 'Word 95'],
  ])('refuses a file that is %s with advice', async (_label, opts, words) => {
    const r = await word97ToText(makeDoc([{ text: 'x\r', compressed: true }], opts))
    expect((r as { error: string }).error).toContain(words)
  })

  it('refuses a compound file without a WordDocument stream (an .xls renamed .doc)', async () => {
    const container = CFB.utils.cfb_new()
    CFB.utils.cfb_add(container, 'Workbook', new Uint8Array(16))
    const r = await word97ToText(new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>))
    expect((r as { error: string }).error).toContain('.docx')
  })
})

describe('cleanWordText', () => {
  it.each([
    ['a field keeps its result, not its code', 'see \u0013 PAGE \\* MERGEFORMAT \u00143\u0015 pages\r', 'see 3 pages'],
    ['nested fields', '\u0013 IF \u0013 PAGE \u00142\u0015 \u0014yes\u0015\r', 'yes'],
    ['table cells are tabs, row ends a line', '检查\u000776次\u0007\u0007\r', '检查\t76次'],
    ['pictures and anchors vanish, non-breaking hyphen is a hyphen', 'a\u0001b\u0008c\u001Ed\u001Fe\r', 'abc-de'],
    ['soft line and page breaks are line breaks; empty paragraphs go', 'one\u000Btwo\u000C\r\rthree', 'one\ntwo\nthree'],
  ])('%s', (_label, raw, text) => {
    expect(cleanWordText(raw)).toBe(text)
  })
})

describe('readPieces', () => {
  it('returns null when the CLX has no piece table', () => {
    expect(readPieces(new Uint8Array([0x01, 0x00, 0x00, 0x07]))).toBeNull()
  })
})
