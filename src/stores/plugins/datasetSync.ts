// Keeps the dataset store in its storage: restores it at start, saves one change at a time (changes
// during a save are saved right after it), catches up with what another window saved, and saves the
// settings and held rows. Made by the persistence plugin (datasetPersistence.ts); the store only calls it.
import type { Dataset, ImportLog } from '@/core/dataset'
import type { EvidenceMap } from '@/core/extract/evidence'
import { savedMeta, type LoadedData } from '@/core/loadedData'
import type { PendingRow } from '@/core/pendingTownships'
import type { Registry } from '@/core/types'
import type { DatasetStorage, SaveOutcome } from './datasetStorage'
import { loadPending, savePending } from './pendingStorage'
import { storageReason } from './storageAccess'

export type StorageState = 'off' | 'idle' | 'saving' | 'saved' | 'failed'
/** 'stale' when another window saved since this one loaded (the caller re-bases); 'off' without storage. */
export type PersistOutcome = SaveOutcome | 'failed' | 'off'

/** Settings as stored (unchecked: the store reads them). */
export interface SavedSettings { mappings: unknown, deadline: unknown, townships: unknown, pending: PendingRow[], annotations: unknown }

/** The store as its persistence sees it: its data and storage status, and how it takes what was saved. */
export interface SyncTarget {
  readonly registry: Registry
  readonly dataset: Dataset
  readonly log: ImportLog
  readonly evidence: EvidenceMap
  readonly isSample: boolean
  readonly job: unknown
  storageState: StorageState
  storageError: string | null
  restoring: boolean
  sampleWanted: boolean
  otherWindowUpdate: number | null
  takeSaved: (data: LoadedData) => void
  takeSettings: (settings: SavedSettings) => void
  showSample: () => Promise<void>
}

export interface DatasetSync {
  /** Resolves once the saved data (if any) is in the store. */
  readonly ready: Promise<void>
  /** Before an import: takes up what another window saved meanwhile, so the import builds on it. */
  catchUp: () => Promise<void>
  /** Saves the data (the sample: forgets the saved data); `force` wins over another window's save (clearing). */
  persist: (options?: { force?: boolean }) => Promise<PersistOutcome>
  saveSetting: (name: string, value: unknown) => void
  /** Saves the held rows (one save at a time; the last rows given are the ones saved). */
  savePending: (rows: readonly PendingRow[]) => void
  /** Resolves when everything changed so far is saved (or saving failed). */
  saved: () => Promise<void>
  /** Stops listening to other windows. */
  stop: () => void
}

/** Without storage: nothing is saved, nothing to wait for. */
export const memoryOnly: DatasetSync = {
  ready: Promise.resolve(), catchUp: async () => undefined, persist: async () => 'off', saveSetting: () => undefined,
  savePending: () => undefined, saved: async () => undefined, stop: () => undefined,
}

/** How a saved state is shown (core/savedData, which may validate again): loaded only once something was saved. */
const savedReader = () => import('@/core/savedData').then(m => m.fromSaved)

export function createDatasetSync(storage: DatasetStorage | null, target: SyncTarget): DatasetSync {
  if (!storage) return memoryOnly
  const s = storage
  const fail = (e: unknown) => { target.storageState = 'failed'; target.storageError = storageReason(e) }
  let saving: Promise<PersistOutcome> | null = null
  let dirty = false
  let forced = false
  const writes = new Set<Promise<void>>()

  function persist(options: { force?: boolean } = {}): Promise<PersistOutcome> {
    dirty = true
    forced ||= options.force === true
    saving ??= flush()
    return saving
  }
  async function flush(): Promise<PersistOutcome> {
    target.storageState = 'saving'
    let outcome: PersistOutcome = 'saved'
    try {
      while (dirty) {
        dirty = false
        const force = forced
        forced = false
        if (target.isSample) await s.clearState()
        else outcome = await s.saveState({ dataset: target.dataset, log: target.log, evidence: target.evidence }, savedMeta(target.registry), { force })
        if (outcome === 'stale') break
      }
      // "已保存" only once the manifest switch committed; a stale save waits for the re-based one.
      target.storageState = outcome === 'saved' ? 'saved' : 'saving'
      target.storageError = null
    } catch (e) {
      fail(e)
      outcome = 'failed'
    } finally {
      saving = null
    }
    return outcome
  }

  /** Loads what another window saved (its import, its clearing) in place of what this one shows. */
  async function reloadSaved(): Promise<void> {
    // Loaded before reading: nothing may run between reading the saved state and taking it.
    const fromSaved = await savedReader()
    const saved = await s.loadState()
    if (saved) target.takeSaved(fromSaved(saved.state, saved.meta, target.registry))
    else await target.showSample()
    target.otherWindowUpdate = Date.now()
  }

  /** The app asks for the sample on mount; that waits until we know whether data was saved. */
  async function restore(): Promise<void> {
    let restored = false
    try {
      // When a state was saved, the reader's code is fetched while IndexedDB is read (after it, it was one
      // more round trip before a reload's first chart); a first visit does not load it at all.
      let reader: ReturnType<typeof savedReader> | null = null
      const read = () => (reader ??= savedReader())
      const [saved, mappings, deadline, townships, pending, annotations] = await Promise.all([s.loadState(() => { read().catch(() => undefined) }), s.loadSetting('mappings'), s.loadSetting('deadline'), s.loadSetting('townships'), loadPending(s), s.loadSetting('annotations')])
      target.takeSettings({ mappings, deadline, townships, pending, annotations })
      if (saved) {
        // While restoring, nothing else runs (imports wait for `ready`, other windows' saves are ignored).
        const fromSaved = await read()
        target.takeSaved(fromSaved(saved.state, saved.meta, target.registry))
        restored = true
      }
    } catch (e) {
      fail(e)
    } finally {
      target.restoring = false
      if (!restored && target.sampleWanted) await target.showSample()
      target.sampleWanted = false
    }
  }

  function write(work: () => Promise<void>) {
    const w: Promise<void> = work().catch(fail).finally(() => writes.delete(w))
    writes.add(w)
  }
  let pendingRows: readonly PendingRow[] | null = null
  let pendingSave: Promise<void> | null = null
  function savePendingRows(rows: readonly PendingRow[]) {
    pendingRows = rows
    pendingSave ??= (async () => {
      try {
        while (pendingRows) {
          const next = pendingRows
          pendingRows = null
          await savePending(s, next)
        }
      } catch (e) {
        fail(e)
      } finally {
        pendingSave = null
      }
    })()
  }

  target.restoring = true
  target.storageState = 'idle'
  target.storageError = null
  const ready = restore()
  // Another window saved: reload now, unless this one is importing or saving (that import re-bases itself).
  const stop = s.onOtherWindowSave(() => {
    if (target.job !== null || saving !== null || target.restoring) return
    reloadSaved().catch(fail)
  })

  return {
    ready,
    catchUp: async () => { if (await s.isStale().catch(() => false)) await reloadSaved() },
    persist,
    saveSetting: (name, value) => write(() => s.saveSetting(name, value)),
    savePending: savePendingRows,
    saved: async () => { await Promise.all([saving, pendingSave, ...writes]) },
    stop,
  }
}
