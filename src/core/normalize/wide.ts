// Wide tables: one row per township and year, one column per indicator.
import { readApproxMarks } from '../approxMarks'
import { NUM } from '../columns'
import { plainNumberInUnit } from '../cells'
import { convertFractionRates, mayBeFractions } from './fractionRates'
import { clip, issue, townshipNameProblem, parseYear, planColumns, readCell, type ColumnPlan, type NormalizeContext, type Normalized } from './common'
import { columnsProblem } from '../limits'
import { isTownshipHeader, isYearHeader } from '../parse/csv'
import type { RawTable } from '../parse/table'
import { checkTotals } from './totalRows'
import { withTableRows } from '../tableBatch'
import type { SubmissionTable } from '../table'
import { rowAt } from '../tableRows'
import type { Issue } from '../types'
import { WideTableBuilder } from './wideTable'
import { NotPlain, TableRows, type WideRows } from './wideRows'
import { plainYear } from './plainCells'

/**
 * Normalizes a wide table. A row is refused (and listed) when its township or year is missing or
 * invalid, when it repeats a township-year of an earlier row, or when it has more cells than the
 * header. A bad cell is an issue and stays missing; its row is still accepted. The data rows are
 * `table.rows`, or `source` when given (the same rows read another way: table.rows is then unused).
 */
export function normalizeWide(table: RawTable, ctx: NormalizeContext, source?: WideRows): Normalized {
  // A source other than the table's rows cannot count its rows before reading them: refusing the table whole needs the table.
  const refuseAll = () => { if (source) throw new NotPlain('whole table refused'); return table.rows.length }
  const tooWide = columnsProblem(table.headers)
  if (tooWide) { const n = refuseAll(); return { submissions: [], issues: [issue(ctx, table.headerRow, null, 'error', 'too-many-columns', tooWide)], rows: n, accepted: 0, rejected: n, unknownColumns: [] } }
  const { plan, issues } = planColumns(table.headers, ctx, table.headerRow, isTownshipHeader, isYearHeader)
  const out: Normalized = { submissions: [], issues, rows: 0, accepted: 0, rejected: 0, unknownColumns: [] }
  const townshipCol = plan.findIndex(p => p.kind === 'township')
  const yearCol = plan.findIndex(p => p.kind === 'year')
  if (townshipCol === -1) {
    issues.push(issue(ctx, table.headerRow, null, 'error', 'missing-township-column',
      { code: 'missing-township-column', params: { headers: { list: table.headers.slice(0, 6).map(h => clip(h, 12)) } } }))
    out.rows = out.rejected = refuseAll()
    return out
  }
  if (yearCol === -1 && !ctx.fallbackYear) {
    issues.push(issue(ctx, table.headerRow, null, 'error', 'missing-year-column', { code: 'missing-year-column' }))
    out.rows = out.rejected = refuseAll()
    return out
  }
  const columns = plan.flatMap((p, column) => (p.kind === 'indicator' ? [{ column, indicator: p.indicator, factor: p.factor }] : []))
  // Rows go straight into columns, one per indicator column in column order: every row has all their keys.
  const rows = source ?? new TableRows(table)
  const rowsOut = new WideTableBuilder(columns.map(c => c.indicator.id), ctx.file, rows.expected)
  const noteCol = plan.findIndex(p => p.kind === 'note')
  const marksCol = plan.findIndex(p => p.kind === 'marks')
  const unknownIdx = plan.flatMap((p, i) => (p.kind === 'unknown' ? [i] : []))
  const unknownValues = unknownIdx.map(() => [] as (string | null)[])
  const seen = new SeenRows()
  // Columns whose 1 to 9 digits are the figure itself (unit factor 1, not a 是/否 flag).
  const figureColumns = Int32Array.from(columns, ({ column, indicator, factor }) => (factor === 1 && indicator.kind !== 'flag' ? column : -1))
  const left = new Uint8Array(columns.length)
  const townshipHeader = table.headers[townshipCol] ?? null
  while (rows.next()) {
    out.rows++
    const row = rows.row
    for (let k = 0; k < unknownIdx.length; k++) unknownValues[k]!.push(unknownIdx[k]! < rows.width ? rows.text(unknownIdx[k]!) : null)
    const rejection = checkRow(rows, plan, table, townshipCol, yearCol, ctx)
    if ('reject' in rejection) { issues.push(rejection.reject); out.rejected++; continue }
    const { name, year } = rejection
    const resolved = ctx.resolveTownship(name)
    const first = seen.first(year, resolved.name, resolved.index, row)
    if (first !== 0) {
      issues.push(issue(ctx, row, townshipHeader, 'error', 'duplicate-row',
        { code: 'duplicate-row', params: { township: resolved.name, year: String(year), first } }, { township: resolved.name, year }))
      out.rejected++
      continue
    }
    if (resolved.warning) issues.push(issue(ctx, row, townshipHeader, 'warning', 'unknown-township', resolved.warning, { township: resolved.name, year }))
    const r = rowsOut.start(resolved.name, resolved.code, year, row, resolved.index)
    let approx: string[] | null = null
    let notApplicable: string[] | null = null
    // Each path sets the cell first: a started row has every cell set (WideTableBuilder.start).
    rowsOut.setDigits(r, rows, figureColumns, left)
    for (let c = 0; c < columns.length; c++) {
      if (left[c] === 0) continue
      const { column, indicator, factor } = columns[c]!
      const raw = rows.text(column)
      const plain = indicator.kind === 'flag' ? null : plainNumberInUnit(raw, factor)
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
      for (const id of readApproxMarks(rows.text(marksCol), ctx.registry)) {
        if (rowsOut.flagsOf(r, id) & NUM && !approx?.includes(id)) (approx ??= []).push(id)
      }
    }
    const note = noteCol === -1 ? '' : rows.text(noteCol).trim()
    rowsOut.finishRow(r, approx, notApplicable, note === '' ? null : clip(note, 2000))
    out.accepted++
  }
  out.unknownColumns = unknownIdx.map((c, k) => ({ header: table.headers[c] ?? '', values: unknownValues[k]! }))
  const built = rowsOut.finish()
  const fractions = columns.some(col => col.indicator.kind === 'rate' && mayBeFractions(col, numbersOf(built, col.indicator.id), c => rows.percentIn(c)))
  // Rates written as fractions are converted on submission objects (rare; the table's rows are read again); otherwise the table is the rows.
  if (fractions) {
    if (source) throw new NotPlain('rates written as fractions')
    out.submissions = Array.from({ length: built.rows }, (_, i) => rowAt(built, i))
    for (const i of convertFractionRates(table, columns, out.submissions, ctx)) issues.push(i)
  }
  for (const i of checkTotals(table, columns, ctx)) issues.push(i)
  return fractions ? out : withTableRows(out, built)
}

/** The first row of each township-year: by the resolver's index of the name where it gives one, else by the name. */
class SeenRows {
  private readonly byIndex = new Map<number, Int32Array>()
  private readonly byName = new Map<number, Map<string, number>>()

  /** The row where (name, year) came before, or 0; `row` is noted as its first when it is new. */
  first(year: number, name: string, index: number | undefined, row: number): number {
    if (index === undefined) {
      let names = this.byName.get(year)
      if (names === undefined) { names = new Map(); this.byName.set(year, names) }
      const first = names.get(name)
      if (first !== undefined) return first
      names.set(name, row)
      return 0
    }
    let rows = this.byIndex.get(year)
    if (rows === undefined || index >= rows.length) {
      const wider = new Int32Array(Math.max(index + 1, (rows?.length ?? 0) * 2, 64))
      if (rows) wider.set(rows)
      rows = wider
      this.byIndex.set(year, rows)
    }
    const first = rows[index] as number
    if (first === 0) rows[index] = row
    return first
  }
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

/** The first cell past the header's columns that holds text, if any. */
function extraCell(rows: WideRows, columns: number): string | null {
  for (let c = columns; c < rows.width; c++) if (rows.text(c).trim() !== '') return rows.text(c)
  return null
}

function checkRow(rows: WideRows, plan: readonly ColumnPlan[], table: RawTable,
  townshipCol: number, yearCol: number, ctx: NormalizeContext): { name: string, year: number } | { reject: Issue } {
  const row = rows.row
  const extra = extraCell(rows, plan.length)
  if (extra !== null) {
    return { reject: issue(ctx, row, null, 'error', 'extra-cells',
      { code: 'extra-cells', params: { cells: rows.width, columns: plan.length, extra: clip(extra) } }) }
  }
  const name = rows.text(townshipCol).trim()
  const townshipHeader = table.headers[townshipCol] ?? null
  if (name === '') return { reject: issue(ctx, row, townshipHeader, 'error', 'missing-township', { code: 'missing-township' }) }
  const nameProblem = townshipNameProblem(name)
  if (nameProblem) return { reject: issue(ctx, row, townshipHeader, 'error', 'bad-township', nameProblem) }
  const yearRaw = yearCol === -1 ? null : rows.text(yearCol)
  const year = yearRaw === null ? (ctx.fallbackYear ?? null) : plainYear(yearRaw) ?? parseYear(yearRaw)
  if (year === null) {
    return { reject: issue(ctx, row, table.headers[yearCol] ?? null, 'error', 'bad-year',
      { code: 'bad-year-range', params: { raw: clip(yearRaw ?? '') } }, { township: name, raw: clip(yearRaw ?? '', 200) }) }
  }
  return { name, year }
}
