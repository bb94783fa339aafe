import { describe, expect, it } from 'vitest'
import { countyFigure, countyMedians, evaluateYearFlags, indicatorSeries, rankTownships, submissionStatus } from '@/core/analysis'
import { ingest } from '@/core/import'
import { addPending, confirmPending, dropUnknownWarnings, heldRowsByFile, readPending, rejectPending, summarizePending, type PendingRow } from '@/core/pendingTownships'
import { buildTracker, DEFAULT_DEADLINE } from '@/core/tracker'
import type { Submission } from '@/core/types'
import { loadRegistryFile, loadTownshipFile } from '@/cli/loadData'
import { readFlagRules } from '@/core/flagRules'
import flagsJson from '../../data/flags.json'
import { rowsOf } from '@/core/tableRows'

const registry = loadRegistryFile()
const townships = loadTownshipFile()
const rules = readFlagRules(flagsJson).rules!
const bytes = (text: string) => new TextEncoder().encode(text)

// 桃园镇 is a misspelling of 桃源镇; 白马镇村委会 names a village committee of 白马镇.
const CSV = [
  '乡镇,年度,行政执法人员数,持行政执法证件人数,行政处罚案件数',
  '大同镇,2024,28,25,40',
  '青石镇,2024,30,27,60',
  '桃园镇,2024,20,19,900',
  '白马镇村委会,2024,10,2,700',
].join('\n')

const sub = (township: string, code: string | null, file = 'a.csv', row = 2): Submission =>
  ({ township, code, year: 2024, values: { penalty_cases: 1 }, approx: [], derived: [], source: { file, row } })

const result = await ingest([{ name: 'a.csv', bytes: bytes(CSV) }], { registry, townships })
describe('rows of townships not on the list', () => {
  const names = (subs: readonly { township: string }[]) => subs.map(s => s.township)

  it('are held out of the dataset, each with its name, file and row', () => {
    expect(names(rowsOf(result.dataset)).sort()).toEqual(['大同镇', '青石镇'])
    expect(result.pending.map(p => [p.name, p.submission.source.file, p.submission.source.row])).toEqual([['桃园镇', 'a.csv', 4], ['白马镇村委会', 'a.csv', 5]])
  })

  it('are listed with the suggestion of the closest township', () => {
    expect(summarizePending(result.pending, townships).map(p => [p.name, p.rows, p.files, p.suggestion?.name ?? null]))
      .toEqual([['桃园镇', 1, ['a.csv'], '桃源镇'], ['白马镇村委会', 1, ['a.csv'], '白马镇']])
  })

  it('keep their warning on the file, saying the row is held', () => {
    const warnings = result.log.issues.filter(i => i.code === 'unknown-township')
    expect(warnings.map(i => [i.township, i.row])).toEqual([['桃园镇', 4], ['白马镇村委会', 5]])
    expect(warnings[0]!.message).toContain('桃源镇')
    expect(warnings[0]!.message).toContain('待确认')
  })

  const subs = rowsOf(result.dataset)
  it.each([
    ['the ranking', () => names(rankTownships(indicatorSeries(subs, 'penalty_cases', 2024, { registry, townships, normalization: 'raw' }).rows, 'neutral').filter(r => r.value !== null))],
    ['the flags', () => [...evaluateYearFlags(subs, 2024, { registry, rules }).keys()]],
    ['the tracker', () => buildTracker({ townships, submissions: subs, files: result.log.files, issues: result.log.issues, years: [2024], deadline: DEFAULT_DEADLINE }).filter(r => r.cells.some(c => c.submitted)).map(r => r.township)],
    ['the submitted list', () => submissionStatus(subs, townships, 2024).received],
  ])('never reach %s', (_what, townshipsIn) => {
    expect(townshipsIn().sort()).toEqual(['大同镇', '青石镇'])
  })

  it.each([
    ['county total', () => countyFigure(subs, registry.byId.get('penalty_cases')!, 2024).value, 100],
    ['county median', () => countyMedians(subs, 2024, ['penalty_cases']).penalty_cases, 50],
    ['series mean', () => indicatorSeries(subs, 'penalty_cases', 2024, { registry, townships, normalization: 'raw' }).summary.mean, 50],
  ])('are counted in no %s', (_what, value, expected) => {
    expect(value()).toBe(expected)
  })

  it('leave the real township shown as not submitted', () => {
    const row = indicatorSeries(subs, 'penalty_cases', 2024, { registry, townships, normalization: 'raw' }).rows.find(r => r.township === '桃源镇')
    expect(row?.status).toBe('missing')
    expect(submissionStatus(subs, townships, 2024).unlisted).toEqual([])
  })

  it('are kept as written without a township list (nothing held)', async () => {
    const bare = await ingest([{ name: 'a.csv', bytes: bytes(CSV) }], { registry, townships: [] })
    expect(bare.pending).toEqual([])
    expect(names(rowsOf(bare.dataset))).toContain('桃园镇')
  })

  it('match a remembered alias in a later import', async () => {
    const list = townships.map(t => (t.name === '桃源镇' ? { ...t, aliases: [...t.aliases, '桃园镇'] } : t))
    const again = await ingest([{ name: 'b.csv', bytes: bytes(CSV) }], { registry, townships: list })
    expect(names(rowsOf(again.dataset))).toContain('桃源镇')
    expect(again.pending.map(p => p.name)).toEqual(['白马镇村委会'])
  })
})

describe('the pending set', () => {
  const rows: PendingRow[] = [{ name: '桃园镇', submission: sub('桃园镇', null) }, { name: '白马镇村委会', submission: sub('白马镇村委会', null, 'b.csv') }]

  it('replaces the rows of a file read again and keeps the others', () => {
    const next = addPending(rows, ['a.csv'], [{ name: '桃源', submission: sub('桃源', null) }])
    expect(next.map(r => r.name)).toEqual(['白马镇村委会', '桃源'])
  })

  it('names confirmed rows as their township and keeps the rest', () => {
    const t = townships.find(x => x.name === '桃源镇')!
    const { submissions, rest } = confirmPending(rows, '桃园镇', t)
    expect(submissions.map(s => [s.township, s.code, s.source.row])).toEqual([['桃源镇', t.code, 2]])
    expect(rest.map(r => r.name)).toEqual(['白马镇村委会'])
  })

  it('lists rejected rows apart, never confirms them, and can take them back', () => {
    const rejected = rejectPending(rows, '白马镇村委会', true)
    expect(summarizePending(rejected, townships).map(p => [p.name, p.rejected])).toEqual([['桃园镇', false], ['白马镇村委会', true]])
    expect(confirmPending(rejected, '白马镇村委会', townships[0]!).submissions).toEqual([])
    expect(rejectPending(rejected, '白马镇村委会', false)).toEqual(rows)
  })

  it('counts the distinct rows of a long file\'s township-year', () => {
    const long = { ...sub('桃园镇', null), sources: { a: { file: 'l.csv', row: 2 }, b: { file: 'l.csv', row: 3 }, c: { file: 'l.csv', row: 3 } } }
    expect(summarizePending([{ name: '桃园镇', submission: long }], townships)[0]!.rows).toBe(2)
  })

  it('counts the rows each file has waiting, rejected ones left out', () => {
    const long = { ...sub('桃源', null, 'l.csv'), sources: { a: { file: 'l.csv', row: 2 }, b: { file: 'l.csv', row: 3 } } }
    const held = [...rows, { name: '桃源', submission: long }, { name: 'x', submission: sub('x', null, 'l.csv', 9), rejected: true }]
    expect([...heldRowsByFile(held)]).toEqual([['a.csv', 1], ['b.csv', 1], ['l.csv', 2]])
  })

  it('drops only the unknown-township warnings of a confirmed name', () => {
    const w = (township: string, code = 'unknown-township') => ({ file: 'a.csv', row: 2, column: null, indicator: null, township, year: 2024, severity: 'warning' as const, code, message: '' })
    const log = { files: [], issues: [w('桃园镇'), w('白马镇村委会'), w('桃园镇', 'not-a-number')] }
    expect(dropUnknownWarnings(log, '桃园镇').issues.map(i => [i.township, i.code])).toEqual([['白马镇村委会', 'unknown-township'], ['桃园镇', 'not-a-number']])
  })

  it.each([
    [null, 0], ['x', 0], [[{ name: 1 }], 0], [[{ name: '桃园镇', submission: null }], 0], [rows, 2],
  ])('reads a stored set back, leaving out what is malformed (%#)', (stored, n) => {
    expect(readPending(stored)).toHaveLength(n)
  })
})

describe('summarizePending and heldRowsByFile at scale', () => {
  // The plain definition (a set of file rows, files and years per name), against which the lean one is checked.
  const refsOf = (s: Submission) => [...new Set((s.sources && Object.keys(s.sources).length > 0 ? Object.values(s.sources) : [s.source]).map(r => `${r.file}\u0000${r.row ?? ''}`))]
  function plain(rows: readonly PendingRow[]) {
    const byName = new Map<string, { rows: Set<string>, files: Set<string>, years: Set<number>, rejected: boolean }>()
    for (const r of rows) {
      const key = `${r.rejected ? 'x' : 'p'}\u0000${r.name}`
      const e = byName.get(key) ?? { rows: new Set(), files: new Set(), years: new Set(), rejected: r.rejected === true }
      byName.set(key, e)
      for (const ref of refsOf(r.submission)) e.rows.add(ref)
      e.files.add(r.submission.source.file)
      e.years.add(r.submission.year)
    }
    const all = [...byName].map(([key, e]) => ({ name: key.slice(2), rows: e.rows.size, files: [...e.files], years: [...e.years].sort((a, b) => a - b), rejected: e.rejected }))
    return [...all.filter(p => !p.rejected), ...all.filter(p => p.rejected)]
  }
  function plainHeld(rows: readonly PendingRow[]) {
    const refs = new Set<string>()
    for (const r of rows) if (!r.rejected) for (const ref of refsOf(r.submission)) refs.add(ref)
    const byFile = new Map<string, number>()
    for (const ref of refs) { const f = ref.slice(0, ref.indexOf('\u0000')); byFile.set(f, (byFile.get(f) ?? 0) + 1) }
    return byFile
  }
  // Deterministic mixes: names repeated across files, rows and years, long-format rows with sources, nulls, rejected ones.
  const mixed = (n: number, seed: number): PendingRow[] => Array.from({ length: n }, (_, i) => {
    const k = (i * 7919 + seed) % 97
    const file = `f${k % 3}.csv`
    const base: Submission = { township: `镇${k % 23}`, code: null, year: 2020 + (k % 4), values: { a: 1, b: 2 }, approx: [], derived: [], source: { file, row: k % 5 === 0 ? null : (k % 11) + 2 } }
    const submission: Submission = k % 4 === 0 ? { ...base, sources: { a: { file, row: (k % 6) + 2 }, b: { file: `f${(k + 1) % 3}.csv`, row: (k % 3) + 2 } } } : base
    return { name: submission.township, submission, ...(k % 9 === 0 ? { rejected: true } : {}) }
  })
  it.each([[1, 1], [50, 2], [400, 3], [2000, 4]])('%i mixed rows (seed %i) summarise as the plain definition does', (n, seed) => {
    const rows = mixed(n, seed)
    expect(summarizePending(rows, []).map(({ suggestion: _s, ...p }) => p)).toEqual(plain(rows))
    expect([...heldRowsByFile(rows)]).toEqual([...plainHeld(rows)])
  })
})
