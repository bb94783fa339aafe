// The kept table's narrow columns (tableCompact.ts): each column in the narrowest array that holds
// every number exactly, the rows unchanged, and widened back before anything writes into it.
import { describe, expect, it } from 'vitest'
import { KEY, NUM } from '@/core/columns'
import { finalizeTable } from '@/core/finalizeColumns'
import { loadRegistryFile } from '@/cli/loadData'
import { compactTable, narrowest, widenedTable } from '@/core/tableCompact'
import { tableOf } from '@/core/tableBuild'
import { rowsOf, rowsOfTable } from '@/core/tableRows'
import type { Submission } from '@/core/types'

/** A built column of `cells` (null: the row has the key and no number; undefined: no key). */
function column(cells: readonly (number | null | undefined)[]): { values: Float64Array, flags: Uint8Array } {
  const values = new Float64Array(cells.length).fill(Number.NaN)
  const flags = new Uint8Array(cells.length)
  cells.forEach((c, r) => {
    if (c === undefined) return
    flags[r] = typeof c === 'number' ? KEY | NUM : KEY
    if (typeof c === 'number') values[r] = c
  })
  return { values, flags }
}

describe('narrowest', () => {
  it.each<[string, (number | null | undefined)[], string]>([
    ['small counts', [0, 3, 255], 'Uint8Array'],
    ['counts past 255', [0, 256], 'Uint16Array'],
    ['counts past 65,535', [65_536, 1], 'Int32Array'],
    ['a negative whole number', [-1, 5], 'Int32Array'],
    ['the largest 32-bit integer', [2_147_483_647], 'Int32Array'],
    ['the smallest 32-bit integer', [-2_147_483_648], 'Int32Array'],
    ['past 32 bits', [2_147_483_648], 'Float64Array'],
    ['a fraction', [1, 95.24], 'Float64Array'],
    ['minus zero (its sign would be lost)', [-0], 'Float64Array'],
    ['a NaN that is a number cell', [Number.NaN], 'Float64Array'],
    ['an infinity', [Number.POSITIVE_INFINITY], 'Float64Array'],
    ['no number at all', [null, undefined], 'Uint8Array'],
    ['numbers beside cells without one (their NaN does not count)', [7, null, undefined, 200], 'Uint8Array'],
  ])('keeps %s in a %s', (_label, cells, kind) => {
    const { values, flags } = column(cells)
    const out = narrowest(values, flags)
    expect(out.constructor.name).toBe(kind)
    cells.forEach((c, r) => { if (typeof c === 'number') expect(Object.is(out[r], c)).toBe(true) })
  })

  it.each([
    ['NaN, as built', Number.NaN],
    ['anything else left there', 300.5],
  ])('holds 0 in a cell without a number whose value is %s', (_label, blank) => {
    const out = narrowest(Float64Array.of(7, blank, 200), Uint8Array.of(KEY | NUM, KEY, KEY | NUM))
    expect([...out]).toEqual([7, 0, 200])
    expect(out.constructor.name).toBe('Uint8Array')
  })

  it('gives back a column that is already narrow', () => {
    const narrow = Uint8Array.of(1, 2)
    expect(narrowest(narrow, Uint8Array.of(KEY | NUM, KEY | NUM))).toBe(narrow)
  })
})

const subs: Submission[] = [
  { township: '大同镇', code: '1', year: 2024, values: { a: 3, big: 70_000, neg: -2, r: 95.24, z: -0 }, approx: ['a'], derived: [], source: { file: 'x.csv', row: 2 } },
  { township: '青石镇', code: null, year: 2024, values: { a: null, big: 1, neg: 4 }, approx: [], derived: [], notApplicable: ['r'], source: { file: 'x.csv', row: 3 } },
  { township: '桃园镇', code: null, year: 2023, values: { b: 12 }, approx: [], derived: [], source: { file: 'y.csv', row: 2 } },
]

describe('compactTable', () => {
  const built = tableOf(subs)
  const kept = compactTable(built)

  it('narrows each column to what its numbers need', () => {
    const kinds = Object.fromEntries(kept.ids.map((id, i) => [id, kept.values[i]!.constructor.name]))
    expect(kinds).toEqual({ a: 'Uint8Array', big: 'Int32Array', neg: 'Int32Array', r: 'Float64Array', z: 'Float64Array', b: 'Uint8Array' })
  })

  it('gives the very same rows as the table as built', () => {
    expect(rowsOfTable(kept)).toEqual(rowsOfTable(built))
    expect(Object.is(rowsOfTable(kept)[0]!.values.z, -0)).toBe(true)
  })

  it('is the same table when nothing narrows', () => {
    const wide = tableOf([subs[0]!].map(s => ({ ...s, values: { r: 95.24 }, approx: [] })))
    expect(compactTable(wide)).toBe(wide)
  })

  it('is widened back, NaN where no number, before finalizing writes derived rates into it', () => {
    const widened = widenedTable(kept)
    expect(widened.values.every(v => v instanceof Float64Array)).toBe(true)
    expect(Number.isNaN(widened.values[kept.ids.indexOf('a')]![1])).toBe(true)
    expect(rowsOfTable(widened)).toEqual(rowsOfTable(built))
    expect(widenedTable(built)).toBe(built)
  })

  it('never cuts a derived rate written into a column that was narrow', () => {
    const registry = loadRegistryFile()
    // 持证率 reported as a whole number in one row and derived (2 / 3 × 100) in the other.
    const rows: Submission[] = [
      { township: '大同镇', code: null, year: 2024, values: { enforcement_staff: 3, enforcement_certified: 2 }, approx: [], derived: [], source: { file: 'x.csv', row: 2 } },
      { township: '青石镇', code: null, year: 2024, values: { enforcement_staff: 4, enforcement_certified: 3, enforcement_cert_rate: 75 }, approx: [], derived: [], source: { file: 'x.csv', row: 3 } },
    ]
    const narrow = compactTable(tableOf(rows, ['enforcement_cert_rate']))
    const final = rowsOf({ table: finalizeTable(narrow, registry), validationIssues: [] })
    expect(final[0]!.values.enforcement_cert_rate).toBeCloseTo(66.67, 2)
    expect(final[0]!.values.enforcement_cert_rate).not.toBe(66)
  })
})
