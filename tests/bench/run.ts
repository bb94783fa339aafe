// `npm run bench`: runs every benchmark and prints one table of figures. Never fails on time.
import { exportBenchmark } from './export'
import { extractionBenchmark } from './extraction'
import { firstScreenBenchmark } from './firstScreen'
import { importResponsivenessBenchmark } from './importResponsiveness'
import { ingestBenchmark } from './ingest'
import { ingestProcessBenchmark } from './ingestProcess'
import { provinceCompareBenchmark } from './provinceCompare'
import { singleFileBenchmark } from './singleFile'
import { formatBenchRows, formatBudget, ratioBudget, type Benchmark, type BenchRow, type BudgetLine } from './table'

/** Every benchmark; add new modules here. */
const BENCHMARKS: readonly Benchmark[] = [ingestBenchmark, ingestProcessBenchmark, exportBenchmark, firstScreenBenchmark, importResponsivenessBenchmark, provinceCompareBenchmark, extractionBenchmark, singleFileBenchmark]

const rows: BenchRow[] = []
const details: string[] = []
const budget: BudgetLine[] = []
for (const bench of BENCHMARKS) {
  process.stderr.write(`running ${bench.name}…\n`)
  const result = bench.run()
  rows.push(...result.rows)
  details.push(...result.details)
  budget.push(...(result.budget ?? []))
}
console.log(`Node ${process.version}; times are medians after a warm-up.\n`)
console.log(formatBenchRows(rows))
console.log(`\nPerformance budget: every figure with its goal (the ratios of the table above, sizes, times, accuracy).\n`)
console.log(formatBudget([...ratioBudget(rows), ...budget]))
for (const d of details) console.log(`\n${d}`)
