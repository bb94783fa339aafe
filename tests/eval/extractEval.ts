// Evaluation of the narrative-report extractor over an independent corpus (tests/fixtures/eval-reports):
// every report text has a sidecar <name>.expected.json (or <name>.json) with the figures a careful
// clerk would enter. The preferred figures of each report are compared with the expected ones by
// indicator, year and value; precision and recall are printed per indicator, per group, per file and
// overall, with every false positive and false negative and its sentence, and how often the township
// and the year were found. `npm run eval:extract` runs it on the corpus, `npm run eval:extract -- --dir
// DIR` on any directory of reports (e.g. real reports kept outside the repository); the corpus also
// runs as a test with thresholds (extractEval.test.ts). Policy of the expected figures: README.md there.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadRegistryFile, loadTownshipFile } from '../../src/cli/loadData'
import { extractReportFile } from '../../src/core/extract/input'
import type { ExtractResult, ExtractedValue } from '../../src/core/extract/types'
import type { Registry } from '../../src/core/types'
import { formatEvaluation } from './formatEvaluation'
import { guessSentence, missHint } from './missedFigure'

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/eval-reports/', import.meta.url))
/** The goal of issue 6: precision ≥ 0.95 and recall ≥ 0.85, and nothing from a text without figures. */
export const THRESHOLDS = { precision: 0.95, recall: 0.85 } as const

export interface ExpectedFigure {
  indicator: string
  year: number
  value: number
  approx?: boolean
  partial?: boolean
  /** Other values a careful clerk could defend for this figure (the text is ambiguous); any of them counts as found. */
  alternatives?: number[]
  /** The text leaves open whether this is the indicator's figure: found it counts, missed it is no miss. */
  optional?: boolean
}

export interface ExpectedReport {
  /** null when the report names no township (我镇…) */
  township: string | null
  /** null when the report states no year */
  year: number | null
  figures: ExpectedFigure[]
}

/** How often the township and the year were read right, over the reports that state them. */
export interface HeaderCounts {
  townshipStated: number
  townshipFound: number
  yearStated: number
  yearFound: number
  /** Reports where a township was read that the report does not name, or another than the one it names. */
  wrongTownship: number
  wrongYear: number
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
  /**
   * Files expected to hold no figure, with how many candidates were extracted (count: preferred or
   * not) and how many of them were preferred (output as the report's figure; the others wait in review,
   * marked unsure or partial).
   */
  noFigureFiles: { file: string, count: number, preferred: number }[]
  header: HeaderCounts
  /** Wrong figures that would be right had the report year been read (the engine gave them no year). */
  yearless: number
}

const ratio = (hits: number, total: number): number => total === 0 ? 1 : hits / total
export const precisionOf = (c: Counts): number => ratio(c.tp, c.tp + c.fp)
export const recallOf = (c: Counts): number => ratio(c.tp, c.tp + c.fn)

const keyOf = (indicator: string, year: number | null, value: number): string => `${indicator}|${year ?? ''}|${value}`

function add(map: Map<string, Counts>, key: string, delta: Partial<Counts>): void {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 }
  map.set(key, { tp: c.tp + (delta.tp ?? 0), fp: c.fp + (delta.fp ?? 0), fn: c.fn + (delta.fn ?? 0) })
}

const withSlash = (dir: string): string => dir.endsWith('/') ? dir : `${dir}/`
const stem = (file: string): string => file.replace(/\.[^.]+$/, '')

/** The report files of a directory (every file with a <name>.expected.json or <name>.json beside it), sorted by name; subfolders are not read. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  const names = new Set(readdirSync(dir))
  return [...names].filter(n => !n.endsWith('.json') && (names.has(`${stem(n)}.expected.json`) || names.has(`${stem(n)}.json`))).sort()
}

export function readExpected(dir: string, file: string): ExpectedReport {
  const base = `${withSlash(dir)}${stem(file)}`
  const path = existsSync(`${base}.expected.json`) ? `${base}.expected.json` : `${base}.json`
  return JSON.parse(readFileSync(path, 'utf8')) as ExpectedReport
}

/** A township name compared without the organ's suffix (XX镇人民政府, XX街道办事处 → XX镇, XX街道). */
export const townshipKey = (name: string | null): string | null => name === null ? null : name.replace(/(人民政府|办事处)$/, '')

/** Does a found figure match an expected one (indicator, year, and the value or one of its alternatives)? */
const matches = (f: ExpectedFigure, v: ExtractedValue): boolean =>
  f.indicator === v.indicator && f.year === v.year && (f.value === v.value || (f.alternatives ?? []).includes(v.value))

/** Compares one report's preferred figures with its expected figures (multisets of indicator, year, value). */
function evaluateFile(file: string, text: string, result: ExtractResult, expected: ExpectedReport, registry: Registry, ev: Evaluation): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 }
  const left = [...expected.figures]
  const group = (id: string): string => registry.byId.get(id)?.group ?? '(unknown)'
  for (const v of result.values.filter(x => x.preferred)) {
    const exact = left.findIndex(f => keyOf(f.indicator, f.year, f.value) === keyOf(v.indicator, v.year, v.value))
    const i = exact >= 0 ? exact : left.findIndex(f => matches(f, v))
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
  for (const v of result.values.filter(x => x.preferred && x.year === null)) {
    if (expected.figures.some(f => matches(f, { ...v, year: f.year }))) ev.yearless++
  }
  for (const f of left.filter(x => x.optional !== true)) {
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

function countHeader(h: HeaderCounts, expected: ExpectedReport, result: ExtractResult): void {
  const township = townshipKey(result.township)
  if (expected.township !== null) h.townshipStated++
  if (expected.township !== null && township === townshipKey(expected.township)) h.townshipFound++
  else if (township !== null) h.wrongTownship++
  if (expected.year !== null) h.yearStated++
  if (expected.year !== null && result.year === expected.year) h.yearFound++
  else if (result.year !== null) h.wrongYear++
}

/** One report as read by the engine, with its expected figures. */
export interface ReadReport { file: string, text: string, result: ExtractResult, expected: ExpectedReport }

/** Scores reports the engine has read against their expected figures (pure: no files, no engine). */
export function scoreReports(reports: readonly ReadReport[], registry: Registry): Evaluation {
  const ev: Evaluation = {
    files: [], byIndicator: new Map(), byGroup: new Map(), overall: { tp: 0, fp: 0, fn: 0 },
    falsePositives: [], falseNegatives: [], markMismatches: [], headerMismatches: [], noFigureFiles: [],
    header: { townshipStated: 0, townshipFound: 0, yearStated: 0, yearFound: 0, wrongTownship: 0, wrongYear: 0 },
    yearless: 0,
  }
  for (const { file, text, result, expected } of reports) {
    const counts = evaluateFile(file, text, result, expected, registry, ev)
    ev.overall = { tp: ev.overall.tp + counts.tp, fp: ev.overall.fp + counts.fp, fn: ev.overall.fn + counts.fn }
    countHeader(ev.header, expected, result)
    if (townshipKey(result.township) !== townshipKey(expected.township) || result.year !== expected.year) {
      ev.headerMismatches.push({ file, expected: `${expected.township} ${expected.year}`, found: `${result.township} ${result.year}` })
    }
    if (expected.figures.length === 0) ev.noFigureFiles.push({ file, count: result.values.length, preferred: result.values.filter(v => v.preferred).length })
    ev.files.push({ file, expected, result, counts, text })
  }
  return ev
}

/** Runs the extractor over every report of a directory (the corpus by default) and scores it against the expected figures. */
export async function evaluateCorpus(dir = CORPUS_DIR): Promise<Evaluation> {
  const registry = loadRegistryFile()
  const townships = loadTownshipFile()
  const reports: ReadReport[] = []
  for (const file of corpusFiles(dir)) {
    const read = await extractReportFile({ name: file, bytes: readFileSync(`${withSlash(dir)}${file}`) }, { registry, townships })
    if ('error' in read) throw new Error(`${file}: ${read.error}`)
    reports.push({ file, text: read.text, result: read.result, expected: readExpected(dir, file) })
  }
  return scoreReports(reports, registry)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--dir')
  const dir = at >= 0 ? process.argv[at + 1] : undefined
  if (at >= 0 && (dir === undefined || !existsSync(dir))) {
    console.error(`--dir needs a directory of reports (.txt with a .expected.json or .json beside each): ${dir ?? '(none given)'}`)
    process.exit(2)
  }
  const ev = await evaluateCorpus(dir === undefined ? CORPUS_DIR : withSlash(dir))
  console.log(formatEvaluation(ev))
}
