// Undoing an import: the data before it comes back (the sample too), here and in storage, until the next import.
import { setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { useDatasetStore } from '@/stores/dataset'
import { createMemoryStorage } from '@/stores/plugins/memoryStorage'
import { testPinia } from '../helpers/pinia'
import { textFile } from '../helpers/ingest'

const csv = (name: string, township: string) => textFile(name, `乡镇,年度,行政检查次数\n${township},2024,3\n`)
const names = (store: ReturnType<typeof useDatasetStore>) => [...new Set(store.submissions.map(s => s.township))].sort()

async function start(entries = new Map<string, unknown>()) {
  setActivePinia(testPinia({ storage: createMemoryStorage(entries) }))
  const store = useDatasetStore()
  if (store.submissions.length === 0) await store.loadSample()
  await store.whenReady()
  return store
}

describe('undoImport', () => {
  it('brings the sample back after the first import, and a restart shows the sample too', async () => {
    const entries = new Map<string, unknown>()
    const store = await start(entries)
    const sample = names(store)
    expect(store.canUndo).toBe(false)
    await store.importFiles([csv('a.csv', '大同镇')])
    expect(store.isSample).toBe(false)
    expect(store.canUndo).toBe(true)
    expect(await store.undoImport()).toBe(true)
    expect(store.isSample).toBe(true)
    expect(names(store)).toEqual(sample)
    expect(store.canUndo).toBe(false)
    await store.saved()
    expect((await start(entries)).isSample).toBe(true)
  })

  it('undoes only the last import, and nothing after clearing', async () => {
    const entries = new Map<string, unknown>()
    const store = await start(entries)
    await store.importFiles([csv('a.csv', '大同镇')])
    await store.importFiles([csv('b.csv', '青石镇')])
    expect(await store.undoImport()).toBe(true)
    expect(names(store)).toEqual(['大同镇'])
    expect(await store.undoImport()).toBe(false)
    await store.saved()
    expect(names(await start(entries))).toEqual(['大同镇'])
    await store.clearData()
    expect(await store.undoImport()).toBe(false)
  })
})
