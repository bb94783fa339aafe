// The character maps (CMaps) pdf.js needs for PDFs whose Chinese text is set in a font the file does
// not embed (STSong-Light and the like, as older Chinese PDF writers make): without them such a PDF
// reads as empty. Only the Chinese ones (GB for simplified, CNS/Big5 for traditional) travel with the
// app, each a hashed same-origin asset fetched when a PDF asks for it (a data: URL in the single file).
const URLS = import.meta.glob<string>([
  '/node_modules/pdfjs-dist/cmaps/Adobe-GB1-*.bcmap', '/node_modules/pdfjs-dist/cmaps/UniGB-*.bcmap', '/node_modules/pdfjs-dist/cmaps/GB*.bcmap',
  '/node_modules/pdfjs-dist/cmaps/Adobe-CNS1-*.bcmap', '/node_modules/pdfjs-dist/cmaps/UniCNS-*.bcmap', '/node_modules/pdfjs-dist/cmaps/B5*.bcmap',
  '/node_modules/pdfjs-dist/cmaps/ETen-B5-*.bcmap', '/node_modules/pdfjs-dist/cmaps/Identity-*.bcmap',
], { query: '?url', import: 'default', eager: true })

const byName = new Map(Object.entries(URLS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]))

/** pdf.js's BinaryDataFactory for CMaps from the bundled assets; other binary data (fonts, wasm) is not needed to read text. */
export class BundledCMaps {
  async fetch({ kind, filename }: { kind: string, filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? byName.get(filename) : undefined
    if (!url) throw new Error(`pdf.js asked for ${kind} ${filename}, which the app does not carry`)
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${filename}: HTTP ${response.status}`)
    return new Uint8Array(await response.arrayBuffer())
  }
}
