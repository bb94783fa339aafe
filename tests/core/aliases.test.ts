import { describe, expect, it } from 'vitest'
import { addMappings, checkMapping, ignoredColumnCount, mappingIndex, mappingOf, readMappings, removeMapping, undecidedColumns, withUserAliases, type HeaderMapping } from '@/core/aliases'
import { matchHeader } from '@/core/registry'
import { readTextFile } from '@/core/import/readText'
import { townshipResolver } from '@/core/import'
import { registry, textFile, townships } from '../helpers/ingest'

const m = (header: string, indicator: string | null): HeaderMapping => ({ header, indicator })

describe('withUserAliases', () => {
  it('reads a learned header as its indicator', () => {
    const r = withUserAliases(registry, [m('综合执法检查', 'inspections')])
    expect(matchHeader(r, '综合执法检查')).toMatchObject({ indicator: { id: 'inspections' }, factor: 1 })
  })

  it('converts a learned header whose unit the indicator knows', () => {
    const r = withUserAliases(registry, [m('罚款收入（万元）', 'penalty_amount')])
    expect(matchHeader(r, '罚款收入（万元）')).toMatchObject({ indicator: { id: 'penalty_amount' }, factor: 10000 })
    expect(matchHeader(r, '罚款收入(元)')).toMatchObject({ indicator: { id: 'penalty_amount' }, factor: 1 })
  })

  it('compares headers loosely (width, spaces)', () => {
    const r = withUserAliases(registry, [m('综合 执法检查', 'inspections')])
    expect(matchHeader(r, '综合执法检查')).toMatchObject({ indicator: { id: 'inspections' } })
  })

  it.each([
    ['an ignored header', m('备注说明', null)],
    ['a mapping to an unknown id', m('某某数', 'no_such_indicator')],
  ])('adds nothing for %s', (_, mapping) => {
    expect(withUserAliases(registry, [mapping])).toBe(registry)
  })

  it('lets the registry win over a learned key and leaves the input registry untouched', () => {
    const before = registry.byKey.size
    const r = withUserAliases(registry, [m('行政检查次数', 'penalty_cases'), m('新列', 'inspections')])
    expect(matchHeader(r, '行政检查次数')).toMatchObject({ indicator: { id: 'inspections' } })
    expect(registry.byKey.size).toBe(before)
    expect(r.byKey.size).toBe(before + 1)
  })

  it('makes the next file read a learned column', () => {
    const file = textFile('a.csv', '乡镇,年度,综合执法检查\n大同镇,2024,12\n')
    const ctx = (reg = registry) => ({ registry: reg, resolveTownship: townshipResolver(townships) })
    expect(readTextFile(file, ctx()).report.unknownColumns?.[0]?.header).toBe('综合执法检查')
    const again = readTextFile(file, ctx(withUserAliases(registry, [m('综合执法检查', 'inspections')])))
    expect(again.report.unknownColumns).toBeUndefined()
    expect(again.submissions[0]?.values.inspections).toBe(12)
  })
})

describe('checkMapping and addMappings', () => {
  it.each([
    [m('', 'inspections'), /表头为空/],
    [m('某某数', 'no_such_indicator'), /不在指标库中/],
    [m('行政检查次数', 'penalty_cases'), /已对应指标“行政检查次数”/],
  ])('refuses %j', (mapping, reason) => {
    expect(checkMapping(registry, mapping)).toMatch(reason)
    expect(addMappings([], [mapping], registry).refused[0]?.reason).toMatch(reason)
  })

  it.each([m('综合执法检查', 'inspections'), m('备注', null), m('行政检查次数', 'inspections')])('accepts %j', (mapping) => {
    expect(checkMapping(registry, mapping)).toBeNull()
  })

  it('replaces an earlier mapping of the same header, latest choice last', () => {
    const { mappings } = addMappings([m('综合执法检查', 'inspections'), m('备注', null)], [m('综合执法检查 ', 'penalty_cases')], registry)
    expect(mappings.map(x => [x.header, x.indicator])).toEqual([['备注', null], ['综合执法检查 ', 'penalty_cases']])
  })

  it('does not mutate the current list', () => {
    const current = [m('备注', null)]
    addMappings(current, [m('综合执法检查', 'inspections')], registry)
    expect(current).toHaveLength(1)
  })
})

describe('removeMapping, mappingOf and undecidedColumns', () => {
  const list = [m('综合执法检查', 'inspections'), m('备注', null)]

  it('removes a mapping by its header, loosely compared', () => {
    expect(removeMapping(list, '综合 执法检查')).toEqual([m('备注', null)])
  })

  it('finds the mapping of a header', () => {
    expect(mappingOf(list, '备注')?.indicator).toBeNull()
    expect(mappingOf(list, '别的')).toBeUndefined()
  })

  it('lists only the unknown columns still needing a decision', () => {
    const report = { file: 'a.csv', format: null, encoding: null, rows: 1, accepted: 1, rejected: 0, status: 'ok' as const,
      unknownColumns: [{ header: '备注', values: ['x'] }, { header: '新列', values: ['1'] }] }
    expect(undecidedColumns(report, list).map(c => c.header)).toEqual(['新列'])
  })

  const many = Array.from({ length: 1200 }, (_, i) => ({ header: `未知指标${i}`, values: [String(i)] }))
  const big = { file: 'b.csv', format: null, encoding: null, rows: 1200, accepted: 1200, rejected: 0, status: 'ok' as const,
    unknownColumns: [...many, { header: '__proto__', values: [] }, { header: 'hasOwnProperty', values: [] }, { header: '备 注', values: [] }] }
  const learned = [...many.filter((_, i) => i % 3 === 0).map(c => m(c.header, null)), ...many.filter((_, i) => i % 3 === 1).map(c => m(c.header, 'inspections')), m('__proto__', null), ...list]
  it.each([
    ['the list', learned],
    ['its index', mappingIndex(learned)],
  ])('finds undecided and ignored columns of 1,200 headers (and __proto__) by %s as mappingOf does', (_, given) => {
    const undecided = big.unknownColumns.filter(c => mappingOf(learned, c.header) === undefined).map(c => c.header)
    expect(undecidedColumns(big, given).map(c => c.header)).toEqual(undecided)
    expect(undecided).toContain('hasOwnProperty')
    expect(undecided).not.toContain('__proto__')
    expect(ignoredColumnCount(big, given)).toBe(big.unknownColumns.filter(c => mappingOf(learned, c.header)?.indicator === null).length)
  })

  it('indexes the first mapping of a key, as mappingOf finds it', () => {
    const index = mappingIndex([m('备注', null), m('备 注', 'inspections')])
    expect(index.size).toBe(1)
    expect([...index.values()]).toEqual([m('备注', null)])
  })
})

describe('readMappings', () => {
  it.each([
    [null, []],
    ['x', []],
    [[{ header: 'a', indicator: 'inspections', learnedAt: 5 }], [{ header: 'a', indicator: 'inspections', learnedAt: 5 }]],
    [[{ header: 'a', indicator: null }, { header: 3, indicator: 'x' }, { header: 'b' }, 7], [{ header: 'a', indicator: null }]],
  ])('reads %j as %j', (raw, expected) => {
    expect(readMappings(raw)).toEqual(expected)
  })
})
