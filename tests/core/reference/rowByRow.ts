// The object path as it was before the columnar one (kept here as the reference the property tests
// compare against): finalize each submission on its own, run every rule on every submission, and
// apply a batch with those two.
import { mergeSubmissions, type Dataset, type FileBatch, type ImportLog } from '@/core/dataset'
import { datasetOfRows } from '@/core/tableBuild'
import { rowsOf } from '@/core/tableRows'
import { finalizeRates } from '@/core/derive'
import type { Issue, Registry, Submission } from '@/core/types'
import { RULES, type ValidateOptions } from '@/core/validate'
import { createContext } from '@/core/validate/context'
import { indexPrevious } from '@/core/validate/yearRules'

/** Every rule on every submission, in order: what validateSubmissions did before rules had screens. */
export function validateRowByRow(subs: readonly Submission[], registry: Registry, options: ValidateOptions = {}): Issue[] {
  const findPrevious = indexPrevious(options.previous ?? [])
  const issues: Issue[] = []
  for (const sub of subs) {
    const ctx = createContext(sub, registry, findPrevious(sub), issues)
    for (const rule of RULES) rule.check(ctx)
  }
  return issues
}

/** applyBatch with per-submission finalizing and validation. */
export function applyBatchRowByRow(ds: Dataset, log: ImportLog, batch: FileBatch, registry: Registry): { dataset: Dataset, log: ImportLog } {
  const names = new Set(batch.reports.map(r => r.file))
  const files = [...log.files.filter(f => !names.has(f.file)), ...batch.reports]
  const kept = log.issues.filter(i => !names.has(i.file))
  if (batch.submissions.length === 0) return { dataset: ds, log: { files, issues: [...kept, ...batch.issues] } }
  const merged = mergeSubmissions(rowsOf(ds), batch.submissions, registry)
  const submissions = merged.submissions.map(s => finalizeRates(s, registry))
  const validationIssues = validateRowByRow(submissions, registry, { previous: submissions })
  return { dataset: datasetOfRows(submissions, validationIssues), log: { files, issues: [...kept, ...batch.issues, ...merged.issues] } }
}

