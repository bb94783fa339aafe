// Finalizing a merge's submissions down columns: every rate formula evaluated once per column, and
// each submission rebuilt once, from a template of its final keys (cached per key list and per set of
// rates finalized), its reported values copied in one call and the rates finalized written over them.
import { APPROX, columnsOf, DERIVED, KEY, NA, NO_IDS, NUM, nullTemplate, sumAt, type Column, type ValueColumns } from './columns'
import { finalized, finalizeRates, hasNestedFormulas } from './derive'
import { rateFormulas, roundRate } from './formula'
import type { Registry, Submission } from './types'

/** A rate formula over columns: the rate's column, its inputs' columns and scale. */
interface ColumnFormula {
  id: string
  rate: Column
  numerator: Column[]
  denominator: Column[]
  scale: number
}

/** Formulas a row's bit masks can name (one bit per formula in 32-bit masks, two masks in one template key). */
const MAX_MASKED = 24

/**
 * finalizeRates for every submission, as loops over columns: each formula is evaluated down its
 * columns once, and a submission is rebuilt only with what it needs. Returns the final submissions
 * (equal to `subs.map(s => finalizeRates(s, registry))`) and their columns, which validation reads.
 */
export function finalizeColumns(subs: readonly Submission[], registry: Registry): { submissions: Submission[], columns: ValueColumns } {
  const formulas = rateFormulas(registry)
  if (hasNestedFormulas(registry) || formulas.length > MAX_MASKED) {
    const submissions = subs.map(s => finalizeRates(s, registry))
    return { submissions, columns: columnsOf(submissions) }
  }
  const columns = columnsOf(subs, formulas.map(f => f.indicator.id))
  const compiled: ColumnFormula[] = formulas.map(({ indicator, formula }) => ({
    id: indicator.id, rate: columns.column(indicator.id), scale: formula.scale,
    numerator: formula.numerator.map(columns.column), denominator: formula.denominator.map(columns.column),
  }))
  const rows = subs.length
  // Decided from the values as read (a formula reads no rate: nested registries took the path above).
  // Bit f of a row's mask: formula f sets the rate to 不适用 (zero) or derives it (derive).
  const zeroMask = new Uint32Array(rows)
  const deriveMask = new Uint32Array(rows)
  const derivedValues = compiled.map(() => new Float64Array(rows))
  for (let f = 0; f < compiled.length; f++) {
    const { rate, numerator, denominator, scale } = compiled[f] as ColumnFormula
    const bit = 1 << f
    const derivedValue = derivedValues[f] as Float64Array
    for (let r = 0; r < rows; r++) {
      const den = sumAt(denominator, r)
      if (den === null) continue
      if (den === 0) {
        if (!anyApprox(denominator, r)) zeroMask[r] = (zeroMask[r] as number) | bit
        continue
      }
      if ((rate.flags[r] as number) & (NUM | NA)) continue
      const num = sumAt(numerator, r)
      if (num === null) continue
      deriveMask[r] = (deriveMask[r] as number) | bit
      derivedValue[r] = roundRate(num / den * scale)
    }
  }
  // One template per key list and masks; rows are rebuilt template by template, so that the writes
  // into one shape follow each other (interleaving a hundred shapes makes every write a slow lookup).
  const templateIds = new Int32Array(rows).fill(-1)
  const templates: Readonly<Record<string, null>>[] = []
  const templateIndex = new Map<number, number>()
  for (let r = 0; r < rows; r++) {
    const zero = zeroMask[r] as number
    const derive = deriveMask[r] as number
    if (zero === 0 && derive === 0) continue
    const shape = columns.shapes[r] as number
    const key = (shape * 2 ** MAX_MASKED + zero) * 2 ** MAX_MASKED + derive
    let id = templateIndex.get(key)
    if (id === undefined) {
      id = templates.length
      templates.push(templateFor(columns.keyLists[shape] as readonly string[], zero, derive, compiled))
      templateIndex.set(key, id)
    }
    templateIds[r] = id
  }
  const derivedLists = new Map<number, string[]>()
  const derivedList = (derive: number): string[] => {
    let list = derivedLists.get(derive)
    if (list === undefined) {
      list = derive === 0 ? NO_IDS : Object.freeze(compiled.filter((_, f) => derive & (1 << f)).map(c => c.id)) as string[]
      derivedLists.set(derive, list)
    }
    return list
  }
  const rank = rankByUse(templateIds, templates.length)
  const submissions: Submission[] = new Array<Submission>(rows)
  for (let r = 0; r < rows; r++) if (templateIds[r] === -1) submissions[r] = finalized(subs[r] as Submission, null, null)
  for (const r of rowsByTemplate(templateIds, templates.length)) {
    const sub = subs[r] as Submission
    const zero = zeroMask[r] as number
    const derive = deriveMask[r] as number
    const t = templateIds[r] as number
    const values = copySite(rank[t] as number)(templates[t] as Readonly<Record<string, null>>, sub.values)
    // A submission read without derived rates gets the list of its derive mask, one frozen array per mask.
    const shared = sub.derived.length === 0 ? derivedList(derive) : null
    let derived: string[] = shared ?? [...sub.derived]
    let notApplicable: string[] | null = null
    if (zero !== 0) {
      notApplicable = sub.notApplicable ? [...sub.notApplicable] : []
      for (let f = 0; f < compiled.length; f++) {
        if (!(zero & (1 << f))) continue
        const { id, rate } = compiled[f] as ColumnFormula
        values[id] = null
        if (!notApplicable.includes(id)) notApplicable.push(id)
        if (shared === null && derived.length > 0) derived = derived.filter(d => d !== id)
        rate.values[r] = Number.NaN
        rate.flags[r] = ((rate.flags[r] as number) & APPROX) | KEY | NA
      }
    }
    if (derive !== 0) {
      for (let f = 0; f < compiled.length; f++) {
        if (!(derive & (1 << f))) continue
        const { id, rate } = compiled[f] as ColumnFormula
        const value = (derivedValues[f] as Float64Array)[r] as number
        values[id] = value
        if (shared === null && !derived.includes(id)) derived.push(id)
        rate.values[r] = value
        rate.flags[r] = (rate.flags[r] as number) | KEY | NUM | DERIVED
      }
    }
    submissions[r] = notApplicable === null ? { ...sub, values, derived } : { ...sub, values, derived, notApplicable }
  }
  return { submissions, columns }
}

/**
 * Copies of a template with the reported values written in: the same code four times, so that each copy
 * site sees at most four shapes (V8 keeps a site that meets more than four shapes on a generic path,
 * several times slower). The templates used most go to their own site; the rest share the last one.
 */
const COPY_SITES: readonly ((template: Readonly<Record<string, null>>, values: Readonly<Record<string, number | null>>) => Record<string, number | null>)[] = [
  (template, values) => Object.assign({ ...template }, values),
  (template, values) => Object.assign({ ...template }, values),
  (template, values) => Object.assign({ ...template }, values),
  (template, values) => Object.assign({ ...template }, values),
  (template, values) => Object.assign({ ...template }, values),
]
const SHAPES_PER_SITE = 4
const copySite = (rank: number) => COPY_SITES[Math.min(Math.floor(rank / SHAPES_PER_SITE), COPY_SITES.length - 1)] as typeof COPY_SITES[number]

/** Each template's rank by the number of rows using it (0: the most used). */
function rankByUse(ids: Int32Array, count: number): Int32Array {
  const uses = new Int32Array(count)
  for (const id of ids) if (id >= 0) uses[id] = (uses[id] as number) + 1
  const order = Array.from({ length: count }, (_, t) => t).sort((a, b) => (uses[b] as number) - (uses[a] as number) || a - b)
  const rank = new Int32Array(count)
  order.forEach((t, k) => { rank[t] = k })
  return rank
}

/** The template of a key list with the rates of `zero` (不适用) and then of `derive` appended where new, in formula order. */
function templateFor(reported: readonly string[], zero: number, derive: number, compiled: readonly ColumnFormula[]): Readonly<Record<string, null>> {
  const keys = [...reported]
  const known = new Set(keys)
  for (const mask of [zero, derive]) {
    for (let f = 0; f < compiled.length; f++) {
      const id = (compiled[f] as ColumnFormula).id
      if (mask & (1 << f) && !known.has(id)) { keys.push(id); known.add(id) }
    }
  }
  return nullTemplate(keys)
}

/** The rows that have a template (id ≥ 0), grouped by template, in row order within each (a counting sort). */
function rowsByTemplate(ids: Int32Array, count: number): Int32Array {
  const starts = new Int32Array(count + 1)
  for (const id of ids) if (id >= 0) starts[id + 1] = (starts[id + 1] as number) + 1
  for (let t = 0; t < count; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number)
  const out = new Int32Array(starts[count] as number)
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r] as number
    if (id >= 0) { out[starts[id] as number] = r; starts[id] = (starts[id] as number) + 1 }
  }
  return out
}

function anyApprox(cols: readonly Column[], r: number): boolean {
  for (const c of cols) if ((c.flags[r] as number) & APPROX) return true
  return false
}
