// The dataset storage in memory: for tests, and as the stand-in when IndexedDB fails.
import { MANIFEST, SETTING, type DatasetStorage, type StoredState } from './datasetStorage'

/**
 * Storage in memory, for tests and as the stand-in when IndexedDB fails. Windows made with the same
 * `entries` share it (with revisions, like IndexedDB), but are not told of each other's saves.
 */
export function createMemoryStorage(entries = new Map<string, unknown>()): DatasetStorage & { entries: Map<string, unknown> } {
  let known = 0
  const revision = () => (entries.get('revision') as number | undefined) ?? 0
  return {
    entries,
    loadState: async () => { known = revision(); return (entries.get(MANIFEST) as { state: StoredState, meta: unknown } | undefined) ?? null },
    isStale: async () => revision() !== known,
    saveState: async (state, meta, options = {}) => {
      if (revision() !== known && !options.force) return 'stale'
      entries.set(MANIFEST, { state, meta })
      entries.set('revision', known = revision() + 1)
      return 'saved'
    },
    clearState: async () => { entries.delete(MANIFEST); entries.set('revision', known = revision() + 1) },
    loadSetting: async name => entries.get(SETTING(name)),
    saveSetting: async (name, value) => { entries.set(SETTING(name), value) },
    onOtherWindowSave: () => () => undefined,
  }
}
