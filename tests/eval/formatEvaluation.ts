// The evaluation of the narrative-report extractor (extractEval.ts) as a plain-text report: precision
// and recall per indicator, per group, overall and per file; township and year found; figures taken
// from texts that hold none; and every wrong and missed figure with its sentence, for tuning.
import { loadRegistryFile } from '../../src/cli/loadData'
import { THRESHOLDS, precisionOf, recallOf } from './extractEval'
import type { Counts, Evaluation, FigureMiss, HeaderCounts } from './extractEval'

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const share = (hits: number, total: number): string => total === 0 ? '—' : `${pct(hits / total)} (${hits}/${total})`
const row = (name: string, c: Counts): string =>
  `${name.padEnd(40)} P ${pct(precisionOf(c)).padStart(6)}  R ${pct(recallOf(c)).padStart(6)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`
const figureText = (m: FigureMiss): string => `${m.indicator}=${m.value}${m.year === null ? '' : ` (${m.year})`}`

/** The headline figures in one paragraph: what BASELINE notes and the README quote. */
export function formatSummary(ev: Evaluation): string[] {
  const h: HeaderCounts = ev.header
  const fromEmpty = ev.noFigureFiles.reduce((n, f) => n + f.count, 0)
  const preferred = ev.noFigureFiles.reduce((n, f) => n + f.preferred, 0)
  return [
    `reports ${ev.files.length}, expected figures ${ev.overall.tp + ev.overall.fn}, figures output ${ev.overall.tp + ev.overall.fp}`,
    `precision ${pct(precisionOf(ev.overall))}, recall ${pct(recallOf(ev.overall))} (tp ${ev.overall.tp}, fp ${ev.overall.fp}, fn ${ev.overall.fn})`,
    `wrong figures that would be right had the report year been read: ${ev.yearless}`,
    `township found ${share(h.townshipFound, h.townshipStated)}, a wrong or unstated township read in ${h.wrongTownship} reports`,
    `year found ${share(h.yearFound, h.yearStated)}, a wrong or unstated year read in ${h.wrongYear} reports`,
    `figures output on the ${ev.noFigureFiles.length} reports that state none: ${fromEmpty} (in ${ev.noFigureFiles.filter(f => f.count > 0).length} of them), `
      + `of which preferred ${preferred} (in ${ev.noFigureFiles.filter(f => f.preferred > 0).length}), held for review as unsure or partial ${fromEmpty - preferred}`,
  ]
}

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
  for (const f of ev.files) {
    const header = `${f.result.township ?? '—'} ${f.result.year ?? '—'}${f.expected.township === f.result.township && f.expected.year === f.result.year ? '' : ` (expected ${f.expected.township ?? '—'} ${f.expected.year ?? '—'})`}`
    lines.push(`  ${row(f.file, f.counts)}  ${header}`)
  }
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
  for (const f of ev.noFigureFiles) lines.push(`  ${f.file}: ${f.count}${f.count > 0 ? ` (preferred ${f.preferred})` : ''}`)
  lines.push('', 'Summary:', ...formatSummary(ev).map(l => `  ${l}`))
  return lines.join('\n')
}
