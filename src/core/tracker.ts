// Who has reported which year: the township × year matrix of submissions, errors and lateness.
import { sourceOf } from './datasetShape'
import { zonedTime } from './localDate'
import type { FileReport, Issue, Submission, Township } from './types'

/** A file report with the dates the import records (ms since the epoch). */
export interface ReceivedFileReport extends FileReport {
  /** When it reached the office: the time it was dropped on the page (never the file's modified time). */
  receivedAt?: number
  /** When it was imported: the receipt date the tracker uses unless the clerk entered one. */
  importedAt?: number
  /** Sheets of an Excel workbook, and the ones read (for a sheet picker). */
  sheets?: string[]
  sheetsRead?: string[]
}

/** Deadline for the figures of year Y: this month and day of year Y + 1, end of day, local time. */
export interface Deadline {
  month: number
  day: number
}

export const DEFAULT_DEADLINE: Deadline = { month: 1, day: 31 }

export type TrackerState = 'submitted' | 'late' | 'errors' | 'missing'

export interface TrackerCell {
  year: number
  /** missing: nothing loaded; errors: loaded with error issues; late: received after the deadline; else submitted. */
  state: TrackerState
  submitted: boolean
  late: boolean
  errors: number
  warnings: number
  /**
   * The receipt date: the one the clerk entered or confirmed, else the earliest import of the files its
   * figures came from; null when unknown (e.g. the bundled sample).
   */
  receivedAt: number | null
  /** Who dated it: the clerk, the import, or nobody. */
  receivedBy: 'clerk' | 'import' | null
  files: string[]
}

export interface TrackerRow {
  township: string
  code: string | null
  /** False for names not in the county's township list. */
  known: boolean
  cells: TrackerCell[]
}

export interface TrackerInput {
  townships: readonly Township[]
  submissions: readonly Submission[]
  files: readonly ReceivedFileReport[]
  issues: readonly Issue[]
  years: readonly number[]
  deadline: Deadline
  /** Receipt dates the clerk entered or confirmed, by receiptKey(township, year) (ms since the epoch). */
  receipts?: ReadonlyMap<string, number>
}

/** Key of a clerk's receipt date: township and year. */
export const receiptKey = (township: string, year: number): string => `${township}\u0000${year}`

/** The deadline of reporting year `year` in ms since the epoch (23:59:59.999 in the county's time zone). An impossible day rolls to the month's last day. */
export function deadlineOf(year: number, d: Deadline): number {
  const lastDay = new Date(Date.UTC(year + 1, d.month, 0)).getUTCDate()
  return zonedTime(year + 1, d.month, Math.min(Math.max(d.day, 1), lastDay), 23, 59, 59, 999)
}

/** Reads a deadline from stored data; anything malformed gives the default. */
export function readDeadline(raw: unknown): Deadline {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_DEADLINE
  const { month, day } = raw as Record<string, unknown>
  if (typeof month !== 'number' || typeof day !== 'number' || !Number.isInteger(month) || !Number.isInteger(day)) return DEFAULT_DEADLINE
  if (month < 1 || month > 12 || day < 1 || day > 31) return DEFAULT_DEADLINE
  return { month, day }
}

/** township → year → value, without building a string key per lookup (40,000 townships stay fast). */
class ByPlace<T> {
  private readonly map = new Map<string, Map<number, T>>()
  get(township: string, year: number): T | undefined {
    return this.map.get(township)?.get(year)
  }

  set(township: string, year: number, value: T): void {
    let years = this.map.get(township)
    if (!years) { years = new Map(); this.map.set(township, years) }
    years.set(year, value)
  }

  townships(): IterableIterator<string> {
    return this.map.keys()
  }
}

const NO_ISSUES = { errors: 0, warnings: 0 }

/**
 * The matrix: the county's townships in list order, then any other township names found in the
 * data (in code-point order), one cell per year. A cell's files are those its figures came from;
 * errors and warnings count the issues naming that township and year.
 */
export function buildTracker(input: TrackerInput): TrackerRow[] {
  // The import date, never a file's modified time (logs saved by earlier versions hold one in receivedAt).
  const received = new Map(input.files.map(f => [f.file, f.importedAt ?? f.receivedAt]))
  const subs = new ByPlace<Submission>()
  for (const s of input.submissions) subs.set(s.township, s.year, s)
  const counts = new ByPlace<{ errors: number, warnings: number }>()
  for (const i of input.issues) {
    if (i.township === null || i.year === null) continue
    let c = counts.get(i.township, i.year)
    if (!c) { c = { errors: 0, warnings: 0 }; counts.set(i.township, i.year, c) }
    if (i.severity === 'error') c.errors++
    else c.warnings++
  }
  const known = new Set(input.townships.map(t => t.name))
  // Code-point order: stable and fast for tens of thousands of names (pinyin collation is not).
  const others = [...subs.townships()].filter(n => !known.has(n)).sort()
  const rows: TrackerRow[] = input.townships.map(t => ({ township: t.name, code: t.code, known: true, cells: [] }))
  for (const name of others) rows.push({ township: name, code: null, known: false, cells: [] })
  const deadlines = input.years.map(y => deadlineOf(y, input.deadline))
  for (const row of rows) {
    row.cells = input.years.map((year, k): TrackerCell => {
      const sub = subs.get(row.township, year)
      const c = counts.get(row.township, year) ?? NO_ISSUES
      if (!sub) return { year, state: 'missing', submitted: false, late: false, errors: c.errors, warnings: c.warnings, receivedAt: null, receivedBy: null, files: [] }
      const files = sub.sources ? [...new Set(Object.keys(sub.values).map(id => sourceOf(sub, id).file).concat(sub.source.file))] : [sub.source.file]
      let receivedAt: number | null = input.receipts?.get(receiptKey(row.township, year)) ?? null
      const receivedBy = receivedAt === null ? null : 'clerk'
      if (receivedAt === null) {
        for (const f of files) {
          const at = received.get(f)
          if (at !== undefined && (receivedAt === null || at < receivedAt)) receivedAt = at
        }
      }
      const late = receivedAt !== null && receivedAt > deadlines[k]!
      const state: TrackerState = c.errors > 0 ? 'errors' : late ? 'late' : 'submitted'
      return { year, state, submitted: true, late, errors: c.errors, warnings: c.warnings, receivedAt, receivedBy: receivedBy ?? (receivedAt === null ? null : 'import'), files }
    })
  }
  return rows
}

/** The newest receipt date in the matrix (数据截至), or null when no receipt is known. */
export function newestReceipt(rows: readonly TrackerRow[]): number | null {
  let newest: number | null = null
  for (const r of rows) for (const c of r.cells) if (c.receivedAt !== null && (newest === null || c.receivedAt > newest)) newest = c.receivedAt
  return newest
}

/**
 * The newest receipt date of the loaded figures, as newestReceipt(buildTracker(…)) finds it, without
 * building the matrix: one pass over the submissions (one per township-year in a dataset), so that
 * the 数据截至 line costs milliseconds after a 40,000-row import, not the whole tracker.
 */
export function newestReceiptOf(input: Pick<TrackerInput, 'submissions' | 'files' | 'receipts'>): number | null {
  const received = new Map(input.files.map(f => [f.file, f.importedAt ?? f.receivedAt]))
  let newest: number | null = null
  for (const sub of input.submissions) {
    let at: number | null = input.receipts?.get(receiptKey(sub.township, sub.year)) ?? null
    if (at === null) {
      const files = sub.sources ? new Set(Object.keys(sub.values).map(id => sourceOf(sub, id).file).concat(sub.source.file)) : [sub.source.file]
      for (const f of files) {
        const r = received.get(f)
        if (r !== undefined && (at === null || r < at)) at = r
      }
    }
    if (at !== null && (newest === null || at > newest)) newest = at
  }
  return newest
}

/** Per year: how many of the county's townships have submitted, and how many are expected. */
export function trackerTotals(rows: readonly TrackerRow[], years: readonly number[]): { year: number, submitted: number, expected: number, late: number, errors: number }[] {
  const county = rows.filter(r => r.known)
  return years.map((year, k) => {
    const cells = county.map(r => r.cells[k]).filter((c): c is TrackerCell => c !== undefined)
    return {
      year,
      submitted: cells.filter(c => c.submitted).length,
      expected: county.length,
      late: cells.filter(c => c.late).length,
      errors: cells.filter(c => c.state === 'errors').length,
    }
  })
}

/** Words of the exported matrix (the caller passes them in its language). */
export interface TrackerLabels {
  township: string
  inList: string
  yes: string
  no: string
  /** Header of a year's receipt-date column, e.g. `收到日期`. */
  received: string
  state: Record<TrackerState, string>
  /** e.g. (n) => `${n} 处错误`. */
  errors: (n: number) => string
  late: string
  /** Formats a receipt date. */
  date: (ms: number) => string
}

/** The matrix as table rows (header first) for rowsToCsv: per year a state column and a receipt-date column. */
export function trackerToRows(rows: readonly TrackerRow[], years: readonly number[], labels: TrackerLabels): string[][] {
  const header = [labels.township, labels.inList, ...years.flatMap(y => [String(y), `${y} ${labels.received}`])]
  const body = rows.map(r => [r.township, r.known ? labels.yes : labels.no, ...r.cells.flatMap((c) => {
    const parts = [labels.state[c.state]]
    if (c.state === 'errors') parts.push(labels.errors(c.errors))
    if (c.late && c.state !== 'late') parts.push(labels.late)
    return [parts.join('，'), c.receivedAt === null ? '' : labels.date(c.receivedAt)]
  })])
  return [header, ...body]
}
