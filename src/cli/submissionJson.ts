// The submissions of the CLI's JSON report, written straight from the Dataset's table: the text
// JSON.stringify gives each `{ township, code, year, values, approx, derived, source }` of rowsOf
// as it sits in the report (two-space indent, four deep), without building the 40,000 row objects.
// What repeats (a shape's keys, a list, a place, a file) is stringified and encoded once.
import { nullTemplate } from '../core/columns'
import { NULL_ROW, NUM, type SubmissionTable } from '../core/table'
import { piece, type ByteText, type Piece } from './byteText'
import type { RenderedItems } from './jsonStream'

const I6 = '\n      '
const I8 = '\n        '
const NULL = piece('null')
const TOWNSHIP = piece(`{${I6}"township": `)
const CODE = piece(`,${I6}"code": `)
const YEAR = piece(`,${I6}"year": `)
const VALUES = piece(`,${I6}"values": `)
const NO_VALUES = piece('{}')
const OPEN_VALUES = piece('{')
const CLOSE_VALUES = piece(`${I6}}`)
const APPROX = piece(`,${I6}"approx": `)
const DERIVED = piece(`,${I6}"derived": `)
const FILE = piece(`,${I6}"source": {${I8}"file": `)
const ROW = piece(`,${I8}"row": `)
const END = piece(`${I6}}\n    }`)

/** A list of strings as an item's member (six deep): `[]`, or one string per line. */
const listText = (list: readonly string[]): string => (list.length === 0 ? '[]' : `[${list.map(s => I8 + JSON.stringify(s)).join(',')}${I6}]`)

/** Per shape, each key's `"key": ` (after its comma and line break) and its column, in the order JSON.stringify walks a values object. */
interface ShapeText { readonly prefixes: readonly Piece[], readonly columns: readonly number[] }

function shapeText(keys: readonly string[], index: ReadonlyMap<string, number>): ShapeText {
  // The keys as an object of them enumerates them (integer-like keys first), as rowsOf's values do.
  const order = Object.keys(nullTemplate(keys))
  return {
    prefixes: order.map((k, i) => piece(`${i === 0 ? '' : ','}${I8}${JSON.stringify(k)}: `)),
    columns: order.map(k => index.get(k) as number),
  }
}

/** The pieces of an interned list's entries, made when first needed. */
function cached<T>(list: readonly T[], text: (x: T) => string): (i: number) => Piece {
  const pieces: (Piece | undefined)[] = []
  return i => (pieces[i] ??= piece(text(list[i] as T)))
}

/** The table's rows as the report's submission items (writeJsonBytes' RenderedItems). */
export function submissionItems(t: SubmissionTable): RenderedItems {
  const index = new Map(t.ids.map((id, i) => [id, i]))
  const shapes: (ShapeText | undefined)[] = []
  const file = cached(t.files, s => JSON.stringify(s))
  const list = cached(t.lists, listText)
  const write = (out: ByteText, v: number) => {
    if (Number.isFinite(v)) out.number(v)
    else out.piece(NULL)
  }
  return {
    count: t.rows,
    render(r, out) {
      const p = t.place[r] as number
      out.piece(TOWNSHIP)
      // Places are many and seldom repeat: their names are written, not kept as pieces.
      out.text(JSON.stringify(t.names[p]))
      out.piece(CODE)
      out.text(JSON.stringify(t.codes[p]))
      out.piece(YEAR)
      out.number(t.year[r] as number)
      out.piece(VALUES)
      const s = t.shapes[r] as number
      const shape = (shapes[s] ??= shapeText(t.keyLists[s] as readonly string[], index))
      const { prefixes, columns } = shape
      if (columns.length === 0) out.piece(NO_VALUES)
      else {
        out.piece(OPEN_VALUES)
        for (let k = 0; k < columns.length; k++) {
          const c = columns[k] as number
          out.piece(prefixes[k] as Piece)
          if (((t.flags[c] as Uint8Array)[r] as number) & NUM) write(out, (t.values[c] as Float64Array)[r] as number)
          else out.piece(NULL)
        }
        out.piece(CLOSE_VALUES)
      }
      out.piece(APPROX)
      out.piece(list(t.approx[r] as number))
      out.piece(DERIVED)
      out.piece(list(t.derived[r] as number))
      out.piece(FILE)
      out.piece(file(t.sourceFile[r] as number))
      out.piece(ROW)
      const row = t.sourceRow[r] as number
      if (row === NULL_ROW) out.piece(NULL)
      else out.number(row)
      out.piece(END)
    },
  }
}
