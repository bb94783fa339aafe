// The loaded data: submissions, validation issues, the import log, learned mappings. The only place they live.
// Imports run through the engine the app provides (a worker; see appContext.ts) and are kept in IndexedDB.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { addMappings, readMappings, removeMapping, type HeaderMapping } from '@/core/aliases'
import type { ConflictChoice, FileConflict } from '@/core/conflicts'
import { allIssues, emptyDataset, emptyLog, type Dataset, type ImportLog } from '@/core/dataset'
import { type ImportFile, type ImportHooks, type ImportResult, type ImportStage, type ImportState } from '@/core/import'
import { addEvidence, emptyEvidence, evidenceKey, pruneEvidence, type EvidenceMap, type TownshipEvidence } from '@/core/extract/evidence'
import { runReportImport } from '@/core/extract/reportImport'
import type { ReportSubmission } from '@/core/extract/toSubmission'
import { ingest } from '@/core/import'
import { runPendingImport } from '@/core/pendingImport'
import { addPending, type PendingRow } from '@/core/pendingTownships'
import { readStoredTownships } from '@/core/townshipList'
import { DEFAULT_DEADLINE, readDeadline, type Deadline, type ReceivedFileReport } from '@/core/tracker'
import type { IncomingFile, Registry, Submission, Township } from '@/core/types'
import { validateSubmissions } from '@/core/validate'
import { createIdbStorage, type DatasetStorage, type SaveOutcome } from '@/stores/plugins/datasetStorage'
import { loadPending, savePending } from '@/stores/plugins/pendingStorage'
import { storageReason } from '@/stores/plugins/storageAccess'
import { injectCounty, injectImportEngine } from './appContext'

/** A file of the running import, as the page shows it. */
export interface JobFile {
  id: string
  name: string
  size: number
  state: 'queued' | 'reading' | 'read'
  /** Share (0–1) of the file read, while it is being read (text tables tell it per chunk). */
  fraction?: number
  report?: ReceivedFileReport
}

export interface ImportJobView {
  stage: ImportStage
  files: JobFile[]
  /** Share of the result received (0–1), or null while unknown. */
  fraction: number | null
}

export type StorageState = 'off' | 'idle' | 'saving' | 'saved' | 'failed'

/** Reviewed figures of a narrative report, ready to merge (see reviewedSubmissions). */
export interface ReportImport {
  /** The report file, or the pasted text's name: the source of every figure. */
  file: string
  parts: readonly ReportSubmission[]
  /** Figures the extractor found in the report. */
  found: number
  receivedAt?: number
}

/** Files to import: bytes, name, and when the township sent them (File.lastModified), else now. */
export type { IncomingFile } from '@/core/types'

/** Identifies the registry a state was validated with: a change re-validates the restored data. */
function fingerprint(registry: Registry): string {
  return registry.indicators.map(i => `${i.id}:${i.formula ?? ''}:${i.kind}`).join('|')
}

/** Setting key of the edited township list. */
const TOWNSHIPS_KEY = 'townships'

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

export const useDatasetStore = defineStore('dataset', () => {
  const county = injectCounty()
  const engine = injectImportEngine()
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
  const mappings = shallowRef<readonly HeaderMapping[]>([])
  const deadline = shallowRef<Deadline>(DEFAULT_DEADLINE)
  const job = shallowRef<ImportJobView | null>(null)
  /** Conflicts waiting for the clerk's choice, while an import waits. */
  const pendingConflicts = shallowRef<FileConflict[] | null>(null)
  /** Why the last import could not run at all (a bug or a crashed worker), else null. */
  const importError = ref<string | null>(null)
  const storage = shallowRef<DatasetStorage | null>(createIdbStorage())
  const storageState = ref<StorageState>(storage.value ? 'idle' : 'off')
  const storageError = ref<string | null>(null)
  const restoring = ref(false)
  /** When another window last changed the saved data and this one reloaded it (ms), else null. */
  const otherWindowUpdate = ref<number | null>(null)
  /** Bytes of the files imported in this session, by name: a file can be read again after a new mapping. */
  const recentFiles = new Map<string, ImportFile>()
  const rereadable = ref<readonly string[]>([])

  const submissions = computed(() => dataset.value.submissions)
  const issues = computed(() => allIssues(dataset.value, log.value))
  const years = computed(() => [...new Set(submissions.value.map(s => s.year))].sort((a, b) => a - b))
  /** The report evidence of a township-year (indicator id → sentence), or undefined when none of its figures came from a report. */
  const evidenceFor = computed(() => {
    const map = evidence.value
    return (township: string, year: number): TownshipEvidence | undefined => map.get(evidenceKey(township, year))
  })

  // ---- persistence: one save at a time; changes during a save are saved right after it.
  // A save is refused ('stale') when another window saved since this one loaded: the import that
  // made it then re-bases on the saved data (see track); `force` is for clearing, meant to win.
  type PersistOutcome = SaveOutcome | 'failed' | 'off'
  let saving: Promise<PersistOutcome> | null = null
  let dirty = false
  let forced = false
  function persist(options: { force?: boolean } = {}): Promise<PersistOutcome> {
    if (!storage.value) return Promise.resolve('off')
    dirty = true
    forced ||= options.force === true
    saving ??= flush()
    return saving
  }
  async function flush(): Promise<PersistOutcome> {
    storageState.value = 'saving'
    let outcome: PersistOutcome = 'saved'
    try {
      while (dirty) {
        dirty = false
        const force = forced
        forced = false
        const s = storage.value
        if (!s) break
        if (isSample.value) await s.clearState()
        else outcome = await s.saveState({ dataset: dataset.value, log: log.value, evidence: evidence.value }, { registry: fingerprint(registry.value) }, { force })
        if (outcome === 'stale') break
      }
      // "已保存" only once the manifest switch committed; a stale save waits for the re-based one.
      storageState.value = outcome === 'saved' ? 'saved' : 'saving'
      storageError.value = null
    } catch (e) {
      storageState.value = 'failed'
      storageError.value = storageReason(e)
      outcome = 'failed'
    } finally {
      saving = null
    }
    return outcome
  }

  /** Loads what another window saved (its import, its clearing) in place of what this one shows. */
  async function reloadSaved(): Promise<void> {
    const s = storage.value
    if (!s) return
    const saved = await s.loadState()
    if (saved) {
      dataset.value = revalidated(saved.state.dataset, saved.meta)
      log.value = saved.state.log
      evidence.value = pruneEvidence(saved.state.evidence ?? emptyEvidence, dataset.value.submissions)
      isSample.value = false
    } else {
      await showSample()
    }
    otherWindowUpdate.value = Date.now()
  }
  /** Before an import: takes up what another window saved meanwhile, so the import builds on it. */
  async function catchUp(): Promise<void> {
    const s = storage.value
    if (s && await s.isStale().catch(() => false)) await reloadSaved()
  }
  let stopListening: () => void = () => undefined
  /** Another window saved: reload now, unless this one is importing or saving (that import re-bases itself). */
  function listen(s: DatasetStorage | null) {
    stopListening()
    stopListening = s?.onOtherWindowSave(() => {
      if (job.value !== null || saving !== null || restoring.value) return
      reloadSaved().catch((e: unknown) => { storageState.value = 'failed'; storageError.value = storageReason(e) })
    }) ?? (() => undefined)
  }
  const settingWrites = new Set<Promise<void>>()
  function saveSetting(name: string, value: unknown) {
    const write = storage.value?.saveSetting(name, value)
      .catch((e: unknown) => { storageState.value = 'failed'; storageError.value = storageReason(e) })
      .finally(() => settingWrites.delete(write!))
    if (write) settingWrites.add(write)
  }

  // ---- restoring: App asks for the sample on mount; that waits until we know whether data was saved.
  let sampleWanted = false
  let restores = 0
  async function restore(): Promise<void> {
    const s = storage.value
    const token = ++restores
    restoring.value = s !== null
    let restored = false
    try {
      if (!s) return
      const [saved, m, d, list, held] = await Promise.all([s.loadState(), s.loadSetting('mappings'), s.loadSetting('deadline'), s.loadSetting(TOWNSHIPS_KEY), loadPending(s)])
      if (token !== restores) return
      mappings.value = readMappings(m)
      deadline.value = readDeadline(d)
      const edited = readStoredTownships(list)
      townships.value = edited ?? county.townships
      townshipsEdited.value = edited !== null
      pending.value = held
      if (saved) {
        dataset.value = revalidated(saved.state.dataset, saved.meta)
        log.value = saved.state.log
        evidence.value = pruneEvidence(saved.state.evidence ?? emptyEvidence, dataset.value.submissions)
        isSample.value = false
        restored = true
      }
    } catch (e) {
      if (token !== restores) return
      storageState.value = 'failed'
      storageError.value = storageReason(e)
    } finally {
      if (token === restores) {
        restoring.value = false
        if (!restored && sampleWanted) await showSample()
        sampleWanted = false
      }
    }
  }
  function revalidated(ds: Dataset, meta: unknown): Dataset {
    const same = typeof meta === 'object' && meta !== null && (meta as { registry?: unknown }).registry === fingerprint(registry.value)
    return same ? ds : { submissions: ds.submissions, validationIssues: validateSubmissions(ds.submissions, registry.value, { previous: ds.submissions }) }
  }
  let ready = restore()
  listen(storage.value)
  /** Resolves once the saved data (if any) is loaded. */
  function whenReady(): Promise<void> {
    return ready
  }
  /** Uses another storage (tests; null = memory only) and loads what it holds. */
  function attachStorage(next: DatasetStorage | null): Promise<void> {
    storage.value = next
    storageState.value = next ? 'idle' : 'off'
    storageError.value = null
    ready = restore()
    listen(next)
    return ready
  }

  // ---- importing
  let queue: Promise<unknown> = Promise.resolve()
  let jobs = 0
  let decideNow: ((choices: Record<string, ConflictChoice>) => void) | null = null

  /**
   * Reads files into the dataset (after any import already running). A batch that accepts nothing
   * leaves the dataset object as it was. When the sample is shown, a successful import replaces it.
   * Resolves with the result, or null when the import could not run (importError says why).
   */
  function importFiles(files: readonly IncomingFile[]): Promise<ImportResult | null> {
    const run = queue.then(() => ready).then(() => runJob(files))
    queue = run.catch(() => undefined)
    return run
  }

  async function runJob(incoming: readonly IncomingFile[]): Promise<ImportResult | null> {
    const jobId = ++jobs
    const importedAt = Date.now()
    const files: ImportFile[] = incoming.map((f, i) => ({ id: `${jobId}-${i}`, name: f.name, bytes: f.bytes, receivedAt: f.receivedAt ?? importedAt, sheet: f.sheet ?? null }))
    for (const f of files) recentFiles.set(f.name, f)
    rereadable.value = [...recentFiles.keys()]
    const shown = files.map((f): JobFile => ({ id: f.id, name: f.name, size: f.bytes.byteLength, state: 'queued' }))
    return track('reading', shown, (base, hooks) => engine.run({ files, base, registry: registry.value, townships: townships.value, mappings: mappings.value, importedAt }, hooks),
      (result, current) => pruneEvidence(current, result.dataset.submissions))
  }

  /**
   * Merges the reviewed figures of a narrative report (after any import already running), along
   * the path of a file import: conflicts with loaded figures are put to the clerk the same way. The
   * sentence behind each merged figure is kept (evidence). When the sample is shown, a report that
   * adds figures replaces it. Resolves with the result, or null when the import could not run.
   */
  function importReport(input: ReportImport): Promise<ImportResult | null> {
    const run = queue.then(() => ready).then(() => {
      const importedAt = Date.now()
      const shown: JobFile[] = [{ id: `${++jobs}-0`, name: input.file, size: 0, state: 'read' }]
      return track('merging', shown, (base, hooks) => runReportImport({ ...input, base, registry: registry.value, receivedAt: input.receivedAt ?? importedAt, importedAt }, hooks),
        (result, current) => addEvidence(current, result.applied, result.dataset.submissions))
    })
    queue = run.catch(() => undefined)
    return run
  }

  /**
   * Runs one import with its progress shown in `job`, and takes its result: the dataset when it
   * changed (then the evidence as `nextEvidence` makes it from the current one, empty over the
   * sample), else only the log. Saves, and resolves with the result, or null when it failed.
   */
  async function track<R extends ImportResult>(stage: ImportStage, files: JobFile[], execute: (base: ImportState, hooks: ImportHooks) => Promise<R>, nextEvidence: (result: R, current: EvidenceMap) => EvidenceMap): Promise<R | null> {
    const view = (patch: Partial<ImportJobView>) => { if (job.value) job.value = { ...job.value, ...patch } }
    const setFile = (id: string, patch: Partial<JobFile>) => view({ files: (job.value?.files ?? []).map(f => (f.id === id ? { ...f, ...patch } : f)) })
    job.value = { stage, fraction: null, files }
    importError.value = null
    try {
      for (let attempt = 1; ; attempt++) {
        await catchUp()
        const result = await runOnce(execute, nextEvidence, view, setFile)
        if (isSample.value) return result
        // Another window saved while this import ran: read it again on top of what that window saved.
        if (await persist() !== 'stale' || attempt === 3) return result
      }
    } catch (e) {
      importError.value = message(e)
      return null
    } finally {
      job.value = null
      pendingConflicts.value = null
    }
  }

  /**
   * Merges confirmed pending rows of `name` (already named as their township), after any import
   * already running, with conflicts put to the clerk as for a file; on success they leave the
   * pending set. Resolves with the result, or null when the merge could not run.
   */
  function importConfirmed(name: string, rows: readonly Submission[]): Promise<ImportResult | null> {
    const run = queue.then(() => ready).then(async () => {
      const result = await track('merging', [], (base, hooks) => runPendingImport({ name, submissions: rows, base, registry: registry.value }, hooks), (_r, current) => current)
      if (result) setPending(pending.value.filter(r => r.name !== name || r.rejected === true))
      return result
    })
    queue = run.catch(() => undefined)
    return run
  }

  /** Replaces the held rows and saves them (one save at a time; the last rows set are the ones saved). */
  let pendingSave: Promise<void> | null = null
  let pendingDirty = false
  function setPending(rows: readonly PendingRow[]) {
    pending.value = rows
    if (!storage.value) return
    pendingDirty = true
    pendingSave ??= (async () => {
      try {
        while (pendingDirty && storage.value) {
          pendingDirty = false
          await savePending(storage.value, pending.value)
        }
      } catch (e) {
        storageState.value = 'failed'
        storageError.value = storageReason(e)
      } finally {
        pendingSave = null
      }
    })()
  }

  /** Replaces the township list and saves it; null restores the bundled list. */
  function setTownships(list: readonly Township[] | null) {
    townships.value = list ?? county.townships
    townshipsEdited.value = list !== null
    saveSetting(TOWNSHIPS_KEY, list === null ? null : list.map(t => ({ ...t, aliases: [...t.aliases] })))
  }

  /** One run of an import over the data shown now; takes its result into the store. */
  async function runOnce<R extends ImportResult>(execute: (base: ImportState, hooks: ImportHooks) => Promise<R>, nextEvidence: (result: R, current: EvidenceMap) => EvidenceMap,
    view: (patch: Partial<ImportJobView>) => void, setFile: (id: string, patch: Partial<JobFile>) => void): Promise<R> {
    const sample = isSample.value
    const base: ImportState = sample ? { dataset: emptyDataset, log: emptyLog } : { dataset: dataset.value, log: log.value }
    const result = await execute(base, {
      onStage: next => view({ stage: next }),
      onFileStart: id => setFile(id, { state: 'reading' }),
      onFileProgress: (id, fraction) => setFile(id, { fraction }),
      onFileDone: (id, report) => setFile(id, { state: 'read', report }),
      onProgress: fraction => view({ fraction }),
      decide: conflicts => new Promise((resolve) => { pendingConflicts.value = conflicts; decideNow = resolve }),
    })
    if (result.pending) setPending(addPending(pending.value, result.reports.map(r => r.file), result.pending))
    if (result.changed) {
      evidence.value = nextEvidence(result, sample ? emptyEvidence : evidence.value)
      dataset.value = result.dataset
      log.value = result.log
      isSample.value = false
    } else if (sample) {
      log.value = { files: [...log.value.files, ...result.reports], issues: [...log.value.issues, ...result.log.issues] }
    } else {
      log.value = result.log
    }
    return result
  }


  /** The clerk's choice for the conflicts the running import waits on. */
  function resolveConflicts(choices: Record<string, ConflictChoice>) {
    pendingConflicts.value = null
    decideNow?.(choices)
    decideNow = null
  }

  /**
   * Learns header mappings (refused ones come back with their reason) and remembers them. When
   * `file` was imported in this session, it is read again so that its mapped columns load now.
   */
  async function learnMappings(file: string | null, additions: readonly HeaderMapping[]): Promise<{ refused: { mapping: HeaderMapping, reason: string }[], reread: boolean }> {
    const learnedAt = Date.now()
    const { mappings: next, refused } = addMappings(mappings.value, additions.map(a => ({ ...a, learnedAt })), registry.value)
    mappings.value = next
    saveSetting('mappings', next)
    const again = file === null ? undefined : recentFiles.get(file)
    const mapped = additions.some(a => a.indicator !== null && !refused.some(r => r.mapping === a))
    if (!again || !mapped) return { refused, reread: false }
    await importFiles([again])
    return { refused, reread: true }
  }

  /** Reads an Excel file of this session again, from the named sheet. False when its bytes are gone. */
  async function readSheet(file: string, sheet: string): Promise<boolean> {
    const again = recentFiles.get(file)
    if (!again) return false
    await importFiles([{ ...again, sheet }])
    return true
  }

  function forgetMapping(header: string) {
    mappings.value = removeMapping(mappings.value, header)
    saveSetting('mappings', mappings.value)
  }

  function setDeadline(d: Deadline) {
    const next = readDeadline(d)
    deadline.value = next
    saveSetting('deadline', { ...next })
  }

  async function showSample(): Promise<void> {
    const result = await ingest(county.sampleFiles(), { registry: registry.value, townships: townships.value })
    dataset.value = result.dataset
    log.value = result.log
    evidence.value = emptyEvidence
    isSample.value = true
    if (pending.value.length > 0) setPending([])
  }

  /**
   * Replaces everything with the bundled fictional sample county and forgets the saved data. Asked
   * while the saved data is being read (App does so on start), it only applies when nothing was saved.
   */
  function loadSample(): Promise<void> {
    if (restoring.value) { sampleWanted = true; return ready }
    const run = queue.then(showSample).then(() => { void persist() })
    queue = run.catch(() => undefined)
    return run
  }

  /** Empties the dataset and the log, here and in storage. */
  function clearData(): Promise<void> {
    dataset.value = emptyDataset
    log.value = emptyLog
    evidence.value = emptyEvidence
    isSample.value = false
    if (pending.value.length > 0) setPending([])
    recentFiles.clear()
    rereadable.value = []
    return persist({ force: true }).then(() => undefined)
  }

  /** Resolves when everything changed so far is saved (or saving failed). */
  async function saved(): Promise<void> {
    await Promise.all([saving, pendingSave, ...settingWrites])
  }

  return {
    registry, townships, townshipsEdited, pending, dataset, log, evidence, evidenceFor, isSample, submissions, issues, years,
    mappings, deadline, job, pendingConflicts, importError, storageState, storageError, restoring, rereadable, otherWindowUpdate,
    importFiles, importReport, importConfirmed, setPending, setTownships, resolveConflicts, learnMappings, readSheet, forgetMapping, setDeadline, loadSample, clearData, saved, whenReady, attachStorage,
  }
})
