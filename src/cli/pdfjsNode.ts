// pdf.js for Node (the CLI and the tests): its legacy build, which runs on Node 20 without a DOM;
// without a worker it parses in the same thread, loading its worker module itself.
import type { PdfjsLike } from '../core/reportText/pdf'

export async function loadPdfjsNode(): Promise<PdfjsLike> {
  return await import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as PdfjsLike
}
