import { describe, expect, it } from 'vitest'
import { buildTracker, deadlineOf, newestReceipt, newestReceiptOf, receiptKey, readDeadline, trackerToRows, trackerTotals, type ReceivedFileReport, type TrackerInput, type TrackerLabels } from '@/core/tracker'
import type { Issue, Submission, Township } from '@/core/types'

const town = (name: string, code: string): Township => ({ code, name, kind: '镇', population: null, area_km2: null, aliases: [] })
const sub = (township: string, year: number, file: string): Submission =>
  ({ township, code: null, year, values: { inspections: 1 }, approx: [], derived: [], source: { file, row: 2 } })
const report = (file: string, receivedAt?: number): ReceivedFileReport =>
  ({ file, format: 'wide-csv', encoding: 'utf-8', rows: 1, accepted: 1, rejected: 0, status: 'ok', ...(receivedAt === undefined ? {} : { receivedAt }) })
const err = (township: string, year: number, severity: Issue['severity'] = 'error'): Issue =>
  ({ file: 'a.csv', row: 2, column: null, indicator: null, township, year, severity, code: 'x', message: '' })
const at = (iso: string) => new Date(iso).getTime()

const input = (extra: Partial<TrackerInput> = {}): TrackerInput => ({
  townships: [town('大同镇', '1'), town('龙泉镇', '2')],
  submissions: [sub('大同镇', 2024, 'a.csv'), sub('龙泉镇', 2024, 'late.csv'), sub('外县镇', 2024, 'a.csv')],
  files: [report('a.csv', at('2025-01-10T09:00:00+08:00')), report('late.csv', at('2025-02-01T00:00:01+08:00'))],
  issues: [],
  years: [2023, 2024],
  deadline: { month: 1, day: 31 },
  ...extra,
})

describe('deadlineOf', () => {
  it.each([
    [2024, { month: 1, day: 31 }, '2025-01-31T23:59:59.999+08:00'],
    [2024, { month: 2, day: 30 }, '2025-02-28T23:59:59.999+08:00'],
    [2023, { month: 3, day: 1 }, '2024-03-01T23:59:59.999+08:00'],
  ])('puts the deadline of %i at %j on %s', (year, d, iso) => {
    expect(deadlineOf(year, d)).toBe(at(iso))
  })
})

describe('readDeadline', () => {
  it.each([
    [{ month: 3, day: 15 }, { month: 3, day: 15 }],
    [{ month: 13, day: 1 }, { month: 1, day: 31 }],
    [{ month: 2.5, day: 1 }, { month: 1, day: 31 }],
    [null, { month: 1, day: 31 }],
  ])('reads %j as %j', (raw, expected) => {
    expect(readDeadline(raw)).toEqual(expected)
  })
})

describe('buildTracker', () => {
  it('lists the county townships first, then other names found in the data', () => {
    expect(buildTracker(input()).map(r => [r.township, r.known])).toEqual([['大同镇', true], ['龙泉镇', true], ['外县镇', false]])
  })

  it.each([
    ['大同镇', 2024, 'submitted'],
    ['大同镇', 2023, 'missing'],
    ['龙泉镇', 2024, 'late'],
  ])('marks %s %i as %s', (township, year, state) => {
    const row = buildTracker(input()).find(r => r.township === township)
    expect(row?.cells.find(c => c.year === year)?.state).toBe(state)
  })

  it('marks errors before lateness and counts them', () => {
    const rows = buildTracker(input({ issues: [err('龙泉镇', 2024), err('龙泉镇', 2024), err('龙泉镇', 2024, 'warning')] }))
    expect(rows[1]?.cells[1]).toMatchObject({ state: 'errors', late: true, errors: 2, warnings: 1 })
  })

  it('does not call a submission late when its receipt is unknown', () => {
    const rows = buildTracker(input({ files: [] }))
    expect(rows[1]?.cells[1]).toMatchObject({ state: 'submitted', late: false, receivedAt: null })
  })

  it('dates a merged submission by its earliest file', () => {
    const merged: Submission = { ...sub('龙泉镇', 2024, 'late.csv'), values: { inspections: 1, disclosures: 2 }, sources: { inspections: { file: 'a.csv', row: 3 }, disclosures: { file: 'late.csv', row: 2 } } }
    const rows = buildTracker(input({ submissions: [merged] }))
    expect(rows[1]?.cells[1]).toMatchObject({ state: 'submitted', files: ['a.csv', 'late.csv'] })
  })
})

describe('receipt dates', () => {
  it('dates by the import, not by a modified time saved in receivedAt', () => {
    const files = [{ ...report('late.csv', at('2025-01-05T09:00:00+08:00')), importedAt: at('2025-02-03T10:00:00+08:00') }, report('a.csv')]
    const cell = buildTracker(input({ files })).find(r => r.township === '龙泉镇')?.cells[1]
    expect(cell).toMatchObject({ state: 'late', receivedAt: at('2025-02-03T10:00:00+08:00'), receivedBy: 'import' })
  })

  it.each([
    ['龙泉镇', '2025-01-30T12:00:00+08:00', 'submitted', false],
    ['大同镇', '2025-02-01T12:00:00+08:00', 'late', true],
  ])('takes the clerk\'s date for %s (%s) over the import: %s', (township, iso, state, late) => {
    const receipts = new Map([[receiptKey(township, 2024), at(iso)]])
    const cell = buildTracker(input({ receipts })).find(r => r.township === township)?.cells[1]
    expect(cell).toMatchObject({ state, late, receivedAt: at(iso), receivedBy: 'clerk' })
  })

  it('gives the newest receipt of the matrix, or null without any', () => {
    expect(newestReceipt(buildTracker(input()))).toBe(at('2025-02-01T00:00:01+08:00'))
    expect(newestReceipt(buildTracker(input({ files: [] })))).toBeNull()
  })

  const mixed: Submission = { ...sub('龙泉镇', 2023, 'a.csv'), values: { inspections: 1, cases: 2 }, sources: { cases: { file: 'late.csv', row: 3 } } }
  it.each([
    ['import dates', input()],
    ['no files', input({ files: [] })],
    ['no submissions', input({ submissions: [] })],
    ['a clerk\'s receipt date', input({ receipts: new Map([[receiptKey('外县镇', 2024), at('2025-03-01T00:00:00+08:00')]]) })],
    ['an older clerk date in place of the import', input({ receipts: new Map([[receiptKey('龙泉镇', 2024), at('2024-12-01T00:00:00+08:00')]]) })],
    ['figures from two files (the earlier counts)', input({ submissions: [mixed], years: [2023] })],
    ['importedAt before receivedAt', input({ files: [{ ...report('a.csv', at('2025-05-01T00:00:00+08:00')), importedAt: at('2025-01-02T00:00:00+08:00') }] })],
  ])('finds the newest receipt without the matrix, as the matrix does (%s)', (_, given) => {
    expect(newestReceiptOf(given)).toBe(newestReceipt(buildTracker(given)))
  })
})

describe('trackerTotals', () => {
  it('counts submitted, late and erroneous county townships per year', () => {
    expect(trackerTotals(buildTracker(input()), [2023, 2024])).toEqual([
      { year: 2023, submitted: 0, expected: 2, late: 0, errors: 0 },
      { year: 2024, submitted: 2, expected: 2, late: 1, errors: 0 },
    ])
  })
})

describe('trackerToRows', () => {
  const labels: TrackerLabels = {
    township: '乡镇', inList: '在名单中', yes: '是', no: '否', received: '收到日期', late: '逾期',
    state: { submitted: '已报送', late: '逾期报送', errors: '有错误', missing: '未报送' },
    errors: n => `${n} 处`, date: ms => new Date(ms).toISOString().slice(0, 10),
  }

  it('writes a state and a receipt-date column per year', () => {
    const rows = trackerToRows(buildTracker(input({ issues: [err('龙泉镇', 2024)] })), [2023, 2024], labels)
    expect(rows[0]).toEqual(['乡镇', '在名单中', '2023', '2023 收到日期', '2024', '2024 收到日期'])
    expect(rows[1]).toEqual(['大同镇', '是', '未报送', '', '已报送', '2025-01-10'])
    expect(rows[2]?.[4]).toBe('有错误，1 处，逾期')
    expect(rows[3]?.slice(0, 2)).toEqual(['外县镇', '否'])
  })
})
