// The sentences behind imported report figures, kept beside the dataset: township-year → indicator →
// the sentence, its place in the report and the report file. Pure: the store holds the map.
import { sourceOf, submissionKey } from '../datasetShape'
import type { Submission } from '../types'
import type { FigureEvidence } from './toSubmission'

/** The sentence behind one figure, and the report file it came from. */
export interface ReportEvidence extends FigureEvidence {
  file: string
}

/** indicator id → its evidence, for one township-year. */
export type TownshipEvidence = Readonly<Record<string, ReportEvidence>>

/** evidenceKey(township, year) → the evidence of that township-year. */
export type EvidenceMap = ReadonlyMap<string, TownshipEvidence>

export const emptyEvidence: EvidenceMap = new Map()

/** The key of a township-year in an EvidenceMap: the township's name as the dataset holds it, and the year. */
export function evidenceKey(township: string, year: number): string {
  return `${township}|${year}`
}

/** The evidence of one applied report submission. */
export interface AppliedEvidence {
  submission: Pick<Submission, 'township' | 'code' | 'year' | 'source'>
  evidence: Readonly<Record<string, FigureEvidence>>
}

/**
 * Keeps only the evidence of figures that still come from that report: the dataset has a value
 * for the indicator and its source is the evidence's file. A table import that overwrites a figure
 * thus drops its sentence. Returns the map itself when nothing is dropped.
 */
export function pruneEvidence(map: EvidenceMap, submissions: readonly Submission[]): EvidenceMap {
  if (map.size === 0) return map
  const byKey = new Map(submissions.map(s => [evidenceKey(s.township, s.year), s]))
  const next = new Map<string, TownshipEvidence>()
  let changed = false
  for (const [key, record] of map) {
    const sub = byKey.get(key)
    const kept: Record<string, ReportEvidence> = {}
    let dropped = false
    for (const [id, ev] of Object.entries(record)) {
      const value = sub?.values[id]
      if (sub && value !== null && value !== undefined && sourceOf(sub, id).file === ev.file) kept[id] = ev
      else dropped = true
    }
    if (dropped) changed = true
    if (Object.keys(kept).length > 0) next.set(key, dropped ? kept : record)
  }
  return changed ? next : map
}

/**
 * Adds the evidence of report submissions just merged into `submissions` (the dataset after the
 * merge). The entry of a township-year takes the new sentences over the old ones; sentences of
 * figures no longer from their report are dropped (pruneEvidence). The key follows the dataset's
 * name of the township-year, which a merge by code may keep from an earlier file.
 */
export function addEvidence(map: EvidenceMap, applied: readonly AppliedEvidence[], submissions: readonly Submission[]): EvidenceMap {
  if (applied.length === 0) return pruneEvidence(map, submissions)
  const byKey = new Map(submissions.map(s => [submissionKey(s), s]))
  const next = new Map(map)
  for (const { submission, evidence } of applied) {
    const merged = byKey.get(submissionKey(submission))
    if (!merged) continue
    const key = evidenceKey(merged.township, merged.year)
    const record: Record<string, ReportEvidence> = { ...next.get(key) }
    for (const [id, ev] of Object.entries(evidence)) record[id] = { ...ev, file: submission.source.file }
    next.set(key, record)
  }
  return pruneEvidence(next, submissions)
}

const isEvidence = (x: unknown): x is ReportEvidence => {
  if (typeof x !== 'object' || x === null) return false
  const e = x as Record<string, unknown>
  return typeof e.sentence === 'string' && typeof e.file === 'string' && typeof e.start === 'number' && typeof e.end === 'number'
    && (e.note === undefined || typeof e.note === 'string')
}

/** Reads an evidence map from storage; anything malformed is left out (evidence is an aid, never a reason to fail a restore). */
export function readEvidence(x: unknown): EvidenceMap {
  if (!(x instanceof Map)) return emptyEvidence
  const out = new Map<string, TownshipEvidence>()
  for (const [key, record] of x as Map<unknown, unknown>) {
    if (typeof key !== 'string' || typeof record !== 'object' || record === null) continue
    const kept = Object.fromEntries(Object.entries(record).filter(([, ev]) => isEvidence(ev))) as Record<string, ReportEvidence>
    if (Object.keys(kept).length > 0) out.set(key, kept)
  }
  return out
}
