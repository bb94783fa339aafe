// Saving generated files (CSV, Excel) through the browser's download.
import { rowsToCsv } from '@/core/exportTable'

/** Byte-order mark: Excel on Windows opens a UTF-8 CSV correctly only with it. */
export const UTF8_BOM = '\uFEFF'

/**
 * Saves a blob under a file name (an object URL clicked through a detached link). The URL is revoked
 * after 30 s: large files (a 3× PNG, a ZIP of a page) can take that long to hand over to the browser.
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/** CSV text for Excel: UTF-8 with BOM, CRLF, cells starting with = + - @ neutralised (rowsToCsv). */
export function csvBlob(rows: readonly (readonly (string | number)[])[]): Blob {
  return new Blob([UTF8_BOM, rowsToCsv(rows)], { type: 'text/csv;charset=utf-8' })
}

/** Downloads of the data page: `csv(name, rows)` and `blob(name, blob)`. */
export function useDownload() {
  return {
    isSupported: typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function',
    csv: (name: string, rows: readonly (readonly (string | number)[])[]) => downloadBlob(name, csvBlob(rows)),
    blob: downloadBlob,
  }
}
