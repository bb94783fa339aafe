// The clerk's notes live in the dataset store and are saved with the data: they come back after a
// reload (memory storage shared by two starts, and IndexedDB), refused drafts change nothing, and
// undoing an import keeps them.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AnnotationDraft } from '@/core/annotations'
import { useDatasetStore } from '@/stores/dataset'
import { createIdbStorage, type DatasetStorage } from '@/stores/plugins/datasetStorage'
import { createMemoryStorage } from '@/stores/plugins/memoryStorage'
import { testPinia } from '../helpers/pinia'
import { textFile } from '../helpers/ingest'

const draft = (part: Partial<AnnotationDraft> = {}): AnnotationDraft => ({ text: '收回执法事项', township: '大同镇', year: 2024, indicator: null, ...part })
const texts = (store: ReturnType<typeof useDatasetStore>) => store.annotations.map(a => `${a.township ?? ''}|${a.year ?? ''}|${a.text}`)

async function start(storage: () => DatasetStorage) {
  setActivePinia(testPinia({ storage: storage() }))
  const store = useDatasetStore()
  if (store.submissions.length === 0) await store.loadSample()
  await store.whenReady()
  return store
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

const entries = new Map<string, unknown>()
describe.each<[string, () => DatasetStorage]>([
  ['memory storage', () => createMemoryStorage(entries)],
  ['IndexedDB', () => createIdbStorage()!],
])('annotations in %s', (_name, storage) => {
  beforeEach(() => entries.clear())

  it('come back after a reload, edited and deleted as they were left', async () => {
    const store = await start(storage)
    const kept = store.saveAnnotation(draft())
    const gone = store.saveAnnotation(draft({ township: null, text: '数据口径变化' }))
    store.saveAnnotation(draft({ text: '收回部分执法事项' }), kept.accepted!.id)
    store.deleteAnnotation(gone.accepted!.id)
    await store.saved()
    const again = await start(storage)
    expect(texts(again)).toEqual(['大同镇|2024|收回部分执法事项'])
    expect(again.annotations[0]?.id).toBe(kept.accepted!.id)
  })

  it('refuse a draft with its problems and change nothing', async () => {
    const store = await start(storage)
    store.saveAnnotation(draft())
    const before = store.annotations
    expect(store.saveAnnotation(draft({ township: '不存在镇', text: '字'.repeat(61) })).problems).toEqual(['too-long', 'unknown-township'])
    expect(store.annotations).toBe(before)
    await store.saved()
    expect(texts(await start(storage))).toEqual(['大同镇|2024|收回执法事项'])
  })

  it('stay when the import before them is undone (they are the clerk\'s, not the file\'s)', async () => {
    const store = await start(storage)
    await store.importFiles([textFile('a.csv', '乡镇,年度,行政检查次数\n大同镇,2024,3\n')])
    store.saveAnnotation(draft())
    expect(await store.undoImport()).toBe(true)
    expect(texts(store)).toEqual(['大同镇|2024|收回执法事项'])
    await store.saved()
    const again = await start(storage)
    expect(again.isSample).toBe(true)
    expect(texts(again)).toEqual(['大同镇|2024|收回执法事项'])
  })
})
