// The rows held for unknown township names, kept in the settings of the dataset storage in chunks:
// a file of 200,000 unknown names is saved in many small writes, none blocking the page for long.
import { chunkArray } from '@/core/stateChunks'
import { readPending, type PendingRow } from '@/core/pendingTownships'
import type { DatasetStorage } from './datasetStorage'

const KEY = 'pendingTownships'
const chunkKey = (gen: string, i: number) => `${KEY}:${gen}:${i}`

interface PendingManifest { chunks: string[] }

const isManifest = (x: unknown): x is PendingManifest =>
  typeof x === 'object' && x !== null && Array.isArray((x as PendingManifest).chunks) && (x as PendingManifest).chunks.every(k => typeof k === 'string')

/** The saved rows (none when nothing or something unreadable was saved). */
export async function loadPending(storage: Pick<DatasetStorage, 'loadSetting'>): Promise<PendingRow[]> {
  const manifest = await storage.loadSetting(KEY)
  if (!isManifest(manifest)) return []
  const rows: PendingRow[] = []
  for (const key of manifest.chunks) for (const r of readPending(await storage.loadSetting(key))) rows.push(r)
  return rows
}

/**
 * Saves the rows: the chunks first, then the manifest naming them (so an interrupted save leaves the
 * previous one readable), then the previous chunks are emptied.
 */
export async function savePending(storage: Pick<DatasetStorage, 'loadSetting' | 'saveSetting'>, rows: readonly PendingRow[]): Promise<void> {
  const previous = await storage.loadSetting(KEY)
  const gen = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
  const chunks: string[] = []
  for (const [i, items] of chunkArray(rows).entries()) {
    await storage.saveSetting(chunkKey(gen, i), items)
    chunks.push(chunkKey(gen, i))
  }
  await storage.saveSetting(KEY, { chunks } satisfies PendingManifest)
  if (isManifest(previous)) for (const key of previous.chunks) await storage.saveSetting(key, null)
}
