// Word (.docx) reports → plain text, through mammoth, loaded on first use so that it never enters
// the first-screen bundle. In the browser the bundler picks mammoth's browser build, which reads an
// ArrayBuffer; in Node mammoth reads a buffer. Both are passed, each side takes its own.

/** A .docx file's paragraphs as text, one paragraph a line; an error value (in Chinese) when the file is no readable Word document. */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string } | { error: string }> {
  const tooBig = (await import('../zipLimits')).zipSizeProblem(bytes)
  if (tooBig) return { error: tooBig }
  const { default: mammoth } = await import('mammoth')
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  try {
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0]
    const result = await mammoth.extractRawText(input)
    return { text: result.value.replace(/\n{2,}/g, '\n').trim() }
  } catch (e) {
    return { error: `无法读取 Word 文件（${e instanceof Error ? e.message : String(e)}）：请确认是 .docx 格式，或另存为纯文本后再导入` }
  }
}
