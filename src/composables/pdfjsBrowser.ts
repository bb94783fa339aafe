// pdf.js in the browser, loaded on the first PDF report. Its legacy build, which also runs in the
// older Chromium of county office PCs. The worker is a same-origin asset of the built app (the
// CSP allows workers from 'self'); where a worker cannot start, pdf.js falls back to importing
// that same file into the page. In the single-file build every asset is a data: URL, which the
// CSP refuses as a worker and as a script: there the worker's code is bundled into the page instead
// and handed to pdf.js as globalThis.pdfjsWorker, so that pdf.js runs in the page without loading anything.
// The Chinese CMaps come with it (./pdfCMaps.ts).
import type { PdfjsLike } from '@/core/reportText/pdf'

let loading: Promise<PdfjsLike> | null = null

async function load(): Promise<PdfjsLike> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // SINGLE_FILE is defined by vite.single.config.ts only; the other branch is dropped from each build.
  if (import.meta.env.SINGLE_FILE || typeof Worker === 'undefined') {
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')
  } else {
    pdfjs.GlobalWorkerOptions.workerSrc = (await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')).default
  }
  const { BundledCMaps } = await import('./pdfCMaps')
  const lib = pdfjs as unknown as PdfjsLike
  // CMaps come from the page (bundled assets), not fetched by the worker from a folder the build does not have.
  return { getDocument: params => lib.getDocument({ ...params, BinaryDataFactory: BundledCMaps, useWorkerFetch: false, cMapPacked: true }) }
}

/** pdf.js, loaded once. */
export function loadPdfjsBrowser(): Promise<PdfjsLike> {
  loading ??= load().catch((e: unknown) => { loading = null; throw e })
  return loading
}
