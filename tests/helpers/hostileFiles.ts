// Hostile inputs generated at test time, deterministically: a CSV of bad cells of a given size,
// JSON nested very deep, a table with very many columns, and a zip bomb (an .xlsx whose sheet
// inflates far beyond its size).
import type { Registry } from '@/core/types'
import { bigCsvIndicators } from './bigCsv'

/** A wide CSV of about `bytes` bytes whose every indicator cell is not a number (`坏值`). */
export function badCellsCsv(bytes: number, registry: Registry): string {
  const ids = bigCsvIndicators(registry)
  const header = ['乡镇', '年度', ...ids.map(id => registry.byId.get(id)?.label_zh ?? id)].join(',')
  const lines = [header]
  let size = header.length
  for (let r = 0; size < bytes; r++) {
    const line = [`坏值镇${String(r % 9999).padStart(4, '0')}`, String(2000 + (r % 100)), ...ids.map(() => '坏值')].join(',')
    lines.push(line)
    size += line.length * 2 + 2 // about two bytes a character in UTF-8 here
  }
  return `${lines.join('\r\n')}\r\n`
}

/** JSON `{"submissions":[{"township":"大同镇","year":2024,"values":{"inspections": {"a":{"a":…1…}}}}]}`, `depth` levels deep. */
export function deepJson(depth: number): string {
  return `{"submissions":[{"township":"大同镇","year":2024,"values":{"inspections":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}]}`
}

/** A CSV of `columns` unknown columns and a few rows. */
export function wideUnknownCsv(columns: number, rows = 3): string {
  const header = ['乡镇', '年度', ...Array.from({ length: columns }, (_, i) => `未知列${i + 1}`)]
  const body = Array.from({ length: rows }, (_, r) => ['大同镇', String(2020 + r), ...Array.from({ length: columns }, (_, c) => String((r + c) % 10))])
  return [header, ...body].map(l => l.join(',')).join('\r\n')
}

/**
 * Raw DEFLATE of `size` spaces written by hand in one fixed-Huffman block: a literal space, then
 * back-references of 258 bytes at distance 1 (13 bits each), so 100 MB costs ~650 KB and no time.
 */
function deflatedSpaces(size: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((size / 258) * 13 / 8) + 300) // + up to 257 trailing literals
  let bit = 0
  const put = (value: number, n: number) => { for (let i = 0; i < n; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7) }
  const code = (value: number, n: number) => { for (let i = n - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7) }
  put(1, 1) // final block
  put(1, 2) // fixed Huffman codes
  code(0x30 + 0x20, 8) // literal ' ' (0x20): codes 0–143 are 0x30 + value, 8 bits
  let left = size - 1
  for (; left >= 258; left -= 258) { code(0b11000101, 8); code(0, 5) } // length 258 (code 285), distance 1
  for (; left > 0; left--) code(0x30 + 0x20, 8)
  code(0, 7) // end of block (256)
  return out.subarray(0, (bit >> 3) + 1)
}

/**
 * An .xlsx-shaped zip (its sheet XML stored with DEFLATE) whose sheet inflates to `inflated` bytes
 * of spaces; the central directory declares `declared` (default: the truth). CRCs are left 0.
 */
export function zipBomb(inflated: number, declared = inflated): Uint8Array {
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml')
  const data = deflatedSpaces(inflated)
  const local = new DataView(new ArrayBuffer(30))
  local.setUint32(0, 0x04034B50, true); local.setUint16(4, 20, true); local.setUint16(8, 8, true)
  local.setUint32(18, data.length, true); local.setUint32(22, declared, true); local.setUint16(26, name.length, true)
  const central = new DataView(new ArrayBuffer(46))
  central.setUint32(0, 0x02014B50, true); central.setUint16(4, 20, true); central.setUint16(6, 20, true); central.setUint16(10, 8, true)
  central.setUint32(20, data.length, true); central.setUint32(24, declared, true); central.setUint16(28, name.length, true)
  const centralAt = 30 + name.length + data.length
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054B50, true); end.setUint16(8, 1, true); end.setUint16(10, 1, true)
  end.setUint32(12, 46 + name.length, true); end.setUint32(16, centralAt, true)
  const parts = [new Uint8Array(local.buffer), name, data, new Uint8Array(central.buffer), name, new Uint8Array(end.buffer)]
  const zip = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) { zip.set(p, at); at += p.length }
  return zip
}
