// The dataset, import log and settings kept in IndexedDB (idb-keyval), so that they survive a reload,
// shared safely by every window (tab) of the dashboard:
// - one writer at a time: a save holds the Web Lock `<db>:state` (in-page queue where there are no locks);
// - copy on write: a save writes new chunks (one transaction each, so no write blocks the page for
//   long), then switches the manifest in one transaction, only if the manifest is still the one this
//   window knows (compare and swap on its revision): a stale window can never overwrite newer data;
// - garbage is collected after the switch and only under the lock, so nothing another window's
//   manifest points to is ever deleted; loads hold the lock shared and retry once if a save slipped in;
// - every committed save is announced on a BroadcastChannel, so the other windows reload.
import { createStore, delMany, get, getMany, keys, set, update, type UseStore } from 'idb-keyval'
import { readEvidence, type EvidenceMap } from '@/core/extract/evidence'
import type { ImportState } from '@/core/import'
import { warmRows } from '@/core/tableRows'
import { partChunks, STATE_PARTS, stateParts, StateAssembler, type StatePart } from '@/core/stateChunks'
import type { ReceivedFileReport } from '@/core/tracker'
import { indexedDbProblem } from './storageAccess'

/** What is saved: the dataset, the log and the sentences behind figures imported from reports. */
export interface StoredState extends ImportState {
  evidence?: EvidenceMap
}

/** 'saved' once the manifest switch committed; 'stale' when another window saved first (nothing was written). */
export type SaveOutcome = 'saved' | 'stale'

/** Storage of the data page. Every method rejects when the browser refuses (private mode, quota). */
export interface DatasetStorage {
  /** The saved state and its meta, or null when nothing was saved (this window then knows that revision); `found` is called, before the chunks are read, when a state was saved. */
  loadState: (found?: () => void) => Promise<{ state: StoredState, meta: unknown } | null>
  /** True when another window saved (or cleared) since this window last loaded or saved. */
  isStale: () => Promise<boolean>
  /**
   * Saves the state unless another window saved since this one last loaded or saved ('stale': load
   * and re-base first); `force` saves anyway (clearing all data is meant to win). Arrays of a dataset
   * (and an evidence map) saved before, the same object, are not written again.
   */
  saveState: (state: StoredState, meta: unknown, options?: { force?: boolean }) => Promise<SaveOutcome>
  /** Forgets the saved state (the next start shows the bundled sample). */
  clearState: () => Promise<void>
  loadSetting: (name: string) => Promise<unknown>
  saveSetting: (name: string, value: unknown) => Promise<void>
  /** Calls `listener` when another window saved or cleared; returns the unsubscribe. */
  onOtherWindowSave: (listener: () => void) => () => void
}

/**
 * Version 2 keeps the table (core/table.ts) as one record, its typed arrays as they are; version 1
 * (saved before) kept the submissions in chunks of objects: still read, and written as 2 on the next save.
 */
interface Manifest {
  version: 1 | 2
  /** Counts the saves (and clears): what a window compares before it switches the manifest. */
  revision?: number
  /** True for a cleared state: nothing saved, but the revision goes on. */
  cleared?: boolean
  /** Chunk keys by part; version 1 has `submissions` where version 2 has `table`. */
  parts: Partial<Record<StatePart | 'submissions', string[]>>
  logFiles: ReceivedFileReport[]
  /** Key of the evidence map; absent in saves made before reports could be imported. */
  evidence?: string
  meta: unknown
  savedAt: number
}

export const MANIFEST = 'state'
const CHUNK_PREFIX = 'state:'
export const SETTING = (name: string) => `setting:${name}`

function isManifest(x: unknown): x is Manifest {
  if (typeof x !== 'object' || x === null) return false
  const m = x as Record<string, unknown>
  const parts = m.parts as Record<string, unknown> | undefined
  if ((m.version !== 1 && m.version !== 2) || !Array.isArray(m.logFiles) || typeof parts !== 'object' || parts === null) return false
  return (m.version === 1 ? V1_PARTS : STATE_PARTS).every(p => Array.isArray(parts[p]))
}
const V1_PARTS = ['submissions', 'validationIssues', 'logIssues'] as const
const partsOf = (m: Manifest): readonly (StatePart | 'submissions')[] => (m.version === 1 ? V1_PARTS : STATE_PARTS)
const revisionOf = (m: unknown): number => (isManifest(m) && typeof m.revision === 'number' ? m.revision : isManifest(m) ? 0 : -1)
const keysOf = (m: unknown): string[] => (isManifest(m) ? [...partsOf(m).flatMap(p => m.parts[p] ?? []), ...(m.evidence ? [m.evidence] : [])] : [])

type LockRunner = <T>(mode: 'exclusive' | 'shared', work: () => Promise<T>) => Promise<T>

/** The Web Lock of a name, or (without the Web Locks API) a queue within this page; CAS keeps windows apart then. */
function lockRunner(name: string): LockRunner {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (locks && typeof locks.request === 'function') {
    return (mode, work) => locks.request(name, { mode }, work) as Promise<Awaited<ReturnType<typeof work>>>
  }
  let queue: Promise<unknown> = Promise.resolve()
  return (_mode, work) => {
    const run = queue.then(work)
    queue = run.catch(() => undefined)
    return run
  }
}

/** A storage whose every call rejects with why IndexedDB cannot be used: the page then runs in memory and says so. */
function refusingStorage(reason: string): DatasetStorage {
  const no = () => Promise.reject(new Error(reason))
  return { loadState: no, isStale: no, saveState: no, clearState: no, loadSetting: no, saveSetting: no, onOtherWindowSave: () => () => undefined }
}

/**
 * IndexedDB storage; null where the browser has no IndexedDB (then the app works in memory only), a
 * storage that rejects with the browser's reason where touching IndexedDB throws.
 */
export function createIdbStorage(dbName = 'township-dashboard'): DatasetStorage | null {
  const problem = indexedDbProblem()
  if (problem === 'absent') return null
  if (problem !== null) return refusingStorage(problem)
  let db: UseStore | null = null
  const store = () => (db ??= createStore(dbName, 'kv'))
  const withLock = lockRunner(`${dbName}:state`)
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`${dbName}:saved`)
  /** The revision this window last loaded or saved; -1 = nothing saved. */
  let known = -1
  let saves = 0
  /** The dataset last saved or loaded and its chunk keys, to skip rewriting unchanged data (while that revision stands). */
  let last: { revision: number, dataset: ImportState['dataset'], parts: Record<'table' | 'validationIssues', string[]> } | null = null
  /** The evidence map last saved and its key. */
  let lastEvidence: { revision: number, map: EvidenceMap, key: string } | null = null
  const announce = (revision: number) => channel?.postMessage({ revision })

  async function readAll(manifest: Manifest): Promise<StoredState | null> {
    const asm = new StateAssembler()
    // Every chunk in one transaction: read one after another, each waited for a turn of the busy main thread (a province's ~100 took seconds).
    const wanted = partsOf(manifest).flatMap(part => (manifest.parts[part] ?? []).map(key => ({ part, key })))
    const chunks: unknown[] = await getMany(wanted.map(w => w.key), store())
    for (const [i, { part }] of wanted.entries()) {
      const items = chunks[i]
      if (!Array.isArray(items)) return null
      asm.add(part, items)
    }
    const state: StoredState = asm.state(manifest.logFiles)
    // The rows the pages read, built a chunk per task (a province's table would otherwise cost one long task on first read).
    await warmRows(state.dataset.table, () => new Promise(resolve => setTimeout(resolve, 0)))
    if (typeof manifest.evidence === 'string') state.evidence = readEvidence(await get(manifest.evidence, store()))
    return state
  }

  /** Switches the manifest from `from` to `next` in one transaction; false when another window switched it first. */
  async function switchManifest(from: number, next: Manifest): Promise<boolean> {
    let switched = false
    await update(MANIFEST, (current) => {
      if (revisionOf(current) !== from) return current
      switched = true
      return next
    }, store())
    return switched
  }

  /** Deletes the chunks no manifest points to (under the exclusive lock: no save is half-way). */
  async function collectGarbage(manifest: Manifest): Promise<void> {
    const live = new Set(keysOf(manifest))
    const all = await keys(store())
    await delMany(all.filter((k): k is string => typeof k === 'string' && k.startsWith(CHUNK_PREFIX) && !live.has(k)), store())
  }

  return {
    loadState: found => withLock('shared', async () => {
      for (let attempt = 0; ; attempt++) {
        const manifest: unknown = await get(MANIFEST, store())
        if (manifest === undefined) { known = -1; return null }
        if (!isManifest(manifest)) throw new Error('浏览器中保存的数据格式无法识别')
        const revision = revisionOf(manifest)
        if (manifest.cleared) { known = revision; return null }
        if (attempt === 0) found?.()
        const state = await readAll(manifest)
        if (!state) {
          // A window without Web Locks may have switched the manifest and collected the chunks meanwhile.
          if (attempt === 0 && revisionOf(await get(MANIFEST, store())) !== revision) continue
          throw new Error('浏览器中保存的数据不完整')
        }
        known = revision
        last = manifest.version === 2 ? { revision, dataset: state.dataset, parts: { table: manifest.parts.table ?? [], validationIssues: manifest.parts.validationIssues ?? [] } } : null
        lastEvidence = state.evidence && manifest.evidence ? { revision, map: state.evidence, key: manifest.evidence } : null
        return { state, meta: manifest.meta }
      }
    }),

    isStale: async () => revisionOf(await get(MANIFEST, store())) !== known,

    saveState: (state, meta, options = {}) => withLock('exclusive', async () => {
      const current: unknown = await get(MANIFEST, store())
      const from = revisionOf(current)
      if (from !== known && !options.force) return 'stale'
      const gen = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++saves}`
      const arrays = stateParts(state)
      const parts = {} as Record<StatePart, string[]>
      const written: string[] = []
      const reuse = last !== null && last.revision === from && last.dataset === state.dataset
      for (const part of STATE_PARTS) {
        if (reuse && last && part !== 'logIssues') { parts[part] = last.parts[part]; continue }
        parts[part] = []
        for (const [i, items] of partChunks(part, arrays[part]).entries()) {
          const key = `${CHUNK_PREFIX}${gen}:${part}:${i}`
          await set(key, items, store())
          written.push(key)
          parts[part].push(key)
        }
      }
      const revision = Math.max(from, 0) + 1
      const manifest: Manifest = { version: 2, revision, parts, logFiles: [...state.log.files] as ReceivedFileReport[], meta, savedAt: Date.now() }
      let evidence: typeof lastEvidence = null
      if (state.evidence && state.evidence.size > 0) {
        if (lastEvidence?.map === state.evidence && lastEvidence.revision === from) evidence = { ...lastEvidence, revision }
        else {
          const key = `${CHUNK_PREFIX}${gen}:evidence`
          await set(key, new Map(state.evidence), store())
          written.push(key)
          evidence = { revision, map: state.evidence, key }
        }
        manifest.evidence = evidence.key
      }
      if (!(await switchManifest(from, manifest))) {
        await delMany(written, store())
        return 'stale'
      }
      known = revision
      last = { revision, dataset: state.dataset, parts: { table: parts.table, validationIssues: parts.validationIssues } }
      lastEvidence = evidence
      announce(revision)
      await collectGarbage(manifest)
      return 'saved'
    }),

    clearState: () => withLock('exclusive', async () => {
      const current: unknown = await get(MANIFEST, store())
      const revision = Math.max(revisionOf(current), 0) + 1
      const tombstone: Manifest = { version: 2, revision, cleared: true, parts: { table: [], validationIssues: [], logIssues: [] }, logFiles: [], meta: null, savedAt: Date.now() }
      await set(MANIFEST, tombstone, store())
      known = revision
      last = null
      lastEvidence = null
      announce(revision)
      await collectGarbage(tombstone)
    }),

    // async, so that a browser refusing IndexedDB (store() throws) yields a rejected promise, never a throw.
    loadSetting: async name => get(SETTING(name), store()),
    saveSetting: async (name, value) => set(SETTING(name), value, store()),

    onOtherWindowSave(listener) {
      if (!channel) return () => undefined
      const onMessage = (e: MessageEvent) => { if (typeof (e.data as { revision?: unknown } | null)?.revision === 'number') listener() }
      channel.addEventListener('message', onMessage)
      return () => channel.removeEventListener('message', onMessage)
    },
  }
}
