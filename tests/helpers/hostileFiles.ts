// Hostile inputs generated at test time, deterministically: a CSV of bad cells of a given size,
// JSON nested very deep, a table with very many columns, and a zip bomb (an .xlsx whose sheet
// inflates far beyond its size).
import { zipSync } from 'fflate'
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

/** An .xlsx-shaped zip whose sheet XML inflates to `inflated` bytes (mostly one repeated character). */
export function zipBomb(inflated: number): Uint8Array {
  const sheet = new Uint8Array(inflated).fill(0x20)
  return zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/worksheets/sheet1.xml': [sheet, { level: 9 }],
  })
}
