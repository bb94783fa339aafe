// JSON written piece by piece: a document of arrays too long for one string (a 64 MB CSV gives a
// report of hundreds of MB) goes out in chunks of about a megabyte, each item stringified alone.

const CHUNK = 1 << 20
/** Items stringified in one call. */
const BATCH = 64
/** What JSON.stringify([[items]], null, 2) writes around the items. */
const OPEN = '[\n  ['
const CLOSE = '\n  ]\n]'
const ITEM_SEPARATOR = ',\n    '

/**
 * Writes `{ "key": [items…], … }` through `write`, two-space indented like JSON.stringify(doc, null, 2).
 * Only one item and one chunk are held as text at a time.
 */
export function writeJsonArrays(sections: readonly (readonly [string, Iterable<unknown>])[], write: (chunk: string) => void): void {
  let buffer = '{'
  const put = (s: string) => {
    buffer += s
    if (buffer.length >= CHUNK) { write(buffer); buffer = '' }
  }
  sections.forEach(([key, items], s) => {
    put(`${s === 0 ? '' : ','}\n  ${JSON.stringify(key)}: [`)
    let n = 0
    let batch: unknown[] = []
    // Items go out in small batches, stringified as they sit in the document (`[[…]]` indents them by
    // four): one call per batch, not a stringify and a re-indent per item.
    // Each item is still put on its own, so chunks end where they always did (the CLI ends each with a newline).
    const flush = () => {
      const text = JSON.stringify([batch], null, 2)
      const end = text.length - CLOSE.length
      // Items are split at `,\n` + four spaces + not a space: lines inside an item are indented deeper,
      // and strings hold no raw line break.
      let from = OPEN.length
      for (;;) {
        let at = text.indexOf(ITEM_SEPARATOR, from)
        while (at !== -1 && at < end && text[at + ITEM_SEPARATOR.length] === ' ') at = text.indexOf(ITEM_SEPARATOR, at + 1)
        const to = at === -1 || at >= end ? end : at
        put(`${n++ === 0 ? '' : ','}${text.slice(from, to)}`)
        if (to === end) break
        from = to + 1
      }
      batch = []
    }
    for (const item of items) {
      batch.push(item)
      if (batch.length === BATCH) flush()
    }
    if (batch.length > 0) flush()
    put(n === 0 ? ']' : '\n  ]')
  })
  write(`${buffer}\n}`)
}
