// The Dataset's table as it is kept: each value column in the narrowest typed array that holds every
// number of it exactly (issue 14: memory ≤ 3× the file). Counts fit in one or two bytes, amounts of
// whole yuan in four; rates and anything with a fraction, a sign of zero or no finite value stay in
// eight. Cells without a number hold 0 there (the flags say which cells have one). Columns are written
// only while a table is built and finalized (Float64Array); a compacted table is read, never written:
// widenedTable gives a writer its columns back as built.
import { NUM, numberArrayKind, type NumberArray } from './columns'
import type { SubmissionTable } from './table'

type Kind = NonNullable<ReturnType<typeof numberArrayKind>>

/**
 * The narrowest kind holding every number of the column (the cells whose flags have NUM), and whether
 * every other cell is NaN: one pass over the column.
 */
function kindOf(values: NumberArray, flags: Uint8Array): { kind: Kind, blanksAreNaN: boolean } {
  const own = numberArrayKind(values)
  if (own !== 'f64' && own !== null) return { kind: own, blanksAreNaN: false }
  let min = 0
  let max = 0
  let blanksAreNaN = true
  for (let r = 0; r < values.length; r++) {
    const v = values[r] as number
    if (!((flags[r] as number) & NUM)) {
      if (v === v) blanksAreNaN = false
      continue
    }
    // Non-finite, fractional and −0 need eight bytes; so does anything past 32-bit integers
    // (v | 0 is v exactly for the integers from −2³¹ to 2³¹ − 1, and for −0, told apart by 1 / v).
    if ((v | 0) !== v || (v === 0 && 1 / v < 0)) return { kind: 'f64', blanksAreNaN }
    if (v < min) min = v
    else if (v > max) max = v
  }
  const kind = min < 0 ? 'i32' : max <= 0xff ? 'u8' : max <= 0xffff ? 'u16' : 'i32'
  return { kind, blanksAreNaN }
}

/** The column in the narrowest array that holds each of its numbers exactly; itself when that is its own. */
export function narrowest(values: NumberArray, flags: Uint8Array): NumberArray {
  const { kind, blanksAreNaN } = kindOf(values, flags)
  if (kind === 'f64' || !(values instanceof Float64Array)) return values
  const out = kind === 'u8' ? new Uint8Array(values.length) : kind === 'u16' ? new Uint16Array(values.length) : new Int32Array(values.length)
  // Converted in one native copy where every cell without a number is NaN (as built): that becomes 0, each number itself.
  if (blanksAreNaN) out.set(values)
  else for (let r = 0; r < values.length; r++) if ((flags[r] as number) & NUM) out[r] = values[r] as number
  return out
}

/** The table with every value column in its narrowest array (rowsOf gives the very same rows). */
export function compactTable(t: SubmissionTable): SubmissionTable {
  const values = t.values.map((v, i) => narrowest(v, t.flags[i] as Uint8Array))
  return values.every((v, i) => v === t.values[i]) ? t : { ...t, values }
}

/** The table with every value column a Float64Array again, NaN where a cell has no number: what a writer needs. */
export function widenedTable(t: SubmissionTable): SubmissionTable {
  if (t.values.every(v => v instanceof Float64Array)) return t
  const values = t.values.map((v, i) => {
    if (v instanceof Float64Array) return v
    const flags = t.flags[i] as Uint8Array
    const out = new Float64Array(v.length).fill(Number.NaN)
    for (let r = 0; r < v.length; r++) if ((flags[r] as number) & NUM) out[r] = v[r] as number
    return out
  })
  return { ...t, values }
}
