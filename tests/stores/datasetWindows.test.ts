// Several windows (tabs) of the dashboard on one IndexedDB: each window is its own Pinia and store
// over the same fake IndexedDB; BroadcastChannel is Node's, shared by the windows of this process.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { setActivePinia } from 'pinia'
import { testPinia } from '../helpers/pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createIdbStorage } from '@/stores/plugins/datasetStorage'
import { useDatasetStore } from '@/stores/dataset'
import { textFile } from '../helpers/ingest'

const csv = (name: string, township: string, n: number) => textFile(name, `乡镇,年度,行政检查次数\n${township},2024,${n}\n`)
const junk = textFile('junk.csv', '这不是表格\n')
const opened: ReturnType<typeof useDatasetStore>[] = []

/** A new window: its own Pinia and store, the sample asked for on mount, restored from IndexedDB. */
async function openWindow() {
  setActivePinia(testPinia({ storage: createIdbStorage() }))
  const store = useDatasetStore()
  opened.push(store)
  if (store.submissions.length === 0) await store.loadSample()
  await store.whenReady()
  return store
}
const names = (store: ReturnType<typeof useDatasetStore>) => store.submissions.map(s => s.township).sort()

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})
afterEach(async () => {
  for (const s of opened.splice(0)) s.$dispose() // stops listening to the other windows
})

describe('two windows on one saved dataset', () => {
  it('a stale window importing a junk file leaves both earlier imports saved', async () => {
    const c = await openWindow()
    const d = await openWindow()
    await c.importFiles([csv('a.csv', '大同镇', 1)])
    await d.importFiles([csv('b.csv', '青石镇', 2)])
    await c.importFiles([junk])
    await Promise.all([c.saved(), d.saved()])
    const fresh = await openWindow()
    expect(fresh.isSample).toBe(false)
    expect(names(fresh)).toEqual(['大同镇', '青石镇'].sort())
    expect(fresh.log.files.map(f => f.file)).toEqual(['a.csv', 'b.csv', 'junk.csv'])
  })

  it('lands both imports of two windows importing at the same time', async () => {
    const c = await openWindow()
    const d = await openWindow()
    await Promise.all([c.importFiles([csv('a.csv', '大同镇', 1)]), d.importFiles([csv('b.csv', '青石镇', 2)])])
    await Promise.all([c.saved(), d.saved()])
    const fresh = await openWindow()
    expect(names(fresh)).toEqual(['大同镇', '青石镇'].sort())
    expect([c.storageState, d.storageState]).toEqual(['saved', 'saved'])
  })

  it('tells the other window, which reloads the saved data and notes it', async () => {
    const c = await openWindow()
    const d = await openWindow()
    expect(d.otherWindowUpdate).toBeNull()
    await c.importFiles([csv('a.csv', '大同镇', 1)])
    await expect.poll(() => d.otherWindowUpdate).not.toBeNull()
    expect(names(d)).toEqual(['大同镇'])
    expect(d.isSample).toBe(false)
  })

  it('a window cleared in one place is cleared in the other, and its later import starts from empty', async () => {
    const c = await openWindow()
    const d = await openWindow()
    await c.importFiles([csv('a.csv', '大同镇', 1)])
    await d.clearData()
    await c.importFiles([csv('b.csv', '青石镇', 2)])
    const fresh = await openWindow()
    expect(names(fresh)).toEqual(['青石镇'])
  })
})

describe('storage that throws', () => {
  it.each([
    ['the indexedDB getter throws', () => { Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError') } }) }, /insecure/],
    ['opening fails without a message', () => { const f = new IDBFactory(); f.open = () => { throw new DOMException('', 'UnknownError') }; globalThis.indexedDB = f }, /^UnknownError$/],
  ])('%s: works in memory and says why', async (_, breakIt, reason) => {
    breakIt()
    try {
      const w = await openWindow()
      await w.importFiles([csv('a.csv', '大同镇', 1)])
      await w.saved()
      expect(w.storageState).toBe('failed')
      expect(w.storageError).toMatch(reason)
      expect(w.storageError).not.toBe('')
      expect(names(w)).toEqual(['大同镇'])
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { configurable: true, writable: true, value: new IDBFactory() })
    }
  })

  it('createIdbStorage never throws on a throwing getter', () => {
    Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: () => { throw new Error('denied') } })
    try {
      expect(() => createIdbStorage()).not.toThrow()
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { configurable: true, writable: true, value: new IDBFactory() })
    }
  })
})
