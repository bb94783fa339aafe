// The reviewers' manual scores and the county's edited 考核 scheme, kept in IndexedDB (idb-keyval) in a
// database of their own, so that they survive a reload and never touch the dataset's storage.
import { createStore, get, set, type UseStore } from 'idb-keyval'
import { indexedDbProblem } from './storageAccess'

export const ASSESSMENT_DB = 'township-dashboard-assessment'

export interface AssessmentStorage {
  /** What was stored under the key, unchecked; undefined when nothing was. */
  load: (key: 'manual' | 'scheme') => Promise<unknown>
  save: (key: 'manual' | 'scheme', value: unknown) => Promise<void>
}

/** IndexedDB storage, or null where the browser has none (entries then live for the session only). */
export function createAssessmentStorage(): AssessmentStorage | null {
  // Not `typeof indexedDB`: where touching it throws (private modes, sandboxed frames), so does typeof.
  if (indexedDbProblem() !== null) return null
  let store: UseStore | undefined
  const db = () => (store ??= createStore(ASSESSMENT_DB, 'kv'))
  return {
    load: key => get(key, db()),
    save: (key, value) => set(key, value, db()),
  }
}

/** In-memory storage for tests. */
export function createMemoryAssessmentStorage(initial: Partial<Record<'manual' | 'scheme', unknown>> = {}): AssessmentStorage {
  const values = new Map(Object.entries(initial))
  return {
    load: async key => values.get(key),
    save: async (key, value) => { values.set(key, structuredClone(value)) },
  }
}
