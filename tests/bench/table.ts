// The one results table every benchmark prints into.

/** One line of the results table: our code against a baseline on the same input. */
export interface BenchRow {
  /** What is measured, e.g. 'ingest wide CSV'. */
  benchmark: string
  /** Data rows of the input. */
  rows: number
  /** Input size in MB (10^6 bytes). */
  mb: number
  /** What ours is compared with, e.g. 'papaparse'. */
  baselineName: string
  baselineMs: number
  ms: number
  /** When set, the row is checked against ratio ≤ maxRatio and shows ✓ or ✗. */
  goal?: { maxRatio: number }
  /** Which issue set the goal, e.g. '#3' (shown in the budget table). */
  source?: string
}

/** One figure checked against its budget (a size, a time, a ratio, a share): a line of the budget table. */
export interface BudgetLine {
  /** What the figure is, e.g. 'first screen JS + CSS (gzip)'. */
  figure: string
  value: number
  /** Unit shown after the value, e.g. 'KB', 'ms', '×'. */
  unit: string
  /** The goal: at most `max`, or at least `min`; no goal for figures that are only reported. */
  goal?: { max: number } | { min: number }
  /** Which issue set the goal, e.g. '#3'. */
  source?: string
}

/** What one benchmark module returns: rows for the table, budget lines, and free text (breakdowns) printed after it. */
export interface BenchResult {
  rows: BenchRow[]
  details: string[]
  budget?: BudgetLine[]
}

export interface Benchmark {
  name: string
  run: () => BenchResult
}

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1
  return w
}

function pad(text: string, to: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)))
  return right ? fill + text : text + fill
}

/** A plain-text table; numeric columns (all but the first) are right-aligned. */
export function formatTable(header: readonly string[], lines: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(width(h), ...lines.map(l => width(l[c] ?? ''))))
  const render = (cells: readonly string[]) => cells.map((cell, c) => pad(cell, widths[c] ?? 0, c > 0)).join('  ')
  const rule = widths.map(w => '-'.repeat(w)).join('  ')
  return [render(header), rule, ...lines.map(render)].join('\n')
}

export function ratioOf(row: BenchRow): number {
  return row.ms / row.baselineMs
}

/** The results table: benchmark, rows, MB, baseline ms, ours ms, ratio, goal. */
export function formatBenchRows(rows: readonly BenchRow[]): string {
  const lines = rows.map((r) => {
    const ratio = ratioOf(r)
    const goal = r.goal ? `ratio ≤ ${r.goal.maxRatio} ${ratio <= r.goal.maxRatio ? '✓' : '✗'}` : ''
    return [r.benchmark, r.rows.toLocaleString('en-US'), r.mb.toFixed(2), `${r.baselineName} ${r.baselineMs.toFixed(1)}`, r.ms.toFixed(1), ratio.toFixed(2), goal]
  })
  return formatTable(['benchmark', 'rows', 'MB', 'baseline ms', 'ours ms', 'ratio', 'goal'], lines)
}

/** The rows that have a goal, as budget lines (their ratio against the goal). */
export function ratioBudget(rows: readonly BenchRow[]): BudgetLine[] {
  return rows.filter(r => r.goal).map(r => ({
    figure: `${r.benchmark} (${r.rows.toLocaleString('en-US')} rows): ours / ${r.baselineName}`,
    value: ratioOf(r), unit: '×', goal: { max: r.goal?.maxRatio ?? Number.POSITIVE_INFINITY }, source: r.source,
  }))
}

/** A value with its unit: whole numbers as they are, others with 0–2 decimals by size. */
const formatValue = (v: number, unit: string) => `${Number.isInteger(v) || v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${unit}`.trim()

/** The budget table: every figure with its goal and ✓ or ✗ (figures without a goal are reported only). */
export function formatBudget(lines: readonly BudgetLine[]): string {
  return formatTable(['figure', 'value', 'goal', 'from'], lines.map((l) => {
    const { goal } = l
    const met = goal === undefined ? null : 'max' in goal ? l.value <= goal.max : l.value >= goal.min
    const goalText = goal === undefined ? '—' : `${'max' in goal ? '≤' : '≥'} ${formatValue('max' in goal ? goal.max : goal.min, l.unit)} ${met ? '✓' : '✗'}`
    return [l.figure, formatValue(l.value, l.unit), goalText, l.source ?? '']
  }))
}
