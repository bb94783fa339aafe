// Wide tables: one row per township and year, one column per indicator.
import { readApproxMarks } from '../approxMarks'
import { NUM } from '../columns'
import { plainNumberInUnit } from '../cells'
import { convertFractionRates, mayBeFractions } from './fractionRates'
import { clip, issue, MAX_YEAR, MIN_YEAR, townshipNameProblem, parseYear, planColumns, readCell, type ColumnPlan, type NormalizeContext, type Normalized } from './common'
import { columnsProblem } from '../limits'
import { isTownshipHeader, isYearHeader } from '../parse/csv'
import type { RawTable } from '../parse/table'
import { checkTotals } from './totalRows'
import { withTableRows } from '../tableBatch'
import type { SubmissionTable } from '../table'
import { rowAt } from '../tableRows'
import type { Issue } from '../types'
import { WideTableBuilder } from './wideTable'

/**
 * Normalizes a wide table. A row is refused (and listed) when its township or year is missing or
 * invalid, when it repeats a township-year of an earlier row, or when it has more cells than the
 * header. A bad cell is an issue and stays missing; its row is still accepted.
 */
export function normalizeWide(table: RawTable, ctx: NormalizeContext): Normalized {
  const tooWide = columnsProblem(table.headers)
  if (tooWide) return { submissions: [], issues: [issue(ctx, table.headerRow, null, 'error', 'too-many-columns', tooWide)], rows: table.rows.length, accepted: 0, rejected: table.rows.length, unknownColumns: [] }
  const { plan, issues } = planColumns(table.headers, ctx, table.headerRow, isTownshipHeader, isYearHeader)
  const out: Normalized = { submissions: [], issues, rows: table.rows.length, accepted: 0, rejected: 0, unknownColumns: [] }
  const townshipCol = plan.findIndex(p => p.kind === 'township')
  const yearCol = plan.findIndex(p => p.kind === 'year')
  if (townshipCol === -1) {
    issues.push(issue(ctx, table.headerRow, null, 'error', 'missing-township-column',
      { code: 'missing-township-column', params: { headers: { list: table.headers.slice(0, 6).map(h => clip(h, 12)) } } }))
    out.rejected = table.rows.length
    return out
  }
  if (yearCol === -1 && !ctx.fallbackYear) {
    issues.push(issue(ctx, table.headerRow, null, 'error', 'missing-year-column', { code: 'missing-year-column' }))
    out.rejected = table.rows.length
    return out
  }
  const columns = plan.flatMap((p, column) => (p.kind === 'indicator' ? [{ column, indicator: p.indicator, factor: p.factor }] : []))
  // Rows go straight into columns, one per indicator column in column order: every row has all their keys.
  const rowsOut = new WideTableBuilder(columns.map(c => c.indicator.id), ctx.file, table.rows.length)
  const noteCol = plan.findIndex(p => p.kind === 'note')
  const marksCol = plan.findIndex(p => p.kind === 'marks')
  const unknownIdx = plan.flatMap((p, i) => (p.kind === 'unknown' ? [i] : []))
  const unknownValues = unknownIdx.map(() => [] as (string | null)[])
  const seen = new Map<number, Map<string, number>>()
  const townshipHeader = table.headers[townshipCol] ?? null
  for (const { row, cells } of table.rows) {
    for (let k = 0; k < unknownIdx.length; k++) unknownValues[k]!.push(cells[unknownIdx[k]!] ?? null)
    const rejection = checkRow(cells, plan, table, row, townshipCol, yearCol, ctx)
    if ('reject' in rejection) { issues.push(rejection.reject); out.rejected++; continue }
    const { name, year } = rejection
    const resolved = ctx.resolveTownship(name)
    // By year, then by name: the list's name strings keep their hash, a joined key would be hashed anew per row.
    let seenInYear = seen.get(year)
    if (seenInYear === undefined) { seenInYear = new Map(); seen.set(year, seenInYear) }
    const first = seenInYear.get(resolved.name)
    if (first !== undefined) {
      issues.push(issue(ctx, row, townshipHeader, 'error', 'duplicate-row',
        { code: 'duplicate-row', params: { township: resolved.name, year: String(year), first } }, { township: resolved.name, year }))
      out.rejected++
      continue
    }
    seenInYear.set(resolved.name, row)
    if (resolved.warning) issues.push(issue(ctx, row, townshipHeader, 'warning', 'unknown-township', resolved.warning, { township: resolved.name, year }))
    const r = rowsOut.start(resolved.name, resolved.code, year, row)
    let approx: string[] | null = null
    let notApplicable: string[] | null = null
    for (let c = 0; c < columns.length; c++) {
      const { column, indicator, factor } = columns[c]!
      const raw = cells[column] ?? ''
      const plain = indicator.kind === 'flag' ? null : factor === 1 ? plainInteger(raw) ?? plainNumberInUnit(raw, 1) : plainNumberInUnit(raw, factor)
      rowsOut.set(r, c, plain)
      if (plain !== null) continue
      const outcome = readCell(raw, indicator, factor)
      if ('error' in outcome) {
        issues.push(issue(ctx, row, table.headers[column] ?? null, 'error', 'not-a-number',
          { code: 'not-a-number', params: { raw: clip(raw), reason: outcome.error } }, { indicator: indicator.id, township: resolved.name, year, raw: clip(raw, 200) }))
        continue
      }
      rowsOut.set(r, c, outcome.value)
      if (outcome.approx) (approx ??= []).push(indicator.id)
      if (outcome.notApplicable) (notApplicable ??= []).push(indicator.id)
    }
    if (marksCol !== -1) {
      for (const id of readApproxMarks(cells[marksCol] ?? '', ctx.registry)) {
        if (rowsOut.flagsOf(r, id) & NUM && !approx?.includes(id)) (approx ??= []).push(id)
      }
    }
    const note = noteCol === -1 ? '' : (cells[noteCol] ?? '').trim()
    rowsOut.finishRow(r, approx, notApplicable, note === '' ? null : clip(note, 2000))
    out.accepted++
  }
  out.unknownColumns = unknownIdx.map((c, k) => ({ header: table.headers[c] ?? '', values: unknownValues[k]! }))
  const rows = rowsOut.finish()
  const fractions = columns.some(col => col.indicator.kind === 'rate' && mayBeFractions(table, col, numbersOf(rows, col.indicator.id)))
  // Rates written as fractions are converted on submission objects (rare); otherwise the table is the rows.
  if (fractions) {
    out.submissions = Array.from({ length: rows.rows }, (_, i) => rowAt(rows, i))
    for (const i of convertFractionRates(table, columns, out.submissions, ctx)) issues.push(i)
  }
  for (const i of checkTotals(table, columns, ctx)) issues.push(i)
  return fractions ? out : withTableRows(out, rows)
}

/** The numbers of an id's column in row order. */
function numbersOf(t: SubmissionTable, id: string): number[] {
  const c = t.ids.indexOf(id)
  if (c === -1) return []
  const values = t.values[c] as Float64Array
  const flags = t.flags[c] as Uint8Array
  const out: number[] = []
  for (let r = 0; r < t.rows; r++) if ((flags[r] as number) & NUM) out.push(values[r] as number)
  return out
}

/**
 * A cell of 1 to 9 ASCII digits as its number, read from the character codes (no regex, no Number()):
 * exactly what plainNumberInUnit(raw, 1) gives for it. Null for anything else (which takes that path).
 */
export function plainInteger(raw: string): number | null {
  const length = raw.length
  if (length === 0 || length > 9) return null
  let n = 0
  for (let i = 0; i < length; i++) {
    const digit = raw.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return null
    n = n * 10 + digit
  }
  return n
}

/** A year cell of four ASCII digits within MIN_YEAR–MAX_YEAR as its number (what parseYear gives it); null for any other cell. */
export function plainYear(raw: string): number | null {
  if (raw.length !== 4) return null
  const y = plainInteger(raw)
  return y !== null && y >= MIN_YEAR && y <= MAX_YEAR ? y : null
}

function checkRow(cells: readonly string[], plan: readonly ColumnPlan[], table: RawTable, row: number,
  townshipCol: number, yearCol: number, ctx: NormalizeContext): { name: string, year: number } | { reject: Issue } {
  const extra = cells.length > plan.length ? cells.slice(plan.length).filter(c => c.trim() !== '') : []
  if (extra.length > 0) {
    return { reject: issue(ctx, row, null, 'error', 'extra-cells',
      { code: 'extra-cells', params: { cells: cells.length, columns: plan.length, extra: clip(extra[0] ?? '') } }) }
  }
  const name = (cells[townshipCol] ?? '').trim()
  const townshipHeader = table.headers[townshipCol] ?? null
  if (name === '') return { reject: issue(ctx, row, townshipHeader, 'error', 'missing-township', { code: 'missing-township' }) }
  const nameProblem = townshipNameProblem(name)
  if (nameProblem) return { reject: issue(ctx, row, townshipHeader, 'error', 'bad-township', nameProblem) }
  const yearRaw = yearCol === -1 ? null : (cells[yearCol] ?? '')
  const year = yearRaw === null ? (ctx.fallbackYear ?? null) : plainYear(yearRaw) ?? parseYear(yearRaw)
  if (year === null) {
    return { reject: issue(ctx, row, table.headers[yearCol] ?? null, 'error', 'bad-year',
      { code: 'bad-year-range', params: { raw: clip(yearRaw ?? '') } }, { township: name, raw: clip(yearRaw ?? '', 200) }) }
  }
  return { name, year }
}
