// Reports added for review survive a reload (IndexedDB) with the clerk's choices; imported or removed ones do not come back.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { IDBFactory } from 'fake-indexeddb'
import { setActivePinia } from 'pinia'
import { testPinia } from '../helpers/pinia'
import { createIdbStorage } from '@/stores/plugins/datasetStorage'
import { beforeEach, describe, expect, it } from 'vitest'
import { idbDatabases, memoryDatabases, type KeyValueStorage } from '@/stores/plugins/keyValueStorage'
import { isSavedReviews } from '@/stores/plugins/reportStorage'
import { useDatasetStore } from '@/stores/dataset'
import { useReportStore } from '@/stores/reports'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)))
const QINGSHI = new TextDecoder().decode(fixture('reports/qingshi-2024.txt'))

/** A fresh app start: new stores over the same IndexedDB. */
async function start() {
  setActivePinia(testPinia({ storage: createIdbStorage(), databases: idbDatabases() }))
  const data = useDatasetStore()
  await data.whenReady()
  const reports = useReportStore()
  await reports.whenReady()
  return { data, reports }
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

describe('reports kept over a reload', () => {
  it('brings back every report read, failed ones too, with accepts, rejects, corrections, township, year and the selection', async () => {
    const first = await start()
    await first.reports.addText(QINGSHI, '粘贴的报告-1')
    await first.reports.addFiles([{ name: 'seed.pdf', bytes: fixture('report-formats/seed-scanned.pdf') }, { name: 'hekou-2024.docx', bytes: fixture('reports/hekou-2024.docx') }])
    const [pasted, scanned, docx] = first.reports.items
    first.reports.setValue(pasted!.id, 0, 999)
    first.reports.setDecision(pasted!.id, 1, 'rejected')
    first.reports.setYear(docx!.id, 2023)
    first.reports.select(docx!.id)
    await first.reports.saved()
    const before = first.reports.items

    const second = await start()
    expect(second.reports.items).toEqual(before)
    expect(second.reports.items.map(i => i.state)).toEqual(['ready', 'failed', 'ready'])
    expect(second.reports.items[0]!.review.slice(0, 2)).toEqual([expect.objectContaining({ value: 999 }), expect.objectContaining({ decision: 'rejected' })])
    expect(scanned!.error).toContain('OCR')
    expect(second.reports.selectedId).toBe(docx!.id)
    expect(second.reports.waiting).toBe(2)
  })

  it('forgets a report once imported or removed', async () => {
    const first = await start()
    await first.reports.addText(QINGSHI, '粘贴的报告-1')
    await first.reports.addFiles([{ name: 'hekou-2024.docx', bytes: fixture('reports/hekou-2024.docx') }])
    const [pasted, docx] = first.reports.items
    expect(await first.reports.importItem(pasted!.id)).toHaveProperty('imported')
    first.reports.remove(docx!.id)
    await first.reports.saved()
    const second = await start()
    expect(second.reports.items).toEqual([])
  })

  it('keeps reports added before the saved ones were back, after them', async () => {
    const first = await start()
    await first.reports.addText(QINGSHI, '旧的')
    await first.reports.saved()
    setActivePinia(testPinia({ storage: createIdbStorage(), databases: idbDatabases() }))
    await useDatasetStore().whenReady()
    const reports = useReportStore()
    const adding = reports.addText(QINGSHI, '新的')
    await reports.whenReady()
    await adding
    expect(reports.items.map(i => i.file)).toEqual(['旧的', '新的'])
  })

  it('works in memory only where there is no IndexedDB', async () => {
    setActivePinia(testPinia({ databases: null }))
    const reports = useReportStore()
    await reports.whenReady()
    await reports.addText(QINGSHI, 'a')
    await reports.saved()
    expect(reports.items.map(i => i.state)).toEqual(['ready'])
    expect(reports.storageError).toBeNull()
  })

  it('says when the browser refuses to save the reviews, in its words', async () => {
    const memory = memoryDatabases()
    const quota = (name: string): KeyValueStorage => ({ ...memory(name), set: () => Promise.reject(new Error('QuotaExceededError')) })
    setActivePinia(testPinia({ databases: quota }))
    const reports = useReportStore()
    await reports.addText(QINGSHI, 'a')
    reports.setDecision(reports.items[0]!.id, 0, 'rejected')
    await reports.saved()
    expect(reports.storageError).toBe('QuotaExceededError')
  })
})

describe('isSavedReviews', () => {
  it.each([
    ['nothing', undefined],
    ['another version', { version: 2, items: [], selectedId: null }],
    ['an item whose review does not match its figures', { version: 1, selectedId: null, items: [{ id: 'a', file: 'f', text: '', state: 'ready', review: [{}], result: { values: [] } }] }],
    ['an item still reading', { version: 1, selectedId: null, items: [{ id: 'a', file: 'f', text: '', state: 'reading', review: [], result: null }] }],
  ])('refuses %s', (_label, x) => {
    expect(isSavedReviews(x)).toBe(false)
  })
})
