// The SubmissionTable's pure reads (table.ts), the row-to-table builder (tableBuild.ts) and the rows it
// gives back (tableRows.ts): table-driven, over a few submissions that use every field.
import { describe, expect, it } from 'vitest'
import { APPROX, DERIVED, KEY, NA, NUM } from '@/core/columns'
import { codeAt, columnOf, emptyTable, flagsAt, isTable, rowCount, rowsOfYear, tableBuffers, tableColumns, townshipAt, valueAt, yearAt, yearsOf } from '@/core/table'
import { datasetOfRows, tableOf } from '@/core/tableBuild'
import { rowAt, rowsOf, rowsOfTable } from '@/core/tableRows'
import type { Submission } from '@/core/types'

const subs: Submission[] = [
  { township: '大同镇', code: '500243100', year: 2024, values: { a: 3, b: null, r: 50 }, approx: ['a'], derived: ['r'], source: { file: 'x.csv', row: 2 } },
  { township: '青石镇', code: null, year: 2023, values: { b: 7 }, approx: [], derived: [], notApplicable: ['r'], source: { file: 'y.json', row: null }, notes: '备注' },
  { township: '大同镇', code: '500243100', year: 2023, values: { a: 1, b: 2 }, approx: [], derived: [], source: { file: 'x.csv', row: 3 }, sources: { a: { file: 'z.csv', row: 9 } } },
]
const table = tableOf(subs, ['q'])

describe('tableOf and its reads', () => {
  it.each<[string, () => unknown, unknown]>([
    ['the row count', () => rowCount(table), 3],
    ['a township', () => townshipAt(table, 1), '青石镇'],
    ['a code', () => codeAt(table, 0), '500243100'],
    ['no code', () => codeAt(table, 1), null],
    ['a year', () => yearAt(table, 2), 2023],
    ['places interned', () => [...table.place], [0, 1, 0]],
    ['files interned', () => table.files, ['x.csv', 'y.json']],
    ['a number', () => valueAt(table, 0, 'a'), 3],
    ['a null figure', () => valueAt(table, 0, 'b'), null],
    ['a key the row lacks', () => valueAt(table, 1, 'a'), undefined],
    ['an id no row holds', () => valueAt(table, 0, 'nowhere'), undefined],
    ['an approximate number', () => flagsAt(table, 0, 'a'), KEY | NUM | APPROX],
    ['a derived rate', () => flagsAt(table, 0, 'r'), KEY | NUM | DERIVED],
    ['a 不适用 id without a value key', () => flagsAt(table, 1, 'r'), NA],
    ['an ensured id gets an empty column', () => [...(columnOf(table, 'q')?.flags ?? [])], [0, 0, 0]],
    ['no column for an unknown id', () => columnOf(table, 'nowhere'), null],
    ['the rows of a year', () => rowsOfYear(table, 2023), [1, 2]],
    ['the years', () => yearsOf(table), [2023, 2024]],
    ['key lists interned by content', () => table.keyLists, [['a', 'b', 'r'], ['b'], ['a', 'b']]],
    ['is a table', () => isTable(table), true],
    ['an object is not a table', () => isTable({ rows: 3 }), false],
  ])('gives %s', (_label, read, expected) => {
    expect(read()).toEqual(expected)
  })

  it('views its columns as ValueColumns, with an absent column for an unknown id', () => {
    const cols = tableColumns(table)
    expect(cols.ids).toEqual(['a', 'b', 'r', 'q'])
    expect([...cols.column('b').values]).toEqual([Number.NaN, 7, 2])
    expect([...cols.column('nowhere').flags]).toEqual([0, 0, 0])
    expect(tableColumns(table)).toBe(cols)
  })

  it('lists each typed array buffer once for a transfer', () => {
    const buffers = tableBuffers(table)
    expect(new Set(buffers).size).toBe(buffers.length)
    expect(buffers).toContain(table.values[0]!.buffer)
  })
})

describe('the rows of a table', () => {
  it.each(subs.map((s, i) => [i, s] as const))('gives back submission %i with every field', (i, s) => {
    expect(rowAt(table, i)).toStrictEqual(s)
    expect(Object.keys(rowAt(table, i).values)).toEqual(Object.keys(s.values))
  })

  it('makes the rows once per table and shares them', () => {
    const ds = datasetOfRows(subs)
    expect(rowsOf(ds)).toBe(rowsOf(ds))
    expect(rowsOfTable(ds.table)).toBe(rowsOf(ds))
    expect(rowsOf(ds)).toStrictEqual(subs)
  })

  it('survives a structured clone (what a worker message and IndexedDB do to it)', () => {
    expect(rowsOfTable(structuredClone(table))).toStrictEqual(subs)
  })

  it('has no rows when empty', () => {
    expect([rowsOfTable(emptyTable), yearsOf(emptyTable), tableOf([])]).toEqual([[], [], { ...emptyTable }])
  })
})
