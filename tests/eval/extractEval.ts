// Evaluation of the narrative-report extractor over an independent corpus (tests/fixtures/eval-reports):
// every report text has a sidecar <name>.expected.json with the figures a careful clerk would enter.
// The preferred figures of each report are compared with the expected ones by indicator, year and
// value; precision and recall are printed per indicator, per group and overall, with every false
// positive and false negative and its sentence. `npm run eval:extract` runs it; the same evaluation
// runs as a test with thresholds (extractEval.test.ts). Policy of the expected figures: README.md there.
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadRegistryFile, loadTownshipFile } from '../../src/cli/loadData'
import { extractReportFile } from '../../src/core/extract/input'
import { scanNumbers } from '../../src/core/extract/numbers'
import { prepareText } from '../../src/core/extract/text'
import type { ExtractResult, ExtractedValue } from '../../src/core/extract/types'
import type { Indicator, Registry } from '../../src/core/types'

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/eval-reports/', import.meta.url))
/** The goal of issue 6: precision ≥ 0.95 and recall ≥ 0.85, and nothing from a text without figures. */
export const THRESHOLDS = { precision: 0.95, recall: 0.85 } as const

export interface ExpectedFigure {
  indicator: string
  year: number
  value: number
  approx?: boolean
  partial?: boolean
}

export interface ExpectedReport {
  township: string
  year: number
  figures: ExpectedFigure[]
}

/** A figure missed or wrongly found, with the sentence it stands in (found: the engine's evidence; missed: the best guess). */
export interface FigureMiss {
  file: string
  indicator: string
  year: number | null
  value: number
  sentence: string
  /** For a missed figure: the engine found it but did not prefer it, or found other values for it. */
  hint?: string
}

/** A figure found right whose approx or partial mark differs from the expected one (reported, not scored). */
export interface MarkMismatch {
  file: string
  indicator: string
  year: number
  value: number
  mark: 'approx' | 'partial'
  expected: boolean
  found: boolean
}

export interface Counts { tp: number, fp: number, fn: number }

export interface FileEvaluation {
  file: string
  expected: ExpectedReport
  result: ExtractResult
  counts: Counts
  /** The text offsets refer to (decoded, and converted when traditional characters changed its length). */
  text: string
}

export interface Evaluation {
  files: FileEvaluation[]
  byIndicator: Map<string, Counts>
  byGroup: Map<string, Counts>
  overall: Counts
  falsePositives: FigureMiss[]
  falseNegatives: FigureMiss[]
  markMismatches: MarkMismatch[]
  /** Files whose township or year was read differently from the expected one. */
  headerMismatches: { file: string, expected: string, found: string }[]
  /** Files expected to hold no figure, with how many candidates (preferred or not) were extracted. */
  noFigureFiles: { file: string, count: number }[]
}

const ratio = (hits: number, total: number): number => total === 0 ? 1 : hits / total
export const precisionOf = (c: Counts): number => ratio(c.tp, c.tp + c.fp)
export const recallOf = (c: Counts): number => ratio(c.tp, c.tp + c.fn)

const keyOf = (indicator: string, year: number | null, value: number): string => `${indicator}|${year ?? ''}|${value}`

function add(map: Map<string, Counts>, key: string, delta: Partial<Counts>): void {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 }
  map.set(key, { tp: c.tp + (delta.tp ?? 0), fp: c.fp + (delta.fp ?? 0), fn: c.fn + (delta.fn ?? 0) })
}

/** The report files of the corpus (every file with an .expected.json beside it), sorted by name. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  const names = new Set(readdirSync(dir))
  return [...names].filter(n => !n.endsWith('.json') && names.has(`${n.replace(/\.[^.]+$/, '')}.expected.json`)).sort()
}

export function readExpected(dir: string, file: string): ExpectedReport {
  return JSON.parse(readFileSync(`${dir}${file.replace(/\.[^.]+$/, '')}.expected.json`, 'utf8')) as ExpectedReport
}

/** Sentences of a text, as written, for showing where a missed figure stands. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？；])|\n/).map(s => s.trim()).filter(s => s !== '')
}

/**
 * The sentence a missed figure most likely stands in: one that holds the value (in any unit the
 * indicator accepts, digits grouped by spaces and Chinese numerals included), or for 0 a negation,
 * preferring sentences that share the most two-character words with the indicator's label and
 * aliases. A zero needs at least two such words.
 */
function guessSentence(text: string, ind: Indicator | undefined, value: number): string {
  const names = ind ? [ind.label_zh.replace(/（[^）]*）|[“”]/g, ''), ...ind.aliases] : []
  const words = [...new Set(names.flatMap(n => [...n].slice(1).map((c, i) => `${n[i] ?? ''}${c}`)))]
  let best = ''
  let bestScore = value === 0 ? 1 : -1
  for (const sentence of sentencesOf(text)) {
    const clean = prepareText(sentence).clean
    const holds = value === 0
      ? /无|未|没有|零/.test(clean)
      : scanNumbers(clean.replace(/(\d) (?=\d{3}(?!\d))/g, '$1')).some(t => Math.abs(t.value * (t.unit === '%' ? 1 : (ind?.unit_aliases[t.unit] ?? 1)) - value) < 1e-6)
    if (!holds) continue
    const score = words.filter(w => clean.includes(w)).length
    if (score > bestScore) {
      best = sentence
      bestScore = score
    }
  }
  return best === '' ? '（未在原文中找到这个数）' : best
}

function missHint(values: readonly ExtractedValue[], f: ExpectedFigure): string | undefined {
  const same = values.filter(v => v.indicator === f.indicator)
  if (same.some(v => !v.preferred && v.value === f.value && v.year === f.year)) return 'found, not preferred'
  if (same.length === 0) return undefined
  return `engine has ${same.map(v => `${v.value}${v.year === f.year ? '' : `@${v.year}`}${v.preferred ? '' : '?'}`).join(', ')}`
}

/** Compares one report's preferred figures with its expected figures (multisets of indicator, year, value). */
function evaluateFile(file: string, text: string, result: ExtractResult, expected: ExpectedReport, registry: Registry, ev: Evaluation): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 }
  const left = [...expected.figures]
  const group = (id: string): string => registry.byId.get(id)?.group ?? '(unknown)'
  for (const v of result.values.filter(x => x.preferred)) {
    const i = left.findIndex(f => keyOf(f.indicator, f.year, f.value) === keyOf(v.indicator, v.year, v.value))
    if (i < 0) {
      counts.fp++
      add(ev.byIndicator, v.indicator, { fp: 1 })
      add(ev.byGroup, group(v.indicator), { fp: 1 })
      ev.falsePositives.push({ file, indicator: v.indicator, year: v.year, value: v.value, sentence: v.evidence })
      continue
    }
    const f = left.splice(i, 1)[0] as ExpectedFigure
    counts.tp++
    add(ev.byIndicator, v.indicator, { tp: 1 })
    add(ev.byGroup, group(v.indicator), { tp: 1 })
    for (const mark of ['approx', 'partial'] as const) {
      if ((f[mark] ?? false) !== v[mark]) ev.markMismatches.push({ file, indicator: f.indicator, year: f.year, value: f.value, mark, expected: f[mark] ?? false, found: v[mark] })
    }
  }
  for (const f of left) {
    counts.fn++
    add(ev.byIndicator, f.indicator, { fn: 1 })
    add(ev.byGroup, group(f.indicator), { fn: 1 })
    const hint = missHint(result.values, f)
    ev.falseNegatives.push({
      file, indicator: f.indicator, year: f.year, value: f.value,
      sentence: guessSentence(result.convertedText ?? text, registry.byId.get(f.indicator), f.value), ...(hint ? { hint } : {}),
    })
  }
  return counts
}

/** Runs the extractor over every report of the corpus and scores it against the expected figures. */
export async function evaluateCorpus(dir = CORPUS_DIR): Promise<Evaluation> {
  const registry = loadRegistryFile()
  const townships = loadTownshipFile()
  const ev: Evaluation = {
    files: [], byIndicator: new Map(), byGroup: new Map(), overall: { tp: 0, fp: 0, fn: 0 },
    falsePositives: [], falseNegatives: [], markMismatches: [], headerMismatches: [], noFigureFiles: [],
  }
  for (const file of corpusFiles(dir)) {
    const expected = readExpected(dir, file)
    const read = await extractReportFile({ name: file, bytes: readFileSync(`${dir}${file}`) }, { registry, townships })
    if ('error' in read) throw new Error(`${file}: ${read.error}`)
    const { result, text } = read
    const counts = evaluateFile(file, text, result, expected, registry, ev)
    ev.overall = { tp: ev.overall.tp + counts.tp, fp: ev.overall.fp + counts.fp, fn: ev.overall.fn + counts.fn }
    if (result.township !== expected.township || result.year !== expected.year) {
      ev.headerMismatches.push({ file, expected: `${expected.township} ${expected.year}`, found: `${result.township} ${result.year}` })
    }
    if (expected.figures.length === 0) ev.noFigureFiles.push({ file, count: result.values.length })
    ev.files.push({ file, expected, result, counts, text })
  }
  return ev
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const row = (name: string, c: Counts): string =>
  `${name.padEnd(40)} P ${pct(precisionOf(c)).padStart(6)}  R ${pct(recallOf(c)).padStart(6)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`
const figureText = (m: FigureMiss): string => `${m.indicator}=${m.value}${m.year === null ? '' : ` (${m.year})`}`

/** The evaluation as a plain-text report. */
export function formatEvaluation(ev: Evaluation, registry = loadRegistryFile()): string {
  const lines: string[] = []
  const label = (id: string): string => `${id} ${registry.byId.get(id)?.label_zh ?? ''}`
  lines.push(`Narrative-report extraction: ${ev.files.length} reports, ${ev.overall.tp + ev.overall.fn} expected figures`, '')
  lines.push('Per indicator:')
  for (const [id, c] of [...ev.byIndicator].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`  ${row(label(id), c)}`)
  lines.push('', 'Per group:')
  for (const [g, c] of [...ev.byGroup].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`  ${row(g, c)}`)
  lines.push('', `  ${row('OVERALL', ev.overall)}`)
  lines.push(`  goal: precision ≥ ${THRESHOLDS.precision}, recall ≥ ${THRESHOLDS.recall}`, '')
  lines.push('Per file:')
  for (const f of ev.files) lines.push(`  ${row(f.file, f.counts)}`)
  lines.push('', `False positives (${ev.falsePositives.length}):`)
  for (const m of ev.falsePositives) lines.push(`  ${m.file}: ${figureText(m)}\n      ${m.sentence}`)
  lines.push('', `False negatives (${ev.falseNegatives.length}):`)
  for (const m of ev.falseNegatives) lines.push(`  ${m.file}: ${figureText(m)}${m.hint ? ` [${m.hint}]` : ''}\n      ${m.sentence}`)
  lines.push('', `Marks that differ on figures found right (not scored) (${ev.markMismatches.length}):`)
  for (const m of ev.markMismatches) lines.push(`  ${m.file}: ${m.indicator}=${m.value} (${m.year}) ${m.mark}: expected ${m.expected}, found ${m.found}`)
  lines.push('', `Township or year read wrong (${ev.headerMismatches.length}):`)
  for (const m of ev.headerMismatches) lines.push(`  ${m.file}: expected ${m.expected}, found ${m.found}`)
  const fromEmpty = ev.noFigureFiles.reduce((n, f) => n + f.count, 0)
  lines.push('', `Figures extracted from texts that hold none: ${fromEmpty} (goal 0)`)
  for (const f of ev.noFigureFiles) lines.push(`  ${f.file}: ${f.count}`)
  return lines.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ev = await evaluateCorpus()
  console.log(formatEvaluation(ev))
}
