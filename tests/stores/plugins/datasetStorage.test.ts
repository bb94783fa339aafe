// The saved state's layout (issue 14): version 2 keeps the table as records of typed arrays (a head, a column each); a
// state saved in version 1 (submissions in chunks of objects) is still read, and saved as 2 next time.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { createStore, get, set } from 'idb-keyval'
import { beforeEach, describe, expect, it } from 'vitest'
import { ingest } from '@/core/import'
import { isTable } from '@/core/table'
import { rowsOf } from '@/core/tableRows'
import { createIdbStorage, MANIFEST } from '@/stores/plugins/datasetStorage'
import { ctx, textFile } from '../../helpers/ingest'

const DB = 'storage-layout-test'
const kv = () => createStore(DB, 'kv')
const csv = textFile('a.csv', '乡镇,年度,行政检查次数,行政执法人员数,持行政执法证件人数\n大同镇,2024,10,20,18\n青石镇,2024,约5,0,0\n')

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

describe('the saved state', () => {
  it('keeps the table as typed arrays, a record per column (no submission objects), and reads it back', async () => {
    const { dataset, log } = await ingest([csv], ctx)
    const storage = createIdbStorage(DB)!
    expect(await storage.saveState({ dataset, log }, { registry: 'r' })).toBe('saved')
    const manifest = await get(MANIFEST, kv()) as { version: number, parts: Record<string, string[]> }
    expect(manifest.version).toBe(2)
    // The head, then one record per column: no record holds the whole table.
    expect(manifest.parts.table).toHaveLength(1 + dataset.table.ids.length)
    const [head] = await get(manifest.parts.table![0]!, kv()) as [{ kind: string, head: unknown }]
    expect([head.kind, isTable(head.head)]).toEqual(['head', true])
    const [column] = await get(manifest.parts.table![1]!, kv()) as [{ kind: string, values: unknown, flags: unknown }]
    // Each column as the dataset keeps it: in its own narrow typed array (tableCompact.ts), read back as that array.
    expect([column.kind, ArrayBuffer.isView(column.values), (column.values as object).constructor, column.flags instanceof Uint8Array])
      .toEqual(['column', true, dataset.table.values[0]!.constructor, true])
    const back = await createIdbStorage(DB)!.loadState()
    expect(rowsOf(back!.state.dataset)).toEqual(rowsOf(dataset))
    expect(back!.state.dataset.validationIssues).toEqual(dataset.validationIssues)
  })

  // The restore fetches the saved state's reader code while the chunks are read, and only when there is a state.
  it.each([
    ['nothing saved', 'none', false],
    ['a state saved', 'saved', true],
    ['the data cleared', 'cleared', false],
  ] as const)('says a state was found before reading it: %s', async (_label, kind, expected) => {
    const { dataset, log } = await ingest([csv], ctx)
    if (kind !== 'none') expect(await createIdbStorage(DB)!.saveState({ dataset, log }, null)).toBe('saved')
    if (kind === 'cleared') await createIdbStorage(DB)!.clearState()
    const calls: string[] = []
    const loaded = createIdbStorage(DB)!.loadState(() => { calls.push('found') }).then(() => { calls.push('loaded') })
    await loaded
    expect(calls).toEqual(expected ? ['found', 'loaded'] : ['loaded'])
  })

  it.each([
    ['rows in one chunk', 1],
    ['rows in several chunks', 3],
  ])('reads a state saved in version 1 (%s) as a table, and saves it as version 2', async (_label, chunks) => {
    const { dataset, log } = await ingest([csv], ctx)
    const rows = [...rowsOf(dataset)]
    const keys = Array.from({ length: chunks }, (_, i) => `state:old:submissions:${i}`)
    const parts = chunks === 1 ? [rows] : [rows.slice(0, 1), rows.slice(1), []]
    for (const [i, key] of keys.entries()) await set(key, parts[i], kv())
    await set('state:old:validationIssues:0', [...dataset.validationIssues], kv())
    await set(MANIFEST, { version: 1, revision: 4, parts: { submissions: keys, validationIssues: ['state:old:validationIssues:0'], logIssues: [] }, logFiles: [...log.files], meta: null, savedAt: 1 }, kv())
    const storage = createIdbStorage(DB)!
    const loaded = await storage.loadState()
    expect(rowsOf(loaded!.state.dataset)).toEqual(rows)
    expect(loaded!.state.dataset.validationIssues).toEqual(dataset.validationIssues)
    expect(await storage.saveState(loaded!.state, null)).toBe('saved')
    const manifest = await get(MANIFEST, kv()) as { version: number, revision: number, parts: Record<string, string[]> }
    expect([manifest.version, manifest.revision, manifest.parts.submissions]).toEqual([2, 5, undefined])
    // The old chunks are collected.
    expect(await get(keys[0]!, kv())).toBeUndefined()
    expect(rowsOf((await createIdbStorage(DB)!.loadState())!.state.dataset)).toEqual(rows)
  })
})
