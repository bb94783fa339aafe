import { describe, expect, it } from 'vitest'
import { findConflicts, resolveBatch, suggestedChoices } from '@/core/conflicts'
import type { FileBatch } from '@/core/dataset'
import type { Submission } from '@/core/types'

const sub = (township: string, values: Submission['values'], file: string, extra: Partial<Submission> = {}): Submission =>
  ({ township, code: null, year: 2024, values, approx: [], derived: [], source: { file, row: 2 }, ...extra })
const batch = (...submissions: Submission[]): FileBatch => ({ reports: [], submissions, issues: [] })

const loaded = [sub('大同镇', { inspections: 10, penalty_cases: 3, enforcement_cert_rate: 90 }, 'old.csv', { derived: ['enforcement_cert_rate'] }), sub('龙泉镇', { inspections: 5 }, 'old.csv')]

describe('findConflicts', () => {
  it('lists the changed figures of an already loaded township-year, old beside new', () => {
    const [c] = findConflicts(loaded, batch(sub('大同镇', { inspections: 12, penalty_cases: 3 }, 'new.csv')))
    expect(c).toMatchObject({ file: 'new.csv', keys: ['大同镇\u00002024'], loadedFrom: ['old.csv'], suggested: 'replace' })
    expect(c?.entries[0]?.changes).toEqual([expect.objectContaining({ indicator: 'inspections', old: 10, next: 12, oldSource: { file: 'old.csv', row: 2 } })])
  })

  it.each([
    ['a new township-year', sub('大同镇', { inspections: 99 }, 'new.csv', { year: 2023 })],
    ['the same figures', sub('大同镇', { inspections: 10 }, 'new.csv')],
    ['blanks in the new file', sub('大同镇', { inspections: null }, 'new.csv')],
    ['figures the loaded data lacks', sub('大同镇', { disclosures: 7 }, 'new.csv')],
    ['a derived rate reported now', sub('大同镇', { enforcement_cert_rate: 80 }, 'new.csv')],
    ['the same file read again', sub('大同镇', { inspections: 11 }, 'old.csv')],
  ])('finds no conflict for %s', (_, next) => {
    expect(findConflicts(loaded, batch(next))).toEqual([])
  })

  it('counts a figure turning not-applicable as a change', () => {
    const [c] = findConflicts(loaded, batch(sub('龙泉镇', { inspections: null }, 'new.csv', { notApplicable: ['inspections'] })))
    expect(c?.entries[0]?.changes[0]).toMatchObject({ old: 5, next: null, nextNotApplicable: true })
  })

  it('groups conflicts by file and keeps every key while listing at most maxEntries', () => {
    const conflicts = findConflicts(loaded, batch(sub('大同镇', { inspections: 1 }, 'a.csv'), sub('龙泉镇', { inspections: 1 }, 'a.csv'), sub('龙泉镇', { inspections: 2 }, 'b.csv')), { maxEntries: 1 })
    expect(conflicts.map(c => [c.file, c.keys.length, c.entries.length])).toEqual([['a.csv', 2, 1], ['b.csv', 1, 1]])
  })

  it.each([
    [100, 200, 'replace'],
    [200, 200, 'replace'],
    [300, 200, 'keep'],
    [undefined, 200, 'replace'],
    [100, undefined, 'replace'],
  ] as const)('suggests for a loaded file received at %s and a new one at %s: %s', (oldAt, newAt, suggested) => {
    const at: Record<string, number | undefined> = { 'old.csv': oldAt, 'new.csv': newAt }
    const [c] = findConflicts(loaded, batch(sub('大同镇', { inspections: 1 }, 'new.csv')), { receivedAt: f => at[f] })
    expect(c?.suggested).toBe(suggested)
  })
})

describe('resolveBatch', () => {
  const incoming = batch(sub('大同镇', { inspections: 12 }, 'new.csv'), sub('白马镇', { inspections: 4 }, 'new.csv'), sub('龙泉镇', { inspections: 6 }, 'other.csv'))
  const conflicts = findConflicts(loaded, incoming)

  it('leaves out the conflicting township-years of a kept file, says so, and keeps its other rows', () => {
    const out = resolveBatch(incoming, conflicts, { 'new.csv': 'keep', 'other.csv': 'replace' })
    expect(out.submissions.map(s => s.township)).toEqual(['白马镇', '龙泉镇'])
    expect(out.issues).toEqual([expect.objectContaining({ file: 'new.csv', code: 'kept-loaded', severity: 'warning' })])
    expect(out.issues[0]?.message).toMatch(/1 个乡镇年度.*大同镇 2024 年/)
  })

  it('returns the batch itself when everything is replaced', () => {
    expect(resolveBatch(incoming, conflicts, suggestedChoices(conflicts))).toBe(incoming)
  })

  it('follows the suggestion of a file without a choice', () => {
    const keep = conflicts.map(c => ({ ...c, suggested: 'keep' as const }))
    expect(resolveBatch(incoming, keep, {}).submissions.map(s => s.township)).toEqual(['白马镇'])
  })
})
