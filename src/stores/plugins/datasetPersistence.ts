// The Pinia plugin that keeps the dataset store in a storage (IndexedDB in the app, memory or a fake in
// tests): `pinia.use(datasetPersistence(storage))` at setup connects the store to its sync (datasetSync.ts).
import type { PiniaPlugin } from 'pinia'
import { markRaw, onScopeDispose } from 'vue'
import type { DatasetStorage } from './datasetStorage'
import { createDatasetSync, type DatasetSync, type SyncTarget } from './datasetSync'

/** Persistence of the dataset store in `storage`; null keeps the data in memory only. */
export function datasetPersistence(storage: DatasetStorage | null): PiniaPlugin {
  return ({ store }) => {
    if (store.$id !== 'dataset') return
    const target = store as unknown as SyncTarget & { sync: DatasetSync }
    const sync = createDatasetSync(storage, target)
    target.sync = markRaw(sync)
    // Pinia runs plugins in the store's effect scope: `store.$dispose()` stops listening to other windows.
    onScopeDispose(() => sync.stop())
  }
}
