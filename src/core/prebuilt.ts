// The bundled county as the build prepares it (src/cli/prebuildCounty.ts, run by Vite in Node): the
// indicators as the registry's checks passed them, the township list and what the store holds after
// reading the sample files (dataset and import log), in a compact JSON the first screen only decodes — no
// CSV parser, no import code and no registry checks in the page.
// Compact: each submission's values are an array in the order of one key list (`false` where a
// submission has no such key: values are numbers or null, never booleans); everything else as it is.
import type { Dataset, ImportLog } from './dataset'
import { datasetOfRows } from './tableBuild'
import { rowsOf } from './tableRows'
import type { Indicator, Submission, Township } from './types'

/** A submission with its values as an array along PrebuiltSample.keys. */
export type PackedSubmission = Omit<Submission, 'values'> & { values: (number | null | false)[] }

export interface PrebuiltSample {
  /** Every indicator key of the submissions' values, in first-seen order. */
  keys: string[]
  submissions: PackedSubmission[]
  validationIssues: Dataset['validationIssues']
  log: ImportLog
}

/** What the page reads of an indicator: all but `source` and `notes`, the registry's own documentation, which no page shows. */
export type PageIndicator = Omit<Indicator, 'source' | 'notes'>

/** An indicator as the page gets it (pageIndicator's fields only). */
export function pageIndicator(indicator: Indicator): PageIndicator {
  const copy: Partial<Indicator> = { ...indicator }
  delete copy.source
  delete copy.notes
  return copy as PageIndicator
}

export interface PrebuiltCounty {
  /** data/indicators.json as loadRegistry checked it, each as pageIndicator gives it (the page indexes them with checkedRegistry). */
  indicators: PageIndicator[]
  townships: Township[]
  sample: PrebuiltSample
}

/** Packs the dataset and log of the sample. */
export function packSample(dataset: Dataset, log: ImportLog): PrebuiltSample {
  const index = new Map<string, number>()
  const rows = rowsOf(dataset)
  for (const s of rows) for (const key of Object.keys(s.values)) if (!index.has(key)) index.set(key, index.size)
  const keys = [...index.keys()]
  const submissions = rows.map((s): PackedSubmission => {
    const values: (number | null | false)[] = keys.map(k => (Object.hasOwn(s.values, k) ? s.values[k] ?? null : false))
    return { ...s, values }
  })
  return { keys, submissions, validationIssues: dataset.validationIssues, log }
}

/** The dataset and log a packed sample holds (what packSample was given; values' keys in the order of `keys`). */
export function unpackSample(packed: PrebuiltSample): { dataset: Dataset, log: ImportLog } {
  const submissions = packed.submissions.map((s): Submission => {
    const values: Record<string, number | null> = {}
    s.values.forEach((v, i) => { if (v !== false) values[packed.keys[i] ?? ''] = v })
    return { ...s, values }
  })
  return { dataset: datasetOfRows(submissions, packed.validationIssues), log: packed.log }
}
