// The loaded dataset and how new submissions merge into it. Immutable: every change returns a new object.
import { finalizeRates } from './derive'
import { finalizeTable } from './finalizeColumns'
import { rateFormulas } from './formula'
import { tableOf } from './tableBuild'
import { compactTable } from './tableCompact'
import type { SubmissionTable } from './table'
import { appendable, appendTable, ownedFor, withReportedOnly } from './tableAppend'
import { submissionCount, tableBehind } from './tableBatch'
import { rowsOfTable } from './tableRows'
import type { Message } from './messages/render'
import { issue } from './normalize/common'
import { sourceOf, submissionKey, type Dataset, type ImportLog } from './datasetShape'
import type { FileReport, Issue, Registry, SourceRef, Submission } from './types'
import { validateTable } from './validate'

export { allIssues, emptyDataset, emptyLog, sourceOf, submissionKey, type Dataset, type ImportLog } from './datasetShape'

/** The reported figures of a final submission: derived rates taken out again, for re-merging. */
function reportedOnly(s: Submission): Submission {
  if (s.derived.length === 0) return s
  const values = { ...s.values }
  for (const id of s.derived) delete values[id]
  return { ...s, values, derived: [] }
}

function fmtValue(v: number | null): Message | string {
  return v === null ? { code: 'value-blank' } : String(v)
}

/**
 * Merges incoming submissions (in file order) into the current ones. For a township-year already
 * loaded, the later file wins figure by figure: its non-missing values replace the old ones, and
 * every replaced value that changed is reported. Figures the new file does not mention are kept.
 */
export function mergeSubmissions(current: readonly Submission[], incoming: readonly Submission[], registry: Registry): { submissions: Submission[], issues: Issue[] } {
  const issues: Issue[] = []
  const byKey = new Map<string, Submission>()
  for (const s of current) byKey.set(submissionKey(s), reportedOnly(s))
  for (const next of incoming) {
    const key = submissionKey(next)
    const old = byKey.get(key)
    if (!old) { byKey.set(key, next); continue }
    const values = { ...old.values }
    const approx = new Set(old.approx)
    const na = new Set(old.notApplicable ?? [])
    const sources: Record<string, SourceRef> = {}
    for (const id of Object.keys(old.values)) sources[id] = sourceOf(old, id)
    for (const [id, v] of Object.entries(next.values)) {
      const nextNa = next.notApplicable?.includes(id) ?? false
      if (v === null && !nextNa && Object.hasOwn(values, id)) continue
      const before = values[id] ?? null
      if (Object.hasOwn(old.values, id) && before !== v) {
        const was = sourceOf(old, id)
        const label = registry.byId.get(id)?.label_zh ?? id
        issues.push(issue({ file: sourceOf(next, id).file, registry }, sourceOf(next, id).row, label, 'warning', 'replaced-value',
          { code: 'replaced-value', params: { township: next.township, year: next.year, indicator: { indicator: id }, before: fmtValue(before), file: was.file, row: was.row === null ? '' : { code: 'replaced-value-row', params: { row: was.row } }, after: fmtValue(v) } },
          { indicator: id, township: next.township, year: next.year }))
      }
      values[id] = v
      sources[id] = sourceOf(next, id)
      if (next.approx.includes(id)) approx.add(id)
      else approx.delete(id)
      if (nextNa) na.add(id)
      else na.delete(id)
    }
    const merged: Submission = { ...old, values, approx: [...approx], derived: [], source: next.source, sources }
    if (na.size > 0) merged.notApplicable = [...na]
    else delete merged.notApplicable
    if (next.notes) merged.notes = next.notes
    byKey.set(key, merged)
  }
  return { submissions: [...byKey.values()], issues }
}

/** Derives missing rates and nulls rates with a zero denominator, for every submission. */
export function finalizeSubmissions(subs: readonly Submission[], registry: Registry): Submission[] {
  return subs.map(s => finalizeRates(s, registry))
}

export interface FileBatch {
  reports: FileReport[]
  submissions: Submission[]
  issues: Issue[]
}

/**
 * Applies a batch of read files. When the batch accepted nothing, the very same dataset object is
 * returned: a failed import changes no loaded figure. The log always records the batch; a file
 * read again replaces its earlier report and issues. Replaced values are logged as warnings.
 */
export function applyBatch(ds: Dataset, log: ImportLog, batch: FileBatch, registry: Registry): { dataset: Dataset, log: ImportLog } {
  const names = new Set(batch.reports.map(r => r.file))
  const files = [...log.files.filter(f => !names.has(f.file)), ...batch.reports]
  const kept = log.issues.filter(i => !names.has(i.file))
  if (submissionCount(batch) === 0) return { dataset: ds, log: { files, issues: [...kept, ...batch.issues] } }
  const merged = mergedTable(ds.table, batch, registry)
  // Checked down the table's columns; rows are built only where a rule may report. Kept compacted.
  const validationIssues = validateTable(merged.table, registry)
  return { dataset: { table: compactTable(merged.table), validationIssues }, log: { files, issues: [...kept, ...batch.issues, ...merged.issues] } }
}

/**
 * The loaded table with a batch merged in, rates derived down the columns, and the replaced-value
 * warnings. A batch read as a table none of whose township-years is loaded (nor repeated) is appended
 * as columns, the loaded rows' derived rates taken out and derived again as mergeSubmissions does;
 * any other batch merges as submissions. Both give the same rows.
 */
export function mergedTable(current: SubmissionTable, batch: Pick<FileBatch, 'submissions'>, registry: Registry): { table: SubmissionTable, issues: Issue[] } {
  const incoming = tableBehind(batch)
  if (incoming && appendable(current, incoming)) {
    // finalizeTable writes the rate columns in place: a first import shares the others with the batch.
    const joined = current.rows === 0
      ? ownedFor(incoming, new Set(rateFormulas(registry).map(f => f.indicator.id)))
      : withReportedOnly(appendTable(current, incoming), current.rows)
    return { table: finalizeTable(joined, registry), issues: [] }
  }
  const merged = mergeSubmissions(rowsOfTable(current), batch.submissions, registry)
  return { table: finalizeTable(tableOf(merged.submissions, rateFormulas(registry).map(f => f.indicator.id)), registry), issues: merged.issues }
}
