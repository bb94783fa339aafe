// Finalizing a merge's table down columns: every rate formula evaluated once per column, the rates
// derived or set to 不适用 written into their columns, and each row's key list and id lists switched to
// the final ones (interned: rows of one shape and outcome share them). No submission object is made.
import { APPROX, DERIVED, KEY, NA, NUM, sumAt, type Column } from './columns'
import { finalizeRates, hasNestedFormulas } from './derive'
import { rateFormulas, roundRate } from './formula'
import { NO_LIST, type SubmissionTable } from './table'
import { ListPool, tableOf } from './tableBuild'
import { widenedTable } from './tableCompact'
import { rowsOfTable } from './tableRows'
import type { Registry } from './types'

/** A rate formula over columns: the rate's id and column, its inputs' columns and scale. */
interface ColumnFormula {
  id: string
  rate: Column
  numerator: Column[]
  denominator: Column[]
  scale: number
}

/** Formulas a row's bit masks can name (one bit per formula in 32-bit masks, two masks in one key). */
const MAX_MASKED = 24

/** An id's column; a shared all-absent one for an input no row holds (rate columns are always made: see applyBatch). */
function columnFor(t: SubmissionTable, index: Map<string, number>, id: string, absent: () => Column): Column {
  const i = index.get(id)
  return i === undefined ? absent() : { values: t.values[i] as Float64Array, flags: t.flags[i] as Uint8Array }
}

/** The table with all-absent columns for `ids` added. */
function withColumns(t: SubmissionTable, ids: readonly string[]): SubmissionTable {
  return {
    ...t, ids: [...t.ids, ...ids],
    values: [...t.values, ...ids.map(() => new Float64Array(t.rows).fill(Number.NaN))],
    flags: [...t.flags, ...ids.map(() => new Uint8Array(t.rows))],
  }
}

/** The table without the columns no row holds anything in (rate columns made for finalizing that stayed empty). */
function withoutEmptyColumns(t: SubmissionTable): SubmissionTable {
  const keep = t.flags.map(f => f.some(x => x !== 0))
  if (keep.every(Boolean)) return t
  return { ...t, ids: t.ids.filter((_, i) => keep[i]), values: t.values.filter((_, i) => keep[i]), flags: t.flags.filter((_, i) => keep[i]) }
}

/**
 * finalizeRates for every row of a freshly built table (tableOf(subs, rate ids): its columns are
 * written in place). The returned table's rows are `subs.map(s => finalizeRates(s, registry))`,
 * values' keys and lists in the same order.
 */
export function finalizeTable(table: SubmissionTable, registry: Registry): SubmissionTable {
  // Written in place below: never into a compacted column, where a derived 95.24 would be cut to 95.
  table = widenedTable(table)
  const formulas = rateFormulas(registry)
  if (hasNestedFormulas(registry) || formulas.length > MAX_MASKED) {
    return withoutEmptyColumns(tableOf(rowsOfTable(table).map(s => finalizeRates(s, registry))))
  }
  const missing = formulas.map(f => f.indicator.id).filter(id => !table.ids.includes(id))
  if (missing.length > 0) table = withColumns(table, missing)
  const index = new Map(table.ids.map((id, i) => [id, i]))
  let empty: Column | null = null
  const absent = () => (empty ??= { values: new Float64Array(table.rows).fill(Number.NaN), flags: new Uint8Array(table.rows) })
  const column = (id: string) => columnFor(table, index, id, absent)
  const compiled: ColumnFormula[] = formulas.map(({ indicator, formula }) => ({
    id: indicator.id, rate: column(indicator.id), scale: formula.scale,
    numerator: formula.numerator.map(column), denominator: formula.denominator.map(column),
  }))
  const rows = table.rows
  // Decided from the values as read (a formula reads no rate: nested registries took the path above).
  // Bit f of a row's mask: formula f sets the rate to 不适用 (zero) or derives it (derive).
  const zeroMask = new Uint32Array(rows)
  const deriveMask = new Uint32Array(rows)
  for (let f = 0; f < compiled.length; f++) {
    const { rate, numerator, denominator, scale } = compiled[f] as ColumnFormula
    const bit = 1 << f
    // The common a / b: each side one column, read without the sum's loop (what sumAt gives for it).
    const single = numerator.length === 1 && denominator.length === 1 ? { n: numerator[0] as Column, d: denominator[0] as Column } : null
    for (let r = 0; r < rows; r++) {
      const den = single === null ? sumAt(denominator, r) : finiteOrNull(single.d, r)
      if (den === null) continue
      if (den === 0) {
        if (!anyApprox(denominator, r)) zeroMask[r] = (zeroMask[r] as number) | bit
        continue
      }
      if ((rate.flags[r] as number) & (NUM | NA)) continue
      const num = single === null ? sumAt(numerator, r) : finiteOrNull(single.n, r)
      if (num === null) continue
      deriveMask[r] = (deriveMask[r] as number) | bit
      // Written now: no formula reads a rate, so later formulas see the same inputs.
      rate.values[r] = roundRate(num / den * scale)
    }
  }
  const shapes = table.shapes.slice()
  const derived = table.derived.slice()
  const notApplicable = table.notApplicable.slice()
  const keyLists = [...table.keyLists]
  const pool = ListPool.from(table.lists)
  // A row's new key list, derived list and 不适用 list follow from its masks and its lists before:
  // each distinct case is worked out once (rows of a large table share a few dozen cases).
  const shapeOf = new CaseMemo()
  const derivedOf = new CaseMemo()
  const notApplicableOf = new CaseMemo()
  for (let r = 0; r < rows; r++) {
    const zero = zeroMask[r] as number
    const derive = deriveMask[r] as number
    if (zero === 0 && derive === 0) continue
    const shape = table.shapes[r] as number
    let newShape = shapeOf.get(zero, derive, shape)
    if (newShape === -1) {
      keyLists.push(finalKeys(table.keyLists[shape] as readonly string[], zero, derive, compiled))
      newShape = shapeOf.set(zero, derive, shape, keyLists.length - 1)
    }
    shapes[r] = newShape
    const beforeId = table.derived[r] as number
    const newDerived = derivedOf.get(zero, derive, beforeId)
    derived[r] = newDerived !== -1 ? newDerived : derivedOf.set(zero, derive, beforeId, pool.of(derivedList(table.lists[beforeId] as readonly string[], zero, derive, compiled)))
    for (let f = 0; f < compiled.length; f++) {
      const { rate } = compiled[f] as ColumnFormula
      if (zero & (1 << f)) {
        rate.values[r] = Number.NaN
        rate.flags[r] = ((rate.flags[r] as number) & APPROX) | KEY | NA
      } else if (derive & (1 << f)) {
        rate.flags[r] = (rate.flags[r] as number) | KEY | NUM | DERIVED
      }
    }
    if (zero !== 0) {
      const na = notApplicable[r] as number
      const newNa = notApplicableOf.get(zero, na, 0)
      notApplicable[r] = newNa !== -1 ? newNa : notApplicableOf.set(zero, na, 0, pool.of(notApplicableList(na === NO_LIST ? [] : table.lists[na] as readonly string[], zero, compiled)))
    }
  }
  return withoutEmptyColumns({ ...table, shapes, derived, notApplicable, keyLists, lists: pool.lists })
}

/** The keys of a key list with the rates of `zero` (不适用) and then of `derive` appended where new, in formula order. */
function finalKeys(reported: readonly string[], zero: number, derive: number, compiled: readonly ColumnFormula[]): string[] {
  const keys = [...reported]
  const known = new Set(keys)
  for (const mask of [zero, derive]) {
    for (let f = 0; f < compiled.length; f++) {
      const id = (compiled[f] as ColumnFormula).id
      if (mask & (1 << f) && !known.has(id)) { keys.push(id); known.add(id) }
    }
  }
  return keys
}

/** sumAt([col], r): the cell when it is a finite number (as a sum from 0: −0 becomes 0), else null. */
function finiteOrNull(col: Column, r: number): number | null {
  if (!((col.flags[r] as number) & NUM)) return null
  const v = col.values[r] as number
  return Number.isFinite(v) ? 0 + v : null
}

function anyApprox(cols: readonly Column[], r: number): boolean {
  for (const c of cols) if ((c.flags[r] as number) & APPROX) return true
  return false
}

/** A row's derived list: the one before without the rates of `zero`, with those of `derive` appended where new. */
function derivedList(before: readonly string[], zero: number, derive: number, compiled: readonly ColumnFormula[]): string[] {
  if (before.length === 0) return compiled.filter((_, f) => derive & (1 << f)).map(c => c.id)
  let list = zero === 0 ? [...before] : before.filter(id => !compiled.some((c, f) => zero & (1 << f) && c.id === id))
  for (let f = 0; f < compiled.length; f++) if (derive & (1 << f) && !list.includes((compiled[f] as ColumnFormula).id)) list = [...list, (compiled[f] as ColumnFormula).id]
  return list
}

/** A row's 不适用 list: the one before with the rates of `zero` appended where new. */
function notApplicableList(before: readonly string[], zero: number, compiled: readonly ColumnFormula[]): string[] {
  const list = [...before]
  for (let f = 0; f < compiled.length; f++) if (zero & (1 << f) && !list.includes((compiled[f] as ColumnFormula).id)) list.push((compiled[f] as ColumnFormula).id)
  return list
}

/**
 * Values (list ids, ≥ 0) by three small integers ≥ 0, -1 for a case not seen; the last case asked is
 * kept at hand, as neighbouring rows mostly share one. No closure per row.
 */
class CaseMemo {
  private readonly byKey = new Map<number, Map<number, Map<number, number>>>()
  private lastA = -1
  private lastB = -1
  private lastC = -1
  private lastValue = -1

  get(a: number, b: number, c: number): number {
    if (a === this.lastA && b === this.lastB && c === this.lastC) return this.lastValue
    const v = this.byKey.get(a)?.get(b)?.get(c)
    return v === undefined ? -1 : this.remember(a, b, c, v)
  }

  /** Notes v for (a, b, c); returns it. */
  set(a: number, b: number, c: number, v: number): number {
    let byB = this.byKey.get(a)
    if (byB === undefined) { byB = new Map(); this.byKey.set(a, byB) }
    let byC = byB.get(b)
    if (byC === undefined) { byC = new Map(); byB.set(b, byC) }
    byC.set(c, v)
    return this.remember(a, b, c, v)
  }

  private remember(a: number, b: number, c: number, v: number): number {
    this.lastA = a
    this.lastB = b
    this.lastC = c
    this.lastValue = v
    return v
  }
}
