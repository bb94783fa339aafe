// `npm run bench`: runs every benchmark and prints one table of figures. Never fails on time.
import { exportBenchmark } from './export'
import { ingestBenchmark } from './ingest'
import { formatBenchRows, type Benchmark, type BenchRow } from './table'

/** Every benchmark; add new modules here. */
const BENCHMARKS: readonly Benchmark[] = [ingestBenchmark, exportBenchmark]

const rows: BenchRow[] = []
const details: string[] = []
for (const bench of BENCHMARKS) {
  process.stderr.write(`running ${bench.name}…\n`)
  const result = bench.run()
  rows.push(...result.rows)
  details.push(...result.details)
}
console.log(`Node ${process.version}; times are medians after a warm-up.\n`)
console.log(formatBenchRows(rows))
for (const d of details) console.log(`\n${d}`)
