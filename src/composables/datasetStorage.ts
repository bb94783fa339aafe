// The dataset, import log and settings kept in IndexedDB (idb-keyval), so that they survive a reload.
// Large arrays are written in chunks, one transaction each, so that no write blocks the page for long;
// a manifest written last makes a save all-or-nothing: an interrupted save leaves the previous one intact.
import { createStore, del, delMany, get, set, type UseStore } from 'idb-keyval'
import { readEvidence, type EvidenceMap } from '@/core/extract/evidence'
import type { ImportState } from '@/core/importJob'
import { chunkArray, STATE_PARTS, stateParts, StateAssembler, type StatePart } from '@/core/workerProtocol'
import type { ReceivedFileReport } from '@/core/tracker'

/** What is saved: the dataset, the log and the sentences behind figures imported from reports. */
export interface StoredState extends ImportState {
  evidence?: EvidenceMap
}

/** Storage of the data page. Every method rejects when the browser refuses (private mode, quota). */
export interface DatasetStorage {
  /** The saved state and the meta saved with it, or null when nothing was saved. */
  loadState: () => Promise<{ state: StoredState, meta: unknown } | null>
  /** Saves the state; arrays of a dataset (and an evidence map) saved before, the same object, are not written again. */
  saveState: (state: StoredState, meta: unknown) => Promise<void>
  /** Forgets the saved state (the next start shows the bundled sample). */
  clearState: () => Promise<void>
  loadSetting: (name: string) => Promise<unknown>
  saveSetting: (name: string, value: unknown) => Promise<void>
}

interface Manifest {
  version: 1
  parts: Record<StatePart, string[]>
  logFiles: ReceivedFileReport[]
  /** Key of the evidence map; absent in saves made before reports could be imported. */
  evidence?: string
  meta: unknown
  savedAt: number
}

const MANIFEST = 'state'
const SETTING = (name: string) => `setting:${name}`

function isManifest(x: unknown): x is Manifest {
  if (typeof x !== 'object' || x === null) return false
  const m = x as Record<string, unknown>
  const parts = m.parts as Record<string, unknown> | undefined
  return m.version === 1 && Array.isArray(m.logFiles) && typeof parts === 'object' && parts !== null
    && STATE_PARTS.every(p => Array.isArray(parts[p]))
}

/** IndexedDB storage, or null where the browser has no IndexedDB (then the app works in memory only). */
export function createIdbStorage(dbName = 'township-dashboard'): DatasetStorage | null {
  if (typeof indexedDB === 'undefined') return null
  let db: UseStore | null = null
  const store = () => (db ??= createStore(dbName, 'kv'))
  let saves = 0
  /** The dataset last saved and its chunk keys, to skip rewriting unchanged data. */
  let last: { dataset: ImportState['dataset'], parts: Pick<Manifest['parts'], 'submissions' | 'validationIssues'> } | null = null
  /** The evidence map last saved and its key. */
  let lastEvidence: { map: EvidenceMap, key: string } | null = null

  return {
    async loadState() {
      const manifest: unknown = await get(MANIFEST, store())
      if (manifest === undefined) return null
      if (!isManifest(manifest)) throw new Error('浏览器中保存的数据格式无法识别')
      const asm = new StateAssembler()
      for (const part of STATE_PARTS) {
        for (const key of manifest.parts[part]) {
          const items: unknown = await get(key, store())
          if (!Array.isArray(items)) throw new Error('浏览器中保存的数据不完整')
          asm.add(part, items)
        }
      }
      const state: StoredState = asm.state(manifest.logFiles)
      last = { dataset: state.dataset, parts: { submissions: manifest.parts.submissions, validationIssues: manifest.parts.validationIssues } }
      if (typeof manifest.evidence === 'string') {
        state.evidence = readEvidence(await get(manifest.evidence, store()))
        lastEvidence = { map: state.evidence, key: manifest.evidence }
      }
      return { state, meta: manifest.meta }
    },

    async saveState(state, meta) {
      const gen = `${Date.now().toString(36)}-${++saves}`
      const previous: unknown = await get(MANIFEST, store())
      const arrays = stateParts(state)
      const parts = {} as Record<StatePart, string[]>
      for (const part of STATE_PARTS) {
        if (last && last.dataset === state.dataset && part !== 'logIssues') { parts[part] = last.parts[part]; continue }
        parts[part] = []
        for (const [i, items] of chunkArray(arrays[part]).entries()) {
          const key = `state:${gen}:${part}:${i}`
          await set(key, items, store())
          parts[part].push(key)
        }
      }
      const manifest: Manifest = { version: 1, parts, logFiles: [...state.log.files] as ReceivedFileReport[], meta, savedAt: Date.now() }
      if (state.evidence && state.evidence.size > 0) {
        if (lastEvidence?.map !== state.evidence) {
          const key = `state:${gen}:evidence`
          await set(key, new Map(state.evidence), store())
          lastEvidence = { map: state.evidence, key }
        }
        manifest.evidence = lastEvidence.key
      } else {
        lastEvidence = null
      }
      await set(MANIFEST, manifest, store())
      last = { dataset: state.dataset, parts: { submissions: parts.submissions, validationIssues: parts.validationIssues } }
      if (isManifest(previous)) {
        const kept = new Set([...STATE_PARTS.flatMap(p => parts[p]), manifest.evidence])
        await delMany([...STATE_PARTS.flatMap(p => previous.parts[p]), previous.evidence].filter((k): k is string => k !== undefined && !kept.has(k)), store())
      }
    },

    async clearState() {
      const previous: unknown = await get(MANIFEST, store())
      await del(MANIFEST, store())
      last = null
      lastEvidence = null
      if (isManifest(previous)) await delMany([...STATE_PARTS.flatMap(p => previous.parts[p]), ...(previous.evidence ? [previous.evidence] : [])], store())
    },

    // async, so that a browser refusing IndexedDB (store() throws) yields a rejected promise, never a throw.
    loadSetting: async name => get(SETTING(name), store()),
    saveSetting: async (name, value) => set(SETTING(name), value, store()),
  }
}

/** Storage in memory, for tests and as the stand-in when IndexedDB fails. */
export function createMemoryStorage(): DatasetStorage & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>()
  return {
    entries,
    loadState: async () => (entries.get(MANIFEST) as { state: StoredState, meta: unknown } | undefined) ?? null,
    saveState: async (state, meta) => { entries.set(MANIFEST, { state, meta }) },
    clearState: async () => { entries.delete(MANIFEST) },
    loadSetting: async name => entries.get(SETTING(name)),
    saveSetting: async (name, value) => { entries.set(SETTING(name), value) },
  }
}
