// Nothing saved before the persistence plugin is lost: the deck, the 考核 scores and scheme, and the reports
// under review are read from the IndexedDB databases and keys earlier versions wrote (written here
// with idb-keyval as they wrote them), and the receipt dates from localStorage, where they used to live.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { IDBFactory } from 'fake-indexeddb'
import { createStore, get, set } from 'idb-keyval'
import { setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useAssessmentStore } from '@/stores/assessment'
import { useDatasetStore } from '@/stores/dataset'
import { useDeckStore } from '@/stores/deck'
import { LEGACY_RECEIPTS_KEY } from '@/stores/plugins/legacyReceipts'
import { idbDatabases } from '@/stores/plugins/keyValueStorage'
import { useReceiptsStore } from '@/stores/receipts'
import { useReportStore } from '@/stores/reports'
import { testPinia } from '../helpers/pinia'

const written = (db: string, key: string, value: unknown) => set(key, value, createStore(db, 'kv'))
const read = (db: string, key: string) => get(key, createStore(db, 'kv'))

async function start() {
  setActivePinia(testPinia({ databases: idbDatabases() }))
  await useDatasetStore().whenReady()
}

/** localStorage as the browser has it (Node has none). */
function fakeLocalStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries))
  globalThis.localStorage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => { map.set(k, v) } } as Storage
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})
afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage
})

describe('what earlier versions saved', () => {
  it('brings back the deck (township-dashboard-deck, deck)', async () => {
    const slide = { chart: 'ranking', page: 'compare', indicators: ['enforcement_cert_rate'], year: 2024, townships: ['青石镇'], normalization: 'raw', options: {}, id: 'old-1' }
    await written('township-dashboard-deck', 'deck', [slide])
    await start()
    const deck = useDeckStore()
    await deck.whenReady()
    expect(deck.items).toEqual([slide])
  })

  it('brings back the reviewers’ manual scores and the edited scheme (township-dashboard-assessment, manual and scheme)', async () => {
    await start()
    const before = useAssessmentStore()
    const item = before.scheme!.items.find(i => i.rule.type === 'manual')!
    const score = { township: '青石镇', item: item.id, year: 2024, points: 1, reason: '材料齐全' }
    const scheme = JSON.parse(JSON.stringify(before.schemeJson)) as { name: string }
    scheme.name = '改过的方案'
    await written('township-dashboard-assessment', 'manual', [score])
    await written('township-dashboard-assessment', 'scheme', scheme)
    await start()
    const after = useAssessmentStore()
    await after.whenReady()
    expect(after.manual).toEqual([expect.objectContaining({ township: '青石镇', item: item.id, year: 2024, points: 1, reason: '材料齐全' })])
    expect(after.scheme?.name).toBe('改过的方案')
  })

  it('brings back reports under review with the reviewer’s corrections (township-dashboard-reports, reviews)', async () => {
    await start()
    const first = useReportStore()
    await first.addText(new TextDecoder().decode(readFileSync(new URL('../fixtures/reports/qingshi-2024.txt', import.meta.url))), '粘贴的报告-1')
    first.setValue(first.items[0]!.id, 0, 999)
    const saved = { version: 1, items: JSON.parse(JSON.stringify(first.items)), selectedId: first.items[0]!.id }
    globalThis.indexedDB = new IDBFactory()
    await written('township-dashboard-reports', 'reviews', saved)
    await start()
    const reports = useReportStore()
    await reports.whenReady()
    expect(reports.items.map(i => i.file)).toEqual(['粘贴的报告-1'])
    expect(reports.items[0]!.review[0]).toMatchObject({ value: 999 })
    expect(reports.selectedId).toBe(saved.selectedId)
  })

  it('brings back the receipt dates from localStorage once, then keeps them in IndexedDB', async () => {
    fakeLocalStorage({ [LEGACY_RECEIPTS_KEY]: JSON.stringify({ '青石镇\u00002024': '2025-01-20' }) })
    await start()
    const receipts = useReceiptsStore()
    await receipts.whenReady()
    await receipts.saved()
    expect([...receipts.dates.keys()]).toEqual(['青石镇\u00002024'])
    expect(await read('township-dashboard-receipts', 'receipts')).toEqual({ '青石镇\u00002024': '2025-01-20' })
    receipts.set('青石镇', 2024, null)
    await receipts.saved()
    await start()
    await useReceiptsStore().whenReady()
    expect(useReceiptsStore().dates.size).toBe(0)
  })
})
