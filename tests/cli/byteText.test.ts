import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteText, piece } from '@/cli/byteText'

const decode = (b: Uint8Array) => new TextDecoder().decode(b)
const encode = (s: string) => new TextEncoder().encode(s)

describe('ByteText', () => {
  it.each([
    ['ASCII', 'township "a"\\n'],
    ['two-byte characters', 'é ß ü'],
    ['Chinese', '城关街道 行政执法人员持证率'],
    ['a pair of surrogates', '𠀋 😀'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', '\uDC00'],
    ['a high surrogate at the end', 'x\uDBFF'],
    ['a long string (the encoder)', '镇'.repeat(100) + '\uD800'],
  ])('writes %s as TextEncoder encodes it, counting its UTF-16 length', (_, s) => {
    const out = new ByteText()
    out.text(s)
    const bytes = out.take()
    expect(bytes).toEqual(encode(s))
    expect(out.units).toBe(0)
    const again = new ByteText()
    again.text(s)
    expect(again.units).toBe(s.length)
  })

  it('encodes any string as TextEncoder does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
      const out = new ByteText()
      out.text(s)
      expect(out.units).toBe(s.length)
      expect(out.take()).toEqual(encode(s))
    }))
  })

  it.each([0, -0, 7, 10, 99, 100, 2024, 123456789, 2 ** 31, 1e15 - 1, 1e15, 1e21, 0.1, 97.96, -1, -2.5, 5e-7, Number.MAX_VALUE, Number.MIN_VALUE])('writes %d as String does', (v) => {
    const out = new ByteText()
    out.number(v)
    expect(out.units).toBe(String(v).length)
    expect(decode(out.take())).toBe(String(v))
  })

  it('writes any finite number as String does', () => {
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(), fc.integer({ min: 0, max: 1e16 })), (v) => {
      const out = new ByteText()
      out.number(v)
      expect(decode(out.take())).toBe(String(v))
    }))
  })

  it('keeps pieces, text and numbers in order across growth, and starts afresh after take', () => {
    const out = new ByteText()
    const p = piece(',\n        "enforcement_cert_rate": ')
    let expected = ''
    for (let i = 0; i < 5000; i++) {
      out.piece(p)
      out.number(i * 1.5)
      out.ascii(i % 2 ? 'null' : 'x')
      out.text(`镇${i}`)
      expected += `${',\n        "enforcement_cert_rate": '}${i * 1.5}${i % 2 ? 'null' : 'x'}镇${i}`
    }
    expect(out.units).toBe(expected.length)
    expect(decode(out.take())).toBe(expected)
    out.ascii('{')
    expect(decode(out.take())).toBe('{')
  })
})
