// The compact form of the prebuilt county: unpacking gives back exactly what was packed; indicators as the
// page gets them, split into the first screen's fields and their details and joined again.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Dataset, ImportLog } from '@/core/dataset'
import { DETAIL_FIELDS, joinIndicators, packSample, pageIndicator, splitIndicators, unpackSample } from '@/core/prebuilt'
import { checkedRegistry } from '@/core/registry'
import type { Indicator, Submission } from '@/core/types'
import { rowsOf } from '@/core/tableRows'
import { datasetOfRows } from '@/core/tableBuild'

const sub = (township: string, values: Record<string, number | null>, extra: Partial<Submission> = {}): Submission => ({
  township, code: null, year: 2024, values, approx: [], derived: [], source: { file: 'a.csv', row: 2 }, ...extra,
})
const log: ImportLog = { files: [], issues: [] }

describe('packSample / unpackSample', () => {
  it.each<[string, Submission[]]>([
    ['no submissions', []],
    ['the same keys everywhere', [sub('甲镇', { a: 1, b: null }), sub('乙镇', { a: 2.5, b: 0 })]],
    ['a key one submission lacks (absent, not null)', [sub('甲镇', { a: 1 }), sub('乙镇', { b: null })]],
    ['the other fields kept', [sub('甲镇', { a: 1 }, { code: '990101001000', approx: ['a'], derived: ['r'], notApplicable: ['n'], notes: '注', sources: { a: { file: 'b.csv', row: 3 } } })]],
  ])('round-trips %s', (_label, submissions) => {
    const dataset: Dataset = datasetOfRows(submissions)
    const back = unpackSample(JSON.parse(JSON.stringify(packSample(dataset, log))))
    expect(back).toEqual({ dataset, log })
    for (const [i, s] of submissions.entries()) expect(Object.hasOwn(rowsOf(back.dataset)[i]!.values, 'b')).toBe(Object.hasOwn(s.values, 'b'))
  })

  it('round-trips random values through JSON', () => {
    // JSON writes -0 as 0 (the same figure on every page), so the comparison leaves -0 out.
    const double = fc.double({ noNaN: true, noDefaultInfinity: true }).filter(v => !Object.is(v, -0))
    const values = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.constant(null), fc.integer(), double))
    fc.assert(fc.property(fc.array(values, { maxLength: 6 }), (rows) => {
      const dataset: Dataset = datasetOfRows(rows.map((v, i) => sub(`镇${i}`, v)))
      // Compared as rows: packing keeps the figures, not the order of each values object's keys.
      const back = unpackSample(JSON.parse(JSON.stringify(packSample(dataset, log))))
      expect([rowsOf(back.dataset), back.dataset.validationIssues, back.log]).toEqual([rowsOf(dataset), dataset.validationIssues, log])
    }))
  })

  it('keeps each value array as long as the key list', () => {
    const packed = packSample(datasetOfRows([sub('甲镇', { a: 1 }), sub('乙镇', { b: 2, c: 3 })]), log)
    expect(packed.keys).toEqual(['a', 'b', 'c'])
    expect(packed.submissions.map(s => s.values)).toEqual([[1, false, false], [false, 2, 3]])
  })
})

describe('pageIndicator', () => {
  const base: Indicator = { id: 'a', label_zh: '甲', label_en: 'A', unit: '件', kind: 'count', group: 'g', direction: 'neutral', formula: null, aliases: ['乙'], definition_zh: '定义', township_reportable: 'yes', unit_aliases: { 件: 1 } }
  it.each([
    ['with source and notes', { ...base, source: 'S1', notes: '说明', core: true }, { ...base, core: true }],
    ['without them', { ...base, definition_en: 'Def' }, { ...base, definition_en: 'Def' }],
  ])('keeps every field but source and notes (%s), leaving the indicator as it was', (_name, indicator: Indicator, page) => {
    const before = structuredClone(indicator)
    expect(pageIndicator(indicator)).toEqual(page)
    expect(indicator).toEqual(before)
  })
})

describe('splitIndicators / joinIndicators', () => {
  const base: Indicator = { id: 'a', label_zh: '甲', label_en: 'A', unit: '件', kind: 'count', group: 'g', direction: 'neutral', formula: null, aliases: ['乙'], definition_zh: '定义', township_reportable: 'yes', unit_aliases: { 件: 1 } }
  it.each<[string, Indicator[]]>([
    ['no indicators', []],
    ['one without definition_en', [base]],
    ['one with definition_en and core', [{ ...base, definition_en: 'Def', core: true }]],
    ['two, one with a formula', [base, { ...base, id: 'b', kind: 'rate', formula: 'a / a * 100', aliases: [], unit_aliases: {} }]],
  ])('splits and joins %s back to what they were, through JSON', (_name, indicators) => {
    const { first, details } = JSON.parse(JSON.stringify(splitIndicators(indicators))) as ReturnType<typeof splitIndicators>
    for (const i of first) for (const field of DETAIL_FIELDS) expect(Object.hasOwn(i, field)).toBe(false)
    expect(Object.keys(details)).toEqual(indicators.map(i => i.id))
    const joined = joinIndicators(first, details)
    expect(joined).toEqual(indicators)
    for (const [n, i] of joined.entries()) expect(Object.hasOwn(i, 'definition_en')).toBe(Object.hasOwn(indicators[n]!, 'definition_en'))
  })

  it('leaves the indicators as they were', () => {
    const indicators = [{ ...base, definition_en: 'Def' }]
    const before = structuredClone(indicators)
    splitIndicators(indicators)
    expect(indicators).toEqual(before)
  })

  it('refuses details that do not belong to the indicators', () => {
    const { first } = splitIndicators([base])
    expect(() => joinIndicators(first, {})).toThrow(/no details for indicator a/u)
  })

  it('indexes the first screen\'s indicators by id and labels, the joined ones by their aliases too', () => {
    const { first, details } = splitIndicators([base])
    const firstRegistry = checkedRegistry(first as Indicator[])
    expect([...firstRegistry.byKey.keys()].sort()).toEqual(['a', '甲'])
    expect([...checkedRegistry(joinIndicators(first, details)).byKey.keys()].sort()).toEqual(['a', '乙', '甲'])
  })
})
