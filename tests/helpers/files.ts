// Reading what the app downloads in the browser tests: PNG size from its header, ZIP entries.
import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import type { Download } from 'playwright-core'

/** The bytes of a finished download. */
export async function downloadBytes(download: Download): Promise<Uint8Array> {
  const path = await download.path()
  if (!path) throw new Error(`download ${download.suggestedFilename()} has no file`)
  return new Uint8Array(await readFile(path))
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

/** Width and height of a PNG: big-endian in the IHDR chunk, bytes 16–23. */
export function pngSize(bytes: Uint8Array): { width: number, height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** The entries of a ZIP, name → bytes (directories left out). */
export function zipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  const all = unzipSync(bytes)
  return Object.fromEntries(Object.entries(all).filter(([name]) => !name.endsWith('/')))
}
