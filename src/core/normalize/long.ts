// Long tables: `township,year,indicator,value[,unit][,note]`, one row per figure.
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
    out.issues.push(issue(ctx, table.headerRow, null, 'error', 'missing-township-column', '找不到乡镇列：长表表头应为 township,year,indicator,value[,unit][,note]'))
    out.rejected = table.rows.length
    return out
  }
  const builders = new Map<string, SubmissionBuilder>()
  const figureRow = new Map<string, number>()
  const unknownByName = new Map<string, (string | null)[]>()
  for (const { row, cells } of table.rows) {
    const reject = (column: string | null, code: string, message: string, extra = {}) => {
      out.issues.push(issue(ctx, row, column, 'error', code, message, extra))
      out.rejected++
    }
    const name = (cells[cols.township] ?? '').trim()
    if (name === '') { reject(h(cols.township), 'missing-township', '乡镇名称为空，本行未导入'); continue }
    const nameProblem = townshipNameProblem(name)
    if (nameProblem) { reject(h(cols.township), 'bad-township', nameProblem); continue }
    const yearRaw = cols.year === -1 ? null : cells[cols.year] ?? ''
    const year = yearRaw === null ? (ctx.fallbackYear ?? null) : parseYear(yearRaw)
    if (year === null) { reject(h(cols.year), 'bad-year', `年度“${clip(yearRaw ?? '')}”无法识别，本行未导入`, { township: name }); continue }
    const indicatorName = (cells[cols.indicator] ?? '').trim()
    const m = indicatorName === '' ? null : matchHeader(ctx.registry, indicatorName)
    const rawValue = cells[cols.value] ?? ''
    if (m === null) {
      const list = unknownByName.get(indicatorName) ?? []
      list.push(rawValue)
      unknownByName.set(indicatorName, list)
      out.issues.push(issue(ctx, row, h(cols.indicator), 'warning', 'unknown-indicator',
        `指标“${clip(indicatorName)}”不是已知指标，本行未导入；数值已保留，可在导入时指定对应指标`, { township: name, year }))
      out.rejected++
      continue
    }
    if ('unitError' in m) { reject(h(cols.indicator), 'unknown-unit', m.unitError, { indicator: m.indicator.id, township: name, year }); continue }
    const unitText = cols.unit === -1 ? '' : (cells[cols.unit] ?? '').trim()
    const unitF = unitText === '' ? m.factor : unitFactor(m.indicator, unitText)
    if (unitF === null) {
      reject(h(cols.unit), 'unknown-unit', `单位“${clip(unitText)}”不是指标“${m.indicator.label_zh}”可用的单位（应为 ${m.indicator.unit || '无单位'}）`,
        { indicator: m.indicator.id, township: name, year })
      continue
    }
    const resolved = ctx.resolveTownship(name)
    const key = `${resolved.name}\u0000${year}`
    const figureKey = `${key}\u0000${m.indicator.id}`
    const firstRow = figureRow.get(figureKey)
    if (firstRow !== undefined) {
      reject(h(cols.indicator), 'duplicate-row', `${resolved.name} ${year} 年“${m.indicator.label_zh}”在第 ${firstRow} 行已填报，本行未导入`,
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
      out.issues.push(issue(ctx, row, h(cols.value), 'error', 'not-a-number', `“${clip(rawValue)}”${outcome.error}，该项按未填报处理`,
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
