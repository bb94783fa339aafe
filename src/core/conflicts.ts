// Incoming files against the loaded data: which township-years they would change, and the clerk's choice per file.
import { issue } from './normalize/common'
import { sourceOf, submissionKey, type FileBatch } from './dataset'
import type { Issue, SourceRef, Submission } from './types'

/** What the clerk decides for a file whose township-years are already loaded. */
export type ConflictChoice = 'keep' | 'replace'

/** One figure the incoming file would change. `notApplicable` values are null with the flag set. */
export interface ValueChange {
  indicator: string
  old: number | null
  oldNotApplicable: boolean
  oldSource: SourceRef
  next: number | null
  nextNotApplicable: boolean
  nextSource: SourceRef
}

/** One township-year of the incoming file that differs from what is loaded. */
export interface ConflictEntry {
  key: string
  township: string
  year: number
  changes: ValueChange[]
}

/** The conflicts of one incoming file. */
export interface FileConflict {
  file: string
  /** Every conflicting township-year (submissionKey), for resolving. */
  keys: string[]
  /** The first `maxEntries` of them, with their changed figures, for showing. */
  entries: ConflictEntry[]
  /** Files the loaded values came from. */
  loadedFrom: string[]
  /** Replace when the incoming file is at least as new as every file it would override (or dates are unknown). */
  suggested: ConflictChoice
}

export interface ConflictOptions {
  /** When a file was received (ms since the epoch), or undefined when unknown. */
  receivedAt?: (file: string) => number | undefined
  /** Entries listed per file (all keys are still counted). Default 200. */
  maxEntries?: number
}

const sameNumber = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9)

/** The figures of `next` that would change `old` when merged (mergeSubmissions' rules: a blank never overrides). */
function changesOf(old: Submission, next: Submission): ValueChange[] {
  const changes: ValueChange[] = []
  for (const [id, v] of Object.entries(next.values)) {
    const nextNa = next.notApplicable?.includes(id) ?? false
    if (v === null && !nextNa) continue
    if (!Object.hasOwn(old.values, id) || old.derived.includes(id)) continue
    const before = old.values[id] ?? null
    const oldNa = old.notApplicable?.includes(id) ?? false
    if (sameNumber(before, v) && oldNa === nextNa) continue
    changes.push({ indicator: id, old: before, oldNotApplicable: oldNa, oldSource: sourceOf(old, id), next: v, nextNotApplicable: nextNa, nextSource: sourceOf(next, id) })
  }
  return changes
}

/**
 * Finds, per incoming file, the township-years that are already loaded with different figures.
 * Figures the file leaves blank or the loaded data lacks are not conflicts (they merge without
 * loss), nor are derived rates, nor a file read again (the loaded figures came from a file of the
 * same name). Files are listed in batch order.
 */
export function findConflicts(current: readonly Submission[], batch: Pick<FileBatch, 'submissions'>, options: ConflictOptions = {}): FileConflict[] {
  const max = options.maxEntries ?? 200
  const loaded = new Map(current.map(s => [submissionKey(s), s]))
  const byFile = new Map<string, FileConflict & { newest: number | undefined }>()
  for (const next of batch.submissions) {
    const key = submissionKey(next)
    const old = loaded.get(key)
    if (!old) continue
    const file = next.source.file
    const changes = changesOf(old, next).filter(c => c.oldSource.file !== file)
    if (changes.length === 0) continue
    let fc = byFile.get(file)
    if (!fc) {
      fc = { file, keys: [], entries: [], loadedFrom: [], suggested: 'replace', newest: undefined }
      byFile.set(file, fc)
    }
    fc.keys.push(key)
    if (fc.entries.length < max) fc.entries.push({ key, township: next.township, year: next.year, changes })
    for (const c of changes) {
      if (fc.loadedFrom.includes(c.oldSource.file)) continue
      fc.loadedFrom.push(c.oldSource.file)
      const at = options.receivedAt?.(c.oldSource.file)
      if (at !== undefined && (fc.newest === undefined || at > fc.newest)) fc.newest = at
    }
  }
  return [...byFile.values()].map(({ newest, ...fc }) => {
    const incoming = options.receivedAt?.(fc.file)
    const older = incoming !== undefined && newest !== undefined && incoming < newest
    return { ...fc, suggested: older ? 'keep' : 'replace' }
  })
}

/** The suggested choice of every conflicting file. */
export function suggestedChoices(conflicts: readonly FileConflict[]): Record<string, ConflictChoice> {
  return Object.fromEntries(conflicts.map(c => [c.file, c.suggested]))
}

/**
 * The batch as the clerk decided: for each file marked 'keep', its conflicting township-years are
 * left out (the loaded figures stay untouched) and one warning per file says so; every other
 * submission goes ahead. A file without a choice follows its suggestion. The input is not mutated.
 */
export function resolveBatch(batch: FileBatch, conflicts: readonly FileConflict[], choices: Readonly<Record<string, ConflictChoice>>): FileBatch {
  const skip = new Set<string>()
  const notes: Issue[] = []
  for (const c of conflicts) {
    if ((choices[c.file] ?? c.suggested) !== 'keep') continue
    for (const key of c.keys) skip.add(`${c.file}\u0001${key}`)
    const first = c.entries[0]
    const example = first ? `，如 ${first.township} ${first.year} 年` : ''
    notes.push(issue({ file: c.file }, null, null, 'warning', 'kept-loaded',
      `按您的选择保留已导入的数据：本文件有 ${c.keys.length} 个乡镇年度与已导入数据不同${example}，这些行未采用`))
  }
  if (skip.size === 0) return batch
  return {
    reports: batch.reports,
    submissions: batch.submissions.filter(s => !skip.has(`${s.source.file}\u0001${submissionKey(s)}`)),
    issues: [...batch.issues, ...notes],
  }
}
