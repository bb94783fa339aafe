// Templates the county sends to its townships: a wide table with Chinese headers and units, the
// townships and year pre-filled, empty value cells — as CSV text or an .xlsx workbook that also
// explains each indicator. A filled-in template imports back without a single issue.
import { rowsToCsv, wideHeader } from './exportTable'
import { formulaIdsOf } from './registry'
import type { Indicator, IndicatorKind, Registry } from './types'

/** What a template needs of a township: its name as the county list writes it. */
export interface TemplateTownship {
  name: string
}

const KIND_ZH: Record<IndicatorKind, string> = { count: '数量', amount: '金额', rate: '比率（%）', flag: '是否（填“是”或“否”）' }
const DATA_SHEET = '填报数据'
const GUIDE_SHEET = '指标说明'

/**
 * The indicators a template asks for by default: the core ones without the rates that have a formula.
 * Those are computed on import from their parts (持证率 from 持证人数 / 执法人员数), so asking for
 * them again would only invite figures that disagree. The county-sourced ones (行政复议, 行政应诉,
 * 案卷评查) are asked too, after the township's own, so that the outcome charts can be fed from a
 * template: the county's 司法局 fills them in (the guide sheet says so). Registry order within each part.
 */
export function defaultTemplateIds(registry: Registry): string[] {
  const asked = registry.indicators.filter(i => i.core === true && i.formula === null)
  return [...asked.filter(i => !isCountySourced(i)), ...asked.filter(isCountySourced)].map(i => i.id)
}

const isCountySourced = (i: Indicator) => i.township_reportable === 'county_source'

/** What the guide says to fill in for an indicator the template asks for. */
function fillNote(i: Indicator): string {
  const what = i.kind === 'flag' ? '填“是”或“否”' : `填${i.unit || '数字'}数；没有发生填 0，不掌握的留空`
  return isCountySourced(i) ? `县级来源（由县司法局或执法监督部门按乡镇填写，乡镇不必填）：${what}` : what
}

function templateIndicators(registry: Registry, ids: readonly string[] | undefined): Indicator[] {
  const wanted = ids ?? defaultTemplateIds(registry)
  return wanted.map((id) => {
    const ind = registry.byId.get(id)
    if (!ind) throw new Error(`templates: unknown indicator id ${id}`)
    return ind
  })
}

/** Header and rows of a template: 乡镇, 年度, then one column per indicator; values empty (null). */
export function templateRows(registry: Registry, townships: readonly TemplateTownship[], year: number, indicatorIds?: readonly string[]): (string | number | null)[][] {
  const indicators = templateIndicators(registry, indicatorIds)
  const header = ['乡镇', '年度', ...indicators.map(i => wideHeader(i.label_zh, i.unit))]
  return [header, ...townships.map(t => [t.name, year, ...indicators.map(() => null)])]
}

/** The template as CSV text: UTF-8 with BOM (so Excel opens it), CRLF line ends. */
export function templateCsv(registry: Registry, townships: readonly TemplateTownship[], year: number, indicatorIds?: readonly string[]): string {
  const rows = templateRows(registry, townships, year, indicatorIds).map(r => r.map(c => c ?? ''))
  return `\uFEFF${rowsToCsv(rows)}\r\n`
}

/** A rate formula in words: `持行政执法证件人数 ÷ 行政执法人员数 × 100`. */
export function formulaInWords(formula: string, registry: Registry): string {
  return formula.replace(/[a-z_][a-z0-9_]*/g, id => registry.byId.get(id)?.label_zh ?? id)
    .replace(/\s*\/\s*/g, ' ÷ ').replace(/\s*\*\s*/g, ' × ')
}

/**
 * Rows of the 指标说明 sheet: one per template indicator, then the rates computed on import from
 * them (marked 自动计算, 无需填写).
 */
export function guideRows(registry: Registry, indicatorIds?: readonly string[]): string[][] {
  const asked = templateIndicators(registry, indicatorIds)
  const askedIds = new Set(asked.map(i => i.id))
  const derived = registry.indicators.filter(i => i.formula !== null && !askedIds.has(i.id) && formulaIdsOf(i.formula).every(id => askedIds.has(id)))
  const row = (i: Indicator, note: string) => [i.id, i.label_zh, i.unit === '' ? '—' : i.unit, KIND_ZH[i.kind], i.definition_zh,
    i.formula === null ? '' : formulaInWords(i.formula, registry), note]
  return [
    ['指标代码', '指标名称', '计量单位', '类型', '口径', '计算公式', '填写说明'],
    ...asked.map(i => row(i, fillNote(i))),
    ...derived.map(i => row(i, '导入时自动计算，无需填写')),
  ]
}

/** Width of a column in characters, for Chinese text (about two character widths each). */
function columnWidth(texts: readonly string[], min: number, max: number): number {
  return Math.min(max, Math.max(min, ...texts.map(t => [...t].length * 2 + 2)))
}

/**
 * The template as an .xlsx workbook: sheet 填报数据 (bold, frozen header row; townships and year
 * filled in) and sheet 指标说明 (id, name, unit, kind, definition, formula in words). write-excel-file
 * is loaded on demand; it works in the browser, a worker and Node.
 */
export async function templateXlsx(registry: Registry, townships: readonly TemplateTownship[], year: number, indicatorIds?: readonly string[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const [header = [], ...body] = templateRows(registry, townships, year, indicatorIds)
  const guide = guideRows(registry, indicatorIds)
  const bold = (value: string | number | null) => ({ value: value ?? '', fontWeight: 'bold' as const, wrap: true })
  const dataSheet = {
    sheet: DATA_SHEET,
    data: [header.map(bold), ...body.map(r => r.map(c => (c === null ? null : { value: c })))],
    stickyRowsCount: 1,
    stickyColumnsCount: 1,
    columns: header.map((h, c) => ({ width: c < 2 ? 12 : columnWidth([String(h)], 10, 24) })),
  }
  const guideSheet = {
    sheet: GUIDE_SHEET,
    data: guide.map((r, i) => r.map(c => (i === 0 ? bold(c) : { value: c, wrap: true }))),
    stickyRowsCount: 1,
    columns: [{ width: 30 }, { width: 28 }, { width: 8 }, { width: 12 }, { width: 48 }, { width: 40 }, { width: 30 }],
  }
  const blob = await writeXlsxFile([dataSheet, guideSheet]).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
