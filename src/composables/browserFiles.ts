// Files the user drops, picks or pastes in the browser, as import input received now.
import type { IncomingFile } from '@/core/types'

/** Browser files → import input, received now: a file's modified time says when it was saved, not when it reached the office. */
export async function readBrowserFiles(files: readonly File[]): Promise<IncomingFile[]> {
  return Promise.all(files.map(async f => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()), receivedAt: Date.now() })))
}

/** Pasted table text as a file named `name` (UTF-8), received now. */
export function pastedFile(name: string, text: string): IncomingFile {
  return { name, bytes: new TextEncoder().encode(text), receivedAt: Date.now() }
}
