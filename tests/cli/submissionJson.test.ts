import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writeJsonArrays } from '@/cli/jsonStream'
import { submissionItems } from '@/cli/submissionJson'
import { tableOf } from '@/core/tableBuild'
import { compactTable } from '@/core/tableCompact'
import { rowsOfTable } from '@/core/tableRows'
import type { Submission } from '@/core/types'

/** What the report held before: each row of rowsOf, its public members picked, stringified by JSON.stringify. */
const picked = (s: Submission) => ({ township: s.township, code: s.code, year: s.year, values: s.values, approx: s.approx, derived: s.derived, source: s.source })

function written(subs: readonly Submission[]): { now: string[], before: string[] } {
  const t = compactTable(tableOf(subs))
  const now: string[] = []
  const before: string[] = []
  writeJsonArrays([['submissions', submissionItems(t)]], s => now.push(s))
  writeJsonArrays([['submissions', rowsOfTable(t).map(picked)]], s => before.push(s))
  return { now, before }
}

const ID = fc.constantFrom('enforcement_staff', 'enforcement_cert_rate', '行政检查次数', '1', '20', '__proto__', 'a"b', 'x\ny', '😀')
const VALUE = fc.oneof(fc.constant(null), fc.nat(300), fc.integer(), fc.double(), fc.constantFrom(0, -0, 97.96, 1e21, 2 ** 40, Number.POSITIVE_INFINITY, Number.NaN))
const SUBMISSION: fc.Arbitrary<Submission> = fc.record({
  township: fc.oneof(fc.constantFrom('城关街道', '青石镇'), fc.string({ unit: 'binary', maxLength: 6 })),
  code: fc.option(fc.constantFrom('990101001000', '990101101000'), { nil: null }),
  year: fc.integer({ min: 1990, max: 2030 }),
  values: fc.dictionary(ID, VALUE, { maxKeys: 6 }),
  approx: fc.uniqueArray(ID, { maxLength: 2 }),
  derived: fc.uniqueArray(ID, { maxLength: 3 }),
  source: fc.record({ file: fc.constantFrom('a.csv', '报表 "甲".xlsx'), row: fc.option(fc.nat(100_000), { nil: null }) }),
}).chain(s => fc.record({ notApplicable: fc.option(fc.uniqueArray(ID, { maxLength: 2 }), { nil: undefined }), notes: fc.option(fc.string(), { nil: undefined }) })
  .map(extra => ({ ...s, ...(extra.notApplicable ? { notApplicable: extra.notApplicable } : {}), ...(extra.notes !== undefined ? { notes: extra.notes } : {}) })))

describe('submissionItems', () => {
  it('writes each row of a table as JSON.stringify writes its submission', () => {
    fc.assert(fc.property(fc.array(SUBMISSION, { maxLength: 12 }), (subs) => {
      const { now, before } = written(subs)
      expect(now).toEqual(before)
      expect(JSON.parse(now.join(''))).toEqual(JSON.parse(before.join('')))
    }), { numRuns: 300 })
  })

  it.each([
    ['no rows', 0],
    ['one row', 1],
    ['rows across several chunks', 3000],
  ])('ends its chunks where stringified rows end them: %s', (_, rows) => {
    const subs: Submission[] = Array.from({ length: rows }, (_, i) => ({
      township: `镇${i % 97}`, code: i % 5 === 0 ? null : `99010${i}`, year: 2020 + (i % 5),
      values: { enforcement_staff: i, enforcement_certified: i % 7 === 0 ? null : i - 1, enforcement_cert_rate: i === 0 ? null : Math.round(((i - 1) / i) * 10_000) / 100, note: 'x'.length },
      approx: i % 3 === 0 ? ['enforcement_staff'] : [], derived: ['enforcement_cert_rate'], source: { file: 'a.csv', row: i % 11 === 0 ? null : i + 2 },
      ...(i % 4 === 0 ? { notApplicable: ['inspections'], notes: '补报' } : {}),
    }))
    const { now, before } = written(subs)
    expect(now.length).toBe(rows === 3000 ? before.length : 1)
    expect(now).toEqual(before)
  })
})
