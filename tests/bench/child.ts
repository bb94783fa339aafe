// Benchmarks that need a browser or other asynchronous work run as a child process of the (synchronous)
// bench runner: the module's run() starts its own file with Node, which measures and prints the result
// as one JSON line. A child never starts another (BENCH_CHILD), whatever flags started the parent.
import { spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import type { BenchResult } from './table'

/** Node flags of this process without the ones that run code by themselves (-e, -p), which would recurse. */
function safeExecArgv(): string[] {
  const out: string[] = []
  const argv = process.execArgv
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (['-e', '--eval', '-p', '--print'].includes(a)) { i++; continue }
    if (/^--(eval|print)=/u.test(a)) continue
    out.push(a)
  }
  return out
}

/** Runs `file` (a benchmark module) as a child process and returns what it printed; on failure, a line saying why. */
export function runInChild(file: string, name: string, timeoutMs = 600_000): BenchResult {
  if (process.env.BENCH_CHILD) return { rows: [], details: [`${name}: not run inside another benchmark`] }
  const child = spawnSync(process.execPath, [...safeExecArgv(), file], {
    encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, BENCH_CHILD: '1' },
  })
  const json = child.stdout?.split('\n').findLast(line => line.startsWith('{'))
  if (child.status !== 0 || !json) {
    const why = (child.stderr || String(child.error ?? '')).trim().split('\n').slice(-3).join(' ')
    return { rows: [], details: [`${name} benchmark did not run (Chromium at /usr/bin/chromium or CHROMIUM_PATH is needed): ${why}`] }
  }
  return JSON.parse(json) as BenchResult
}

/** When `file` is the process's entry (the child), runs `measure` and prints its result as JSON. */
export function childMain(file: string, measure: () => Promise<BenchResult>): void {
  if (!process.argv[1] || pathToFileURL(process.argv[1]).href !== pathToFileURL(file).href) return
  measure().then(
    (result) => { process.stdout.write(`${JSON.stringify(result)}\n`) },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
}
