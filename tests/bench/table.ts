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
}

/** What one benchmark module returns: rows for the table and free text (breakdowns) printed after it. */
export interface BenchResult {
  rows: BenchRow[]
  details: string[]
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
