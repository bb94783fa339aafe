import { describe, expect, it } from 'vitest'
import { addEvidence, emptyEvidence, evidenceKey, pruneEvidence, readEvidence, type EvidenceMap } from '@/core/extract/evidence'
import type { Submission } from '@/core/types'
import { makeSubmission } from '../../helpers/registry'

const REPORT = '大同镇2024年报告.docx'
const ev = (sentence: string, file = REPORT) => ({ sentence, start: 3, end: 6, file })
/** 大同镇 2024 with inspections from the report and penalty_cases from a table. */
const merged = (extra: Partial<Submission> = {}) => makeSubmission({ inspections: 76, penalty_cases: 40 }, {
  source: { file: REPORT, row: null },
  sources: { inspections: { file: REPORT, row: null }, penalty_cases: { file: 'sample.csv', row: 2 } },
  ...extra,
})
const key = evidenceKey('大同镇', 2024)

describe('addEvidence', () => {
  const applied = [{ submission: { township: '大同镇', code: '500243100', year: 2024, source: { file: REPORT, row: null } }, evidence: { inspections: { sentence: '检查76次。', start: 3, end: 6 } } }]

  it('keeps the sentence of each merged figure under its township-year, with the report file', () => {
    const map = addEvidence(emptyEvidence, applied, [merged()])
    expect(map.get(key)).toEqual({ inspections: ev('检查76次。') })
  })

  it('takes the dataset’s name of the township-year, matched by code', () => {
    const map = addEvidence(emptyEvidence, [{ ...applied[0]!, submission: { ...applied[0]!.submission, township: '大同' } }], [merged()])
    expect([...map.keys()]).toEqual([key])
  })

  it('replaces the sentence of a figure imported again, keeping the others of that township-year', () => {
    const before: EvidenceMap = new Map([[key, { inspections: ev('旧句。'), legal_advisers: ev('顾问2名。') }]])
    const sub = merged({ values: { inspections: 76, legal_advisers: 2 }, sources: { inspections: { file: REPORT, row: null }, legal_advisers: { file: REPORT, row: null } } })
    expect(addEvidence(before, applied, [sub]).get(key)).toEqual({ inspections: ev('检查76次。'), legal_advisers: ev('顾问2名。') })
  })

  it('adds nothing for a submission the merge left out', () => {
    expect(addEvidence(emptyEvidence, applied, []).size).toBe(0)
  })
})

describe('pruneEvidence', () => {
  const map: EvidenceMap = new Map([[key, { inspections: ev('检查76次。'), penalty_cases: ev('处罚40件。') }]])

  it('drops the sentence of a figure a table import has overwritten', () => {
    expect(pruneEvidence(map, [merged()]).get(key)).toEqual({ inspections: ev('检查76次。') })
  })

  it.each<[string, Submission[]]>([
    ['the township-year is gone', []],
    ['the value is blank now', [merged({ values: { inspections: null, penalty_cases: 40 }, sources: { penalty_cases: { file: 'sample.csv', row: 2 } } })]],
  ])('drops the whole entry when %s', (_name, subs) => {
    expect(pruneEvidence(map, subs).size).toBe(0)
  })

  it('returns the map itself when every sentence still holds', () => {
    const kept: EvidenceMap = new Map([[key, { inspections: ev('检查76次。') }]])
    expect(pruneEvidence(kept, [merged()])).toBe(kept)
  })
})

describe('readEvidence', () => {
  it('reads a stored map and leaves out malformed entries', () => {
    const stored = new Map<unknown, unknown>([[key, { inspections: ev('检查76次。'), bad: { sentence: 3 } }], [7, {}], ['x', null]])
    expect([...readEvidence(stored)]).toEqual([[key, { inspections: ev('检查76次。') }]])
  })

  it.each([undefined, null, 'text', [['a', {}]]])('gives the empty map for %s', (x) => {
    expect(readEvidence(x).size).toBe(0)
  })
})
