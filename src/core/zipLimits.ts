// Zip-based files (.xlsx, .docx, .odt) checked before a reader inflates them: the sizes the zip's
// central directory declares, then the real size while inflating each part (a "zip bomb" may declare
// small sizes and inflate to gigabytes). Inflation stops as soon as the limit is passed; nothing
// inflated is kept.
import { Inflate } from 'fflate'
import { LIMITS, limitTexts } from './limits'
import type { Message } from './messages/render'

interface ZipEntry { method: number, compressed: number, size: number, localOffset: number }

const EOCD = 0x06054B50
const CENTRAL = 0x02014B50
const LOCAL = 0x04034B50
const ZIP64 = 0xFFFFFFFF

/** The entries of the central directory, or null when there is none (not a zip, or damaged: the reader says so). */
function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) { eocd = i; break }
  }
  if (eocd === -1) return null
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return entries
    entries.push({ method: view.getUint16(at + 10, true), compressed: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), localOffset: view.getUint32(at + 42, true) })
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** Bytes `entry` inflates to, counting no further than `budget` (then budget + 1). */
function inflatedSize(bytes: Uint8Array, entry: ZipEntry, budget: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return 0
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressed))
  if (entry.method === 0) return data.length
  if (entry.method !== 8) return 0
  let total = 0
  const inflate = new Inflate((chunk) => { total += chunk.length })
  const STEP = 16 * 1024
  try {
    for (let i = 0; i < data.length && total <= budget; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length)
  } catch {
    return total // damaged data: the reader will say so
  }
  return Math.min(total, budget + 1)
}

/**
 * Why a zip-based file is refused for its unzipped size, or null. Checks the declared sizes first
 * (no inflating), then inflates part by part, counting, and stops past LIMITS.unzippedBytes.
 */
export function zipSizeProblem(bytes: Uint8Array, limit: number = LIMITS.unzippedBytes): Message | null {
  const entries = centralDirectory(bytes)
  if (!entries) return null
  let declared = 0
  for (const e of entries) {
    if (e.size === ZIP64 || e.compressed === ZIP64) return limitTexts.unzipped(null)
    declared += e.size
  }
  if (declared > limit) return limitTexts.unzipped(declared)
  let inflated = 0
  for (const e of entries) {
    inflated += inflatedSize(bytes, e, limit - inflated)
    if (inflated > limit) return limitTexts.unzipped(inflated)
  }
  return null
}
