// Word (.docx) reports → plain text, through mammoth, loaded on first use so that it never enters
// the first-screen bundle. In the browser the bundler picks mammoth's browser build, which reads an
// ArrayBuffer; in Node mammoth reads a buffer. Both are passed, each side takes its own.
import { coded } from '../messages/chinese'
import type { Message } from '../messages/render'

/** A .docx file's paragraphs as text, one paragraph a line; an error value (in Chinese) when the file is no readable Word document. */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string } | { error: string, errorText?: Message }> {
  const tooBig = (await import('../zipLimits')).zipSizeProblem(bytes)
  if (tooBig) return coded(tooBig)
  const { default: mammoth } = await import('mammoth')
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  try {
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0]
    const result = await mammoth.extractRawText(input)
    return { text: result.value.replace(/\n{2,}/g, '\n').trim() }
  } catch (e) {
    return coded({ code: 'report-docx-unreadable', params: { reason: e instanceof Error ? e.message : String(e) } })
  }
}
