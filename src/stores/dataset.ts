// The loaded data: submissions, validation issues, the import log, learned mappings. The only place they live.
// Imports run through the engine the app provides (appContext.ts); the persistence plugin keeps the data (plugins/).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { HeaderMapping } from '@/core/aliases'
import type { Annotation } from '@/core/annotations'
import type { ConflictChoice, FileConflict } from '@/core/conflicts'
import { allIssues, emptyDataset, emptyLog, type Dataset, type ImportLog } from '@/core/datasetShape'
import { yearsOf } from '@/core/table'
import { rowsOf } from '@/core/tableRows'
import { addEvidence, emptyEvidence, evidenceKey, pruneEvidence, type EvidenceMap, type TownshipEvidence } from '@/core/extract/evidence'
import type { ReportImportInput, ReportImportResult } from '@/core/extract/reportImport'
import type { ImportFile, ImportResult } from '@/core/import'
import { jobFiles, type ImportJobView, type JobFile } from '@/core/importJobView'
import { noData, type LoadedData } from '@/core/loadedData'
import { addPending, type PendingRow } from '@/core/pendingTownships'
import { DEFAULT_DEADLINE, type Deadline } from '@/core/tracker'
import type { IncomingFile, Registry, Submission, Township } from '@/core/types'
import { memoryOnly, type DatasetSync, type StorageState } from '@/stores/plugins/datasetSync'
import { injectCounty, injectImportEngine } from './appContext'
import { settingsActions } from './datasetSettings'
import { runJob, type JobState } from './importJob'

/** Reviewed figures of a narrative report, ready to merge (see reviewedSubmissions). */
export type ReportImport = Pick<ReportImportInput, 'file' | 'parts' | 'found'> & { receivedAt?: number }

export const useDatasetStore = defineStore('dataset', () => {
  const county = injectCounty()
  const engine = injectImportEngine()
  /** The first screen's registry (the bundled one without 口径 and aliases), then the whole one (wholeRegistry). */
  const registry = shallowRef<Registry>(county.registry)
  /** The county's township list: the bundled one until the clerk edits it (then saved). */
  const townships = shallowRef<readonly Township[]>(county.townships)
  const townshipsEdited = ref(false)
  /** Rows of townships not on the list, held out of the dataset until confirmed (see core/pendingTownships). */
  const pending = shallowRef<readonly PendingRow[]>([])
  const dataset = shallowRef<Dataset>(emptyDataset)
  const log = shallowRef<ImportLog>(emptyLog)
  /** The sentence behind each figure imported from a report, by township-year (see core/extract/evidence). */
  const evidence = shallowRef<EvidenceMap>(emptyEvidence)
  /** True while the bundled fictional sample is what is shown. */
  const isSample = ref(false)
  /** The data before the last import that changed it, until the next one (see undoImport). */
  const undoPoint = shallowRef<LoadedData | null>(null)
  const mappings = shallowRef<readonly HeaderMapping[]>([])
  const deadline = shallowRef<Deadline>(DEFAULT_DEADLINE)
  /**
   * The clerk's notes on townships and years (收回执法事项 2025), saved with the settings in the same
   * storage as the data. Not part of an import: undoing one keeps the notes written since.
   */
  const annotations = shallowRef<readonly Annotation[]>([])
  const job = shallowRef<ImportJobView | null>(null)
  /** Conflicts waiting for the clerk's choice, while an import waits, and how to answer them. */
  const pendingConflicts = shallowRef<FileConflict[] | null>(null)
  const decideNow = shallowRef<((choices: Record<string, ConflictChoice>) => void) | null>(null)
  /** Why the last import could not run at all (a bug or a crashed worker), else null. */
  const importError = ref<string | null>(null)
  /** Where the data is kept: the persistence plugin connects it (memory only without one). */
  const sync = shallowRef<DatasetSync>(memoryOnly)
  const storageState = ref<StorageState>('off')
  const storageError = ref<string | null>(null)
  const restoring = ref(false)
  /** The sample was asked for while the saved data was being read: shown then if nothing was saved. */
  const sampleWanted = ref(false)
  /** When another window last changed the saved data and this one reloaded it (ms), else null. */
  const otherWindowUpdate = ref<number | null>(null)
  /** Bytes of the files imported in this session, by name: a file can be read again after a new mapping. */
  const recentFiles = shallowRef<ReadonlyMap<string, ImportFile>>(new Map())
  /** Runs imports, the sample and clearing one after another. */
  const queue = shallowRef<Promise<unknown>>(Promise.resolve())
  const jobs = ref(0)

  const submissions = computed(() => rowsOf(dataset.value))
  const issues = computed(() => allIssues(dataset.value, log.value))
  const years = computed(() => yearsOf(dataset.value.table))
  const rereadable = computed(() => [...recentFiles.value.keys()])
  const canUndo = computed(() => undoPoint.value !== null)
  /** The report evidence of a township-year (indicator id → sentence), or undefined when none of its figures came from a report. */
  const evidenceFor = computed(() => {
    const map = evidence.value
    return (township: string, year: number): TownshipEvidence | undefined => map.get(evidenceKey(township, year))
  })
  const loaded = (): LoadedData => ({ dataset: dataset.value, log: log.value, evidence: evidence.value, isSample: isSample.value })
  const take = (d: LoadedData) => { dataset.value = d.dataset; log.value = d.log; evidence.value = d.evidence; isSample.value = d.isSample }
  const jobState: JobState = { job, pendingConflicts, decideNow, importError, undoPoint, sync, loaded, take,
    hold: r => { if (r.pending) setPending(addPending(pending.value, r.reports.map(f => f.file), r.pending)) } }
  /** Runs `work` after everything queued (and once the saved data is restored). */
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.value.then(() => sync.value.ready).then(work)
    queue.value = run.catch(() => undefined)
    return run
  }

  /**
   * The registry whole, held from then on: the first screen's lacks the indicators' 口径 and aliases.
   * The app asks after the first chart and before any other page; imports ask before they read.
   */
  function wholeRegistry(): Promise<Registry> {
    if (registry.value !== county.registry) return Promise.resolve(registry.value)
    return county.wholeRegistry().then((whole) => {
      if (registry.value === county.registry) registry.value = whole
      return registry.value
    })
  }

  /** What storage held (the persistence plugin calls takeSaved and takeSettings). */
  const takeSaved = (data: LoadedData) => { take(data); undoPoint.value = null }
  const settings = settingsActions({ county, registry, townships, townshipsEdited, pending, mappings, deadline, annotations, recentFiles, sync, importFiles })

  /** Reads files into the dataset (after any import already running); the sample is replaced by a successful one. Null when it could not run. */
  function importFiles(incoming: readonly IncomingFile[]): Promise<ImportResult | null> {
    return enqueue(async () => {
      await wholeRegistry()
      const importedAt = Date.now()
      const { files, shown } = jobFiles(incoming, ++jobs.value, importedAt)
      recentFiles.value = new Map([...recentFiles.value, ...files.map(f => [f.name, f] as const)])
      return runJob(jobState, 'reading', shown, (base, hooks) => engine.run({ files, base, registry: registry.value, townships: townships.value, mappings: mappings.value, importedAt }, hooks),
        (result, current) => pruneEvidence(current, rowsOf(result.dataset)))
    })
  }

  /** Merges the reviewed figures of a narrative report like a file import, keeping the sentence behind each figure. */
  function importReport(input: ReportImport): Promise<ImportResult | null> {
    return enqueue(async () => {
      await wholeRegistry()
      const importedAt = Date.now()
      const shown: JobFile[] = [{ id: `${++jobs.value}-0`, name: input.file, size: 0, state: 'read' }]
      return runJob<ReportImportResult>(jobState, 'merging', shown, (base, hooks) => import('@/core/extract/reportImport').then(m => m.runReportImport({ ...input, base, registry: registry.value, receivedAt: input.receivedAt ?? importedAt, importedAt }, hooks)),
        (result, current) => addEvidence(current, result.applied, rowsOf(result.dataset)))
    })
  }

  /** Merges confirmed pending rows of `name` (named as their township); on success they leave the pending set. */
  function importConfirmed(name: string, rows: readonly Submission[]): Promise<ImportResult | null> {
    return enqueue(async () => {
      await wholeRegistry()
      const result = await runJob(jobState, 'merging', [], (base, hooks) => import('@/core/pendingImport').then(m => m.runPendingImport({ name, submissions: rows, base, registry: registry.value }, hooks)), (_r, current) => current)
      if (result) setPending(pending.value.filter(r => r.name !== name || r.rejected === true))
      return result
    })
  }

  /** Puts back the data as it was before the last import that changed it (the sample too), here and in storage. False when there is none. */
  function undoImport(): Promise<boolean> {
    return enqueue(async () => {
      await sync.value.catchUp()
      const point = undoPoint.value
      if (!point) return false
      undoPoint.value = null
      take(point)
      await sync.value.persist({ force: true })
      return true
    })
  }

  /** The clerk's choice for the conflicts the running import waits on. */
  function resolveConflicts(choices: Record<string, ConflictChoice>) {
    pendingConflicts.value = null
    decideNow.value?.(choices)
    decideNow.value = null
  }

  /** Replaces the held rows and saves them. */
  function setPending(rows: readonly PendingRow[]) {
    pending.value = rows
    sync.value.savePending(rows)
  }

  /** Shows the bundled fictional sample (storage untouched). */
  async function showSample(): Promise<void> {
    const result = await county.sample({ registry: registry.value, townships: townships.value })
    take({ dataset: result.dataset, log: result.log, evidence: emptyEvidence, isSample: true })
    undoPoint.value = null
    if (pending.value.length > 0) setPending([])
  }

  /** Replaces everything with the sample and forgets the saved data; asked while restoring (App on start), only when nothing was saved. */
  function loadSample(): Promise<void> {
    if (restoring.value) { sampleWanted.value = true; return sync.value.ready }
    return enqueue(async () => { await showSample(); void sync.value.persist() })
  }

  /** Empties the dataset and the log, here and in storage. */
  function clearData(): Promise<void> {
    take(noData)
    undoPoint.value = null
    if (pending.value.length > 0) setPending([])
    recentFiles.value = new Map()
    return sync.value.persist({ force: true }).then(() => undefined)
  }

  return {
    registry, townships, townshipsEdited, pending, dataset, log, evidence, evidenceFor, isSample, undoPoint, canUndo, submissions, issues, years,
    mappings, deadline, annotations, job, pendingConflicts, decideNow, importError, sync, storageState, storageError, restoring, sampleWanted, rereadable, otherWindowUpdate, recentFiles, queue, jobs,
    takeSaved, wholeRegistry, ...settings, importFiles, importReport, importConfirmed, undoImport, setPending, resolveConflicts, showSample, loadSample, clearData,
    saved: () => sync.value.saved(), whenReady: () => sync.value.ready,
  }
})
