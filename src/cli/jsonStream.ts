// JSON written piece by piece: a document of arrays too long for one string (a 64 MB CSV gives a
// report of hundreds of MB) goes out in chunks of about a megabyte, as UTF-8 bytes (byteText.ts).
// Items are stringified a batch at a time, or written by a renderer of their own (submissionJson.ts).
import { ByteText } from './byteText'

/** A chunk ends once it is this long as a string (in UTF-16 units). */
const CHUNK = 1 << 20
/** Items stringified in one call. */
const BATCH = 64
/** What JSON.stringify([[items]], null, 2) writes around the items. */
const OPEN = '[\n  ['
const CLOSE = '\n  ]\n]'
const ITEM_SEPARATOR = ',\n    '

/**
 * Items that write themselves: render(i, out) writes item i as JSON.stringify(item, null, 2) gives it,
 * re-indented to sit four deep in the document.
 */
export interface RenderedItems {
  readonly count: number
  render: (i: number, out: ByteText) => void
}

export type JsonSection = readonly [string, Iterable<unknown> | RenderedItems]

const isRendered = (items: Iterable<unknown> | RenderedItems): items is RenderedItems => typeof (items as RenderedItems).render === 'function'

/**
 * Where the item of `text` (a batch as JSON.stringify([batch], null, 2) writes it) that reaches
 * position `at` ends: the first separator between items at or after `at`, else `end`. Items are split
 * at `,\n` + four spaces + not a space: lines inside an item are indented deeper, and strings hold no
 * raw line break.
 */
function itemEnd(text: string, at: number, end: number): number {
  let sep = text.indexOf(ITEM_SEPARATOR, at)
  while (sep !== -1 && sep < end && text[sep + ITEM_SEPARATOR.length] === ' ') sep = text.indexOf(ITEM_SEPARATOR, sep + 1)
  return sep === -1 || sep >= end ? end : sep
}

/**
 * Writes `{ "key": [items…], … }` through `write` as UTF-8, two-space indented like
 * JSON.stringify(doc, null, 2). Only one batch and one chunk are held at a time. A chunk ends at the
 * first end of an item (or of a key's opening or closing) that brings it to CHUNK characters: where
 * writing item by item as strings ended it, so the CLI's output (a newline after each chunk) stays the
 * same byte for byte.
 */
export function writeJsonBytes(sections: readonly JsonSection[], write: (chunk: Uint8Array) => void): void {
  const out = new ByteText()
  const full = () => { if (out.units >= CHUNK) write(out.take()) }
  const put = (s: string) => { out.text(s); full() }
  out.ascii('{')
  sections.forEach(([key, items], s) => {
    put(`${s === 0 ? '' : ','}\n  ${JSON.stringify(key)}: [`)
    let first = true
    if (isRendered(items)) {
      for (let i = 0; i < items.count; i++) {
        out.ascii(first ? '\n    ' : ',\n    ')
        first = false
        items.render(i, out)
        full()
      }
    } else {
      let batch: unknown[] = []
      // A batch stringified as it sits in the document (`[[…]]` indents its items by four) and put
      // whole, cut only at the item that fills a chunk. After the first item each starts with its comma.
      const putBatch = () => {
        const text = JSON.stringify([batch], null, 2)
        const end = text.length - CLOSE.length
        let from = OPEN.length
        if (!first) out.ascii(',')
        first = false
        while (from < end) {
          const to = out.units + (end - from) < CHUNK ? end : itemEnd(text, from + CHUNK - out.units, end)
          out.text(text.slice(from, to))
          full()
          from = to
        }
        batch = []
      }
      for (const item of items) {
        batch.push(item)
        if (batch.length === BATCH) putBatch()
      }
      if (batch.length > 0) putBatch()
    }
    put(first ? ']' : '\n  ]')
  })
  out.ascii('\n}')
  write(out.take())
}

/** writeJsonBytes with each chunk as a string. */
export function writeJsonArrays(sections: readonly JsonSection[], write: (chunk: string) => void): void {
  const decoder = new TextDecoder()
  writeJsonBytes(sections, chunk => write(decoder.decode(chunk)))
}
