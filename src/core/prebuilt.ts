// The bundled county as the build prepares it (src/cli/prebuildCounty.ts, run by Vite in Node): the
// indicators as the registry's checks passed them, the township list and what the store holds after
// reading the sample files (dataset and import log), in a compact JSON the first screen only decodes — no
// CSV parser, no import code and no registry checks in the page. The indicators come in two parts of the
// one checked registry: what the first screen reads, and their details (DETAIL_FIELDS: 口径 and the
// names an import matches), which the page loads after the first chart or on first need.
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

/** An indicator's fields that no first screen reads: its 口径 (definitions) and the headers and units an import reads as it. */
export const DETAIL_FIELDS = ['definition_zh', 'definition_en', 'aliases', 'unit_aliases'] as const
type DetailField = typeof DETAIL_FIELDS[number]
/** An indicator as the first screen gets it: pageIndicator's fields but the details. */
export type FirstIndicator = Omit<PageIndicator, DetailField>
/** The details of an indicator (definition_en only where the registry has it). */
export type IndicatorDetails = Pick<PageIndicator, DetailField>
/** The details of every indicator, by id. */
export type PrebuiltDetails = Record<string, IndicatorDetails>

export interface PrebuiltCounty {
  /** data/indicators.json as loadRegistry checked it, each as pageIndicator gives it, without its details (splitIndicators). */
  indicators: FirstIndicator[]
  /** The indicators' details, by id: a module of their own (virtual:bundled-county-details), loaded after the first screen. */
  details: PrebuiltDetails
  townships: Township[]
  sample: PrebuiltSample
}

/** What the first screen loads of the prebuilt county (virtual:bundled-county): all but the indicators' details. */
export type FirstScreenCounty = Omit<PrebuiltCounty, 'details'>

/** Splits indicators into what the first screen reads and their details; joinIndicators puts them together again. */
export function splitIndicators(indicators: readonly PageIndicator[]): { first: FirstIndicator[], details: PrebuiltDetails } {
  const details: PrebuiltDetails = {}
  const first = indicators.map((indicator): FirstIndicator => {
    const rest: Partial<PageIndicator> = { ...indicator }
    const own: Partial<IndicatorDetails> = {}
    for (const field of DETAIL_FIELDS) {
      if (Object.hasOwn(indicator, field)) Object.assign(own, { [field]: indicator[field] })
      delete rest[field]
    }
    details[indicator.id] = own as IndicatorDetails
    return rest as FirstIndicator
  })
  return { first, details }
}

/** The indicators whole again: each first-screen indicator with its details (splitIndicators' inverse). */
export function joinIndicators(first: readonly FirstIndicator[], details: PrebuiltDetails): PageIndicator[] {
  return first.map((indicator) => {
    const own = details[indicator.id]
    if (!own) throw new Error(`no details for indicator ${indicator.id}: the prebuilt county's two parts do not belong together`)
    return { ...indicator, ...own }
  })
}

/**
 * The first screen's indicators as the registry's type, before their details arrive: the only place
 * they may be absent. The page indexes these for the first screen (checkedRegistry indexes no aliases it
 * lacks), and whatever reads a detail (an indicator's 口径, an import, another page) waits for the whole
 * registry first (src/setup/bundledCounty.ts, loadBundledRegistry).
 */
export function firstScreenIndicators(first: readonly FirstIndicator[]): Indicator[] {
  return first as Indicator[]
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
