// Benchmark (issue 7): the size of the one-file dashboard (npm run build:single → dashboard.html), raw
// and gzipped (node:zlib default level), built afresh into a temporary folder with the bundled sample.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { childMain, runInChild } from './child'
import type { Benchmark, BenchResult } from './table'

const CONFIG = fileURLToPath(new URL('../../vite.single.config.ts', import.meta.url))

async function measureSize(): Promise<BenchResult> {
  const { build } = await import('vite')
  const outDir = mkdtempSync(join(tmpdir(), 'bench-single-'))
  try {
    const started = performance.now()
    await build({ configFile: CONFIG, configLoader: 'runner', build: { outDir }, logLevel: 'error' })
    const buildMs = performance.now() - started
    const html = readFileSync(join(outDir, 'dashboard.html'))
    const mb = (b: number) => b / 1e6
    return {
      rows: [],
      budget: [
        { figure: 'single file dashboard.html (raw)', value: mb(html.length), unit: 'MB', source: '#7' },
        { figure: 'single file dashboard.html (gzip)', value: mb(gzipSync(html).length), unit: 'MB', source: '#7' },
      ],
      details: [`Single file: dashboard.html built in ${(buildMs / 1000).toFixed(1)} s with the bundled sample; everything inlined (scripts, styles, data, registry, lazy readers and exporters, the parse worker).`],
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

const SELF = fileURLToPath(import.meta.url)

export const singleFileBenchmark: Benchmark = {
  name: 'single file',
  run: () => runInChild(SELF, 'single file'),
}

childMain(SELF, measureSize)
