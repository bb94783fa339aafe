// Figures of issue 6 in the budget table: precision and recall of the narrative-report extractor over
// the evaluation corpus (tests/eval/extractEval.ts, `npm run eval:extract` prints the full report), and
// the figures found in texts that hold none. The evaluation is asynchronous, so it runs as a child.
import { fileURLToPath } from 'node:url'
import { evaluateCorpus, precisionOf, recallOf, THRESHOLDS } from '../eval/extractEval'
import { childMain, runInChild } from './child'
import type { Benchmark, BenchResult } from './table'

async function measure(): Promise<BenchResult> {
  const ev = await evaluateCorpus()
  const { tp, fp, fn } = ev.overall
  return {
    rows: [],
    budget: [
      { figure: `extraction precision (${ev.files.length} reports)`, value: precisionOf(ev.overall), unit: '', goal: { min: THRESHOLDS.precision }, source: '#6' },
      { figure: `extraction recall (${ev.files.length} reports)`, value: recallOf(ev.overall), unit: '', goal: { min: THRESHOLDS.recall }, source: '#6' },
      { figure: 'figures extracted from texts without figures', value: ev.noFigureFiles.reduce((n, f) => n + f.count, 0), unit: '', goal: { max: 0 }, source: '#6' },
    ],
    details: [`Extraction: tp ${tp}, fp ${fp}, fn ${fn} over ${ev.files.length} reports (npm run eval:extract for every miss).`],
  }
}

const SELF = fileURLToPath(import.meta.url)

export const extractionBenchmark: Benchmark = {
  name: 'extraction',
  run: () => runInChild(SELF, 'extraction'),
}

childMain(SELF, measure)
