// JSON written piece by piece: a document of arrays too long for one string (a 64 MB CSV gives a
// report of hundreds of MB) goes out in chunks of about a megabyte, each item stringified alone.

const CHUNK = 1 << 20

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
    for (const item of items) {
      put(`${n++ === 0 ? '' : ','}\n    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`)
    }
    put(n === 0 ? ']' : '\n  ]')
  })
  write(`${buffer}\n}`)
}
