// Copying a PNG to the clipboard (Clipboard API with ClipboardItem), where the browser allows it.

export type CopyResult = { ok: true } | { ok: false, reason: 'unsupported' | 'failed', error?: string }

/** Whether this browser lets a page write images to the clipboard (Chromium, Safari, Firefox ≥ 127 on HTTPS or localhost). */
export function clipboardImageSupported(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function'
    && typeof ClipboardItem !== 'undefined' && (typeof isSecureContext === 'undefined' || isSecureContext)
}

/**
 * Copies a PNG. The blob may still be rendering: a promise is handed to ClipboardItem at once, so
 * the click still counts as the user's gesture. Never throws; the result says what happened.
 */
export function useClipboardImage() {
  const isSupported = clipboardImageSupported()

  async function copyPng(png: Blob | Promise<Blob>): Promise<CopyResult> {
    if (!isSupported) return { ok: false, reason: 'unsupported' }
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
      return { ok: true }
    } catch (e) {
      return { ok: false, reason: 'failed', error: e instanceof Error ? e.message : String(e) }
    }
  }

  return { isSupported, copyPng }
}
