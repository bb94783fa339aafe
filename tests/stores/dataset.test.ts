import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { setActivePinia } from 'pinia'
import { testPinia } from '../helpers/pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createIdbStorage, type DatasetStorage } from '@/stores/plugins/datasetStorage'
import { createMemoryStorage } from '@/stores/plugins/memoryStorage'
import { inProcessEngine } from '@/core/import'
import { useDatasetStore } from '@/stores/dataset'
import { textFile } from '../helpers/ingest'

const good = textFile('good.csv', '乡镇,年度,行政执法人员数,持行政执法证件人数\n大同镇,2024,20,19\n')
const bad = textFile('bad.csv', '乡镇,年度,行政检查次数\n,xx,1\n')
const csv = (name: string, body: string, receivedAt?: number) => ({ ...textFile(name, `乡镇,年度,行政检查次数\n${body}\n`), ...(receivedAt === undefined ? {} : { receivedAt }) })

/** A fresh app start as App.vue does it: new Pinia, new store, the sample asked for on mount, restored from IndexedDB. */
async function start() {
  setActivePinia(testPinia({ storage: createIdbStorage() }))
  const store = useDatasetStore()
  if (store.submissions.length === 0) await store.loadSample()
  await store.whenReady()
  return store
}

/** The pending conflicts, once the running import asks. */
async function conflictsOf(store: ReturnType<typeof useDatasetStore>) {
  await expect.poll(() => store.pendingConflicts).not.toBeNull()
  return store.pendingConflicts ?? []
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

describe('dataset store without storage', () => {
  beforeEach(async () => {
    setActivePinia(testPinia({ storage: null }))
  })

  it('loads the bundled sample', async () => {
    const store = useDatasetStore()
    await store.loadSample()
    expect(store.isSample).toBe(true)
    expect(store.years).toEqual([2022, 2023, 2024])
  })

  it('holds the first screen\'s registry (no 口径, no aliases) until the whole one is asked for, and an import asks first', async () => {
    const store = useDatasetStore()
    const first = store.registry
    expect(first.byId.get('publicity_events')?.definition_zh).toBeUndefined()
    expect(first.byKey.has('普法活动')).toBe(false)
    const result = await store.importFiles([textFile('alias.csv', '乡镇,年度,普法活动\n大同镇,2024,7\n')])
    expect(result?.changed).toBe(true)
    expect(store.registry).not.toBe(first)
    expect(store.registry.byId.get('publicity_events')?.definition_zh).toMatch(/\S/u)
    expect(store.submissions[0]?.values.publicity_events).toBe(7)
    expect(await store.wholeRegistry()).toBe(store.registry)
  })

  it('imports files and derives their rates', async () => {
    const store = useDatasetStore()
    const result = await store.importFiles([good])
    expect(result?.changed).toBe(true)
    expect(store.submissions[0]?.values.enforcement_cert_rate).toBe(95)
    expect(store.log.files.map(f => f.file)).toEqual(['good.csv'])
  })

  it('keeps the loaded data when an import fails (the very same object)', async () => {
    const store = useDatasetStore()
    await store.importFiles([good])
    const before = store.dataset
    await store.importFiles([bad])
    expect(store.dataset).toBe(before)
    expect(store.log.files.map(f => [f.file, f.status])).toEqual([['good.csv', 'ok'], ['bad.csv', 'failed']])
  })

  it('replaces the sample with the first file that loads, and keeps it when nothing loads', async () => {
    const store = useDatasetStore()
    await store.loadSample()
    await store.importFiles([bad])
    expect(store.isSample).toBe(true)
    expect(store.log.files.at(-1)?.file).toBe('bad.csv')
    await store.importFiles([good])
    expect(store.isSample).toBe(false)
    expect(store.submissions).toHaveLength(1)
  })

  it('waits for the clerk on conflicts and keeps the loaded figures when told to', async () => {
    const store = useDatasetStore()
    await store.importFiles([csv('a.csv', '大同镇,2024,10', 100)])
    const running = store.importFiles([csv('b.csv', '大同镇,2024,12\n龙泉镇,2024,3', 200)])
    const conflicts = await conflictsOf(store)
    expect(conflicts.map(c => [c.file, c.suggested])).toEqual([['b.csv', 'replace']])
    store.resolveConflicts({ 'b.csv': 'keep' })
    await running
    expect(store.submissions.map(s => [s.township, s.values.inspections])).toEqual([['大同镇', 10], ['龙泉镇', 3]])
  })

  it('replaces the loaded figures when told to', async () => {
    const store = useDatasetStore()
    await store.importFiles([csv('a.csv', '大同镇,2024,10')])
    const running = store.importFiles([csv('b.csv', '大同镇,2024,12')])
    await conflictsOf(store)
    store.resolveConflicts({ 'b.csv': 'replace' })
    await running
    expect(store.submissions[0]?.values.inspections).toBe(12)
  })

  it('learns a mapping, reads the file again with it, and uses it for the next file', async () => {
    const store = useDatasetStore()
    await store.importFiles([textFile('x.csv', '乡镇,年度,综合执法检查\n大同镇,2024,12\n')])
    expect(store.log.files[0]?.unknownColumns?.[0]?.header).toBe('综合执法检查')
    const { reread, refused } = await store.learnMappings('x.csv', [{ header: '综合执法检查', indicator: 'inspections' }])
    expect([reread, refused]).toEqual([true, []])
    expect(store.submissions[0]?.values.inspections).toBe(12)
    expect(store.log.files[0]?.unknownColumns).toBeUndefined()
    await store.importFiles([textFile('y.csv', '乡镇,年度,综合执法检查\n龙泉镇,2024,4\n')])
    expect(store.submissions.find(s => s.township === '龙泉镇')?.values.inspections).toBe(4)
  })

  it('refuses a mapping to an unknown indicator and forgets a mapping on request', async () => {
    const store = useDatasetStore()
    const { refused } = await store.learnMappings(null, [{ header: '甲', indicator: 'nope' }, { header: '乙', indicator: null }])
    expect(refused.map(r => r.mapping.header)).toEqual(['甲'])
    expect(store.mappings.map(m => m.header)).toEqual(['乙'])
    store.forgetMapping('乙')
    expect(store.mappings).toEqual([])
  })

  it('says why an import could not run and changes nothing', async () => {
    // The engine the app provides, here one whose worker crashes from the second import on.
    let crashed = false
    setActivePinia(testPinia({ storage: null, engine: { run: (input, hooks) => (crashed ? Promise.reject(new Error('worker crashed')) : inProcessEngine.run(input, hooks)) } }))
    const store = useDatasetStore()
    await store.importFiles([good])
    const before = store.dataset
    crashed = true
    expect(await store.importFiles([good])).toBeNull()
    expect(store.importError).toBe('worker crashed')
    expect(store.dataset).toBe(before)
    expect(store.job).toBeNull()
  })
})

describe('dataset store with IndexedDB', () => {
  it('shows the sample on a first start with nothing stored', async () => {
    setActivePinia(testPinia())
    const store = useDatasetStore()
    void store.loadSample()
    expect(store.isSample).toBe(false)
    await store.whenReady()
    expect(store.isSample).toBe(true)
  })

  it('keeps imported data, the log, mappings and the deadline across a reload', async () => {
    const first = await start()
    await first.importFiles([good, bad])
    await first.learnMappings(null, [{ header: '备注', indicator: null }])
    first.setDeadline({ month: 3, day: 15 })
    await first.saved()
    const second = await start()
    expect(second.isSample).toBe(false)
    expect(second.submissions).toEqual(first.submissions)
    expect(second.log.files.map(f => [f.file, f.status])).toEqual([['good.csv', 'ok'], ['bad.csv', 'failed']])
    expect(second.issues).toEqual(first.issues)
    expect(second.mappings.map(m => m.header)).toEqual(['备注'])
    expect(second.deadline).toEqual({ month: 3, day: 15 })
  })

  it('keeps a cleared dataset cleared after a reload', async () => {
    const first = await start()
    await first.importFiles([good])
    await first.clearData()
    const second = await start()
    expect(second.submissions).toEqual([])
    expect(second.isSample).toBe(false)
  })

  it('forgets the stored data when the sample is restored', async () => {
    const first = await start()
    await first.importFiles([good])
    await first.saved()
    await first.loadSample()
    await first.saved()
    const second = await start()
    expect(second.isSample).toBe(true)
  })
})

describe('dataset store when storage fails', () => {
  const failing = (): DatasetStorage => ({
    ...createMemoryStorage(),
    saveState: () => Promise.reject(new Error('QuotaExceededError')),
  })

  it('says so and keeps working in memory', async () => {
    setActivePinia(testPinia({ storage: failing() }))
    const store = useDatasetStore()
    await store.whenReady()
    await store.importFiles([good])
    await store.saved()
    expect(store.storageState).toBe('failed')
    expect(store.storageError).toMatch(/Quota/)
    expect(store.submissions).toHaveLength(1)
  })

  it('starts with the sample when the stored data cannot be read', async () => {
    setActivePinia(testPinia({ storage: { ...createMemoryStorage(), loadState: () => Promise.reject(new Error('private mode')) } }))
    const store = useDatasetStore()
    await store.loadSample()
    await store.whenReady()
    expect(store.storageError).toBe('private mode')
    expect(store.isSample).toBe(true)
  })
})
