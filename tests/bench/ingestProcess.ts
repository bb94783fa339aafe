// Benchmark (issue 14): the command line's whole process against a bare PapaParse script on the same
// 40,000-row wide CSV, start-up included (`validate --json` as `npm run cli` runs it: the launcher and
// the prebuilt bundle, its output discarded), and the memory an ingest keeps (the Dataset it returns,
// measured after garbage collection in a child process).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadRegistryFile, loadTownshipFile } from '../../src/cli/loadData'
import { ingest } from '../../src/core/import'
import type { Township } from '../../src/core/types'
import { childMain } from './child'
import { generateWideCsv, syntheticTownships } from './generateWide'
import { median } from './measure'
import type { Benchmark, BenchResult, BenchRow } from './table'

const ROWS = 40_000
const RUNS = 3
/** The goals of issue 14: whole processes ≤ 2.5× the bare parse; memory kept ≤ 3× the file's size. */
const PROCESS_GOAL = 2.5
const MEMORY_GOAL = 3
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SELF = fileURLToPath(import.meta.url)

/** The bare baseline: read the file, decode it, parse it with PapaParse; nothing else. */
const BARE_SCRIPT = (papaparse: string) => `import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
const Papa = createRequire(${JSON.stringify(papaparse)})('papaparse')
const text = new TextDecoder().decode(readFileSync(process.argv[2]))
const { data } = Papa.parse(text, { header: false })
process.stderr.write(String(data.length) + '\\n')
`

function townshipCsv(list: readonly Township[]): string {
  return ['code,name,kind,population,area_km2,aliases', ...list.map(t => `${t.code},${t.name},${t.kind},${t.population ?? ''},${t.area_km2 ?? ''},${t.aliases.join('|')}`)].join('\n')
}

/** Wall time of one process, and its peak resident memory (KB) where /usr/bin/time tells it. */
function timeProcess(args: readonly string[]): { ms: number, maxKb: number | null } {
  const started = performance.now()
  const child = spawnSync('/usr/bin/time', ['-f', 'maxrss %M', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = performance.now() - started
  if (child.error || (child.status !== 0 && child.status !== 1)) throw new Error(`${args.join(' ')} failed: ${String(child.error ?? child.stderr.slice(-400))}`)
  const kb = /maxrss (\d+)/.exec(child.stderr)
  return { ms, maxKb: kb ? Number(kb[1]) : null }
}

/** In the child: heap kept by an ingest's dataset, after collection, against the file's size. */
async function measureMemory(): Promise<BenchResult> {
  const collect = (globalThis as { gc?: () => void }).gc
  if (!collect) throw new Error('run with --expose-gc')
  const gc = () => { for (let i = 0; i < 3; i++) collect() }
  const registry = loadRegistryFile()
  const county = loadTownshipFile()
  const townships = syntheticTownships(ROWS, county)
  const bytes = new TextEncoder().encode(generateWideCsv(ROWS, registry, county))
  const file = { name: `bench-${ROWS}.csv`, bytes }
  // Warm (the township list's resolver is built once per list), in a frame of its own so nothing of it stays reachable.
  const warm = async () => { await ingest([file], { registry, townships }) }
  await warm()
  gc()
  // Heap plus ArrayBuffer memory: a table's typed arrays live outside the JavaScript heap.
  const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers }
  const before = used()
  // The Dataset alone, returned from a frame of its own: destructured here, the whole result of ingest
  // (the batch as read, the log) stayed reachable from this suspended frame and was counted with it.
  const datasetOf = async () => (await ingest([file], { registry, townships })).dataset
  const dataset = await datasetOf()
  gc()
  const kept = used() - before
  return {
    rows: [], details: [`Memory: the Dataset of ${dataset.table.rows.toLocaleString('en-US')} submissions and ${dataset.validationIssues.length.toLocaleString('en-US')} issues keeps ${(kept / 1e6).toFixed(1)} MB (heap and array buffers) for a ${(bytes.length / 1e6).toFixed(2)} MB file.`],
    budget: [{ figure: `memory kept by ingest's Dataset (${ROWS.toLocaleString('en-US')} rows) / file size`, value: kept / bytes.length, unit: '×', goal: { max: MEMORY_GOAL }, source: '#14' }],
  }
}

/** measureMemory in a child process with garbage collection exposed; a line saying why when it fails. */
function memoryInChild(): BenchResult {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', SELF], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, BENCH_CHILD: '1' } })
  const json = child.stdout.split('\n').findLast(line => line.startsWith('{'))
  if (child.status !== 0 || !json) return { rows: [], details: [`ingest memory not measured: ${child.stderr.trim().split('\n').slice(-2).join(' ')}`] }
  return JSON.parse(json) as BenchResult
}

function run(): BenchResult {
  const registry = loadRegistryFile()
  const county = loadTownshipFile()
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-process-'))
  try {
    const csv = join(dir, `bench-${ROWS}.csv`)
    const list = join(dir, 'townships.csv')
    const bare = join(dir, 'bare.mjs')
    const text = generateWideCsv(ROWS, registry, county)
    writeFileSync(csv, text)
    writeFileSync(list, townshipCsv(syntheticTownships(ROWS, county)))
    writeFileSync(bare, BARE_SCRIPT(join(ROOT, 'package.json')))
    const mb = readFileSync(csv).length / 1e6
    // What `npm run cli` runs (npm's own start-up aside): the launcher, which starts the prebuilt bundle.
    const cli = [process.execPath, 'src/cli/launch.mjs', 'validate', '--json', '--townships', list, csv]
    const startup = [process.execPath, '-e', '0']
    // Once before timing, so that a missing or stale bundle is built outside the runs.
    timeProcess(cli)
    const baseline: number[] = []
    const ours: number[] = []
    const nodeOnly: number[] = []
    let rss = { cli: 0, bare: 0 }
    // Alternated, so that a burst of load elsewhere hits both sides alike.
    for (let i = 0; i < RUNS; i++) {
      const b = timeProcess([process.execPath, bare, csv])
      const c = timeProcess(cli)
      nodeOnly.push(timeProcess(startup).ms)
      baseline.push(b.ms)
      ours.push(c.ms)
      rss = { cli: Math.max(rss.cli, c.maxKb ?? 0), bare: Math.max(rss.bare, b.maxKb ?? 0) }
    }
    const row: BenchRow = {
      benchmark: 'CLI validate --json (process)', rows: ROWS, mb, baselineName: 'node + papaparse', baselineMs: median(baseline), ms: median(ours),
      goal: { maxRatio: PROCESS_GOAL }, source: '#14',
    }
    const memory = memoryInChild()
    const ratios = ours.map((o, i) => (o / (baseline[i] as number)).toFixed(2)).join(', ')
    return {
      rows: [row],
      budget: [
        ...(memory.budget ?? []),
        { figure: 'peak resident memory: CLI validate --json process', value: rss.cli / 1024, unit: 'MB', source: '#14' },
        { figure: 'peak resident memory: bare PapaParse process', value: rss.bare / 1024, unit: 'MB', source: '#14' },
      ],
      details: [...memory.details,
        `CLI process (src/cli/launch.mjs, the prebuilt bundle) vs bare PapaParse script, ${RUNS} alternated runs: ratios ${ratios}; of the CLI's ${median(ours).toFixed(0)} ms, starting Node takes ${median(nodeOnly).toFixed(0)} ms alone.`],
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const ingestProcessBenchmark: Benchmark = { name: 'ingest process', run }

childMain(SELF, measureMemory)
