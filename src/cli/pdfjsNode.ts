// pdf.js for Node (the CLI and the tests): its legacy build, which runs on Node 20 without a DOM;
// without a worker it parses in the same thread, loading its worker module itself. Its CMaps are
// read from the package's folder, for PDFs whose Chinese text is in a font the file does not embed.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { PdfjsLike } from '../core/reportText/pdf'

export async function loadPdfjsNode(): Promise<PdfjsLike> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as PdfjsLike
  const cMapUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`
  return { getDocument: params => pdfjs.getDocument({ ...params, cMapUrl, cMapPacked: true }) }
}
