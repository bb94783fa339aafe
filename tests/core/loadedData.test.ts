// The data shown as one value: import results over the sample and over real data, undo points, the registry's fingerprint.
import { describe, expect, it } from 'vitest'
import { emptyDataset } from '@/core/dataset'
import { emptyEvidence } from '@/core/extract/evidence'
import type { ImportResult } from '@/core/import'
import { importBase, noData, registryFingerprint, savedMeta, takeImportResult, undoPointAfter, type LoadedData } from '@/core/loadedData'
import { bundledRegistry } from '@/setup/bundledCounty'
import type { Submission } from '@/core/types'
import { rowsOf } from '@/core/tableRows'
import { datasetOfRows } from '@/core/tableBuild'

const sub = (township: string): Submission => ({ township, code: null, year: 2024, values: {}, approx: [], derived: [], source: { file: 'a.csv', row: 2 } })
const data = (township: string, isSample = false): LoadedData => ({ dataset: datasetOfRows([sub(township)]), log: { files: [], issues: [] }, evidence: emptyEvidence, isSample })
const result = (changed: boolean, township = '青石镇'): ImportResult => ({ changed, dataset: data(township).dataset, log: { files: [], issues: [] }, reports: [] })
const keep = (_r: ImportResult, e: typeof emptyEvidence) => e

describe('importBase', () => {
  it.each([
    ['the sample', true, 0],
    ['real data', false, 1],
  ])('builds on %s with %i submissions', (_, isSample, n) => {
    expect(rowsOf(importBase(data('大同镇', isSample)).dataset)).toHaveLength(n)
  })
})

describe('takeImportResult', () => {
  it.each([
    ['a changing import over the sample', true, true, ['青石镇'], false],
    ['a changing import over real data', false, true, ['青石镇'], false],
    ['an empty import over the sample', true, false, ['大同镇'], true],
    ['an empty import over real data', false, false, ['大同镇'], false],
  ])('%s', (_, isSample, changed, towns, stillSample) => {
    const next = takeImportResult(data('大同镇', isSample), result(changed), keep)
    expect(rowsOf(next.dataset).map(s => s.township)).toEqual(towns)
    expect(next.isSample).toBe(stillSample)
  })
})

describe('undoPointAfter', () => {
  const before = data('大同镇', true)
  const earlier = data('青石镇')
  it.each([
    ['a changing import: the data before it', true, earlier, before],
    ['an import that accepted nothing: the earlier point', false, earlier, earlier],
    ['nothing to undo yet', false, null, null],
  ])('%s', (_, changed, previous, expected) => {
    expect(undoPointAfter(before, changed, previous)).toBe(expected)
  })
})

describe('registryFingerprint', () => {
  it('fingerprints the registry by its indicators', () => {
    expect(registryFingerprint(bundledRegistry)).toBe(savedMeta(bundledRegistry).registry)
    expect(registryFingerprint({ ...bundledRegistry, indicators: [] })).toBe('')
    expect(noData.dataset).toBe(emptyDataset)
  })
})
