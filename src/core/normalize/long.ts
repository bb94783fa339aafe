// Long tables: `township,year,indicator,value[,unit][,note]`, one row per figure.
import type { Message } from '../messages/render'
import { cappedIssues } from '../limits'
import { clip, issue, townshipNameProblem, parseYear, readCell, SubmissionBuilder, type NormalizeContext, type Normalized } from './common'
import type { LongColumns } from '../parse/longHeaders'
import type { RawTable } from '../parse/table'
import { matchHeader, unitFactor } from '../registry'

/**
 * Normalizes a long table. Each row is one figure: it is accepted, or refused and listed
 * (unknown indicator or unit, bad township or year, the same figure twice). A bad value is an
 * issue and the figure stays missing.
 */
export function normalizeLong(table: RawTable, cols: LongColumns, ctx: NormalizeContext): Normalized {
  const out: Normalized = { submissions: [], issues: cappedIssues(), rows: table.rows.length, accepted: 0, rejected: 0, unknownColumns: [] }
  const h = (i: number) => (i === -1 ? null : table.headers[i] ?? null)
  if (cols.township === -1) {
    out.issues.push(issue(ctx, table.headerRow, null, 'error', 'missing-township-column', { code: 'missing-township-column-long' }))
    out.rejected = table.rows.length
    return out
  }
  const builders = new Map<string, SubmissionBuilder>()
  const figureRow = new Map<string, number>()
  const unknownByName = new Map<string, (string | null)[]>()
  for (const { row, cells } of table.rows) {
    const reject = (column: string | null, code: string, message: string | Message, extra = {}) => {
      out.issues.push(issue(ctx, row, column, 'error', code, message, extra))
      out.rejected++
    }
    const name = (cells[cols.township] ?? '').trim()
    if (name === '') { reject(h(cols.township), 'missing-township', { code: 'missing-township' }); continue }
    const nameProblem = townshipNameProblem(name)
    if (nameProblem) { reject(h(cols.township), 'bad-township', nameProblem); continue }
    const yearRaw = cols.year === -1 ? null : cells[cols.year] ?? ''
    const year = yearRaw === null ? (ctx.fallbackYear ?? null) : parseYear(yearRaw)
    if (year === null) { reject(h(cols.year), 'bad-year', { code: 'bad-year', params: { raw: clip(yearRaw ?? '') } }, { township: name }); continue }
    const indicatorName = (cells[cols.indicator] ?? '').trim()
    const m = indicatorName === '' ? null : matchHeader(ctx.registry, indicatorName)
    const rawValue = cells[cols.value] ?? ''
    if (m === null) {
      const list = unknownByName.get(indicatorName) ?? []
      list.push(rawValue)
      unknownByName.set(indicatorName, list)
      out.issues.push(issue(ctx, row, h(cols.indicator), 'warning', 'unknown-indicator',
        { code: 'unknown-indicator', params: { name: clip(indicatorName) } }, { township: name, year }))
      out.rejected++
      continue
    }
    if ('unitError' in m) { reject(h(cols.indicator), 'unknown-unit', m.unitError, { indicator: m.indicator.id, township: name, year }); continue }
    const unitText = cols.unit === -1 ? '' : (cells[cols.unit] ?? '').trim()
    const unitF = unitText === '' ? m.factor : unitFactor(m.indicator, unitText)
    if (unitF === null) {
      reject(h(cols.unit), 'unknown-unit', { code: 'unknown-unit', params: { unit: clip(unitText), indicator: { indicator: m.indicator.id }, expected: { unit: m.indicator.id } } },
        { indicator: m.indicator.id, township: name, year })
      continue
    }
    const resolved = ctx.resolveTownship(name)
    const key = `${resolved.name}\u0000${year}`
    const figureKey = `${key}\u0000${m.indicator.id}`
    const firstRow = figureRow.get(figureKey)
    if (firstRow !== undefined) {
      reject(h(cols.indicator), 'duplicate-row', { code: 'duplicate-figure', params: { township: resolved.name, year: String(year), indicator: { indicator: m.indicator.id }, first: firstRow } },
        { indicator: m.indicator.id, township: resolved.name, year })
      continue
    }
    figureRow.set(figureKey, row)
    let builder = builders.get(key)
    if (!builder) {
      if (resolved.warning) out.issues.push(issue(ctx, row, h(cols.township), 'warning', 'unknown-township', resolved.warning, { township: resolved.name, year }))
      builder = new SubmissionBuilder(resolved.name, resolved.code, year, { file: ctx.file, row })
      builders.set(key, builder)
    }
    const outcome = readCell(rawValue, m.indicator, unitF)
    const source = { file: ctx.file, row }
    if ('error' in outcome) {
      out.issues.push(issue(ctx, row, h(cols.value), 'error', 'not-a-number', { code: 'not-a-number', params: { raw: clip(rawValue), reason: outcome.error } },
        { indicator: m.indicator.id, township: resolved.name, year, raw: clip(rawValue, 200) }))
      builder.set(m.indicator.id, { value: null, approx: false, notApplicable: false }, source)
    } else {
      builder.set(m.indicator.id, outcome, source)
    }
    out.accepted++
  }
  out.submissions = [...builders.values()].map(b => b.build())
  out.unknownColumns = [...unknownByName].map(([header, values]) => ({ header, values }))
  return out
}
