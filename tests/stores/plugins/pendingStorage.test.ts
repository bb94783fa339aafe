import { describe, expect, it } from 'vitest'
import { createMemoryStorage } from '@/stores/plugins/memoryStorage'
import { loadPending, savePending } from '@/stores/plugins/pendingStorage'
import type { PendingRow } from '@/core/pendingTownships'

const rows = (n: number, name = '桃园镇'): PendingRow[] => Array.from({ length: n }, (_, i) => ({
  name, submission: { township: name, code: null, year: 2024, values: { a: i }, approx: [], derived: [], source: { file: 'a.csv', row: i + 2 } },
}))

describe('pending storage', () => {
  it.each([[0, 0], [1, 1], [4001, 3]])('saves %i rows in %i chunks and reads them back', async (n, chunks) => {
    const storage = createMemoryStorage()
    await savePending(storage, rows(n))
    expect([...storage.entries.keys()].filter(k => /^setting:pendingTownships:/.test(k))).toHaveLength(chunks)
    expect(await loadPending(storage)).toEqual(rows(n))
  })

  it('empties the chunks of the previous save', async () => {
    const storage = createMemoryStorage()
    await savePending(storage, rows(3000))
    await savePending(storage, rows(1, '白马镇村委会'))
    expect(await loadPending(storage)).toEqual(rows(1, '白马镇村委会'))
    expect([...storage.entries.entries()].filter(([k, v]) => k.startsWith('setting:pendingTownships:') && v !== null)).toHaveLength(1)
  })

  it('reads nothing from an unreadable manifest', async () => {
    const storage = createMemoryStorage()
    await storage.saveSetting('pendingTownships', 'nonsense')
    expect(await loadPending(storage)).toEqual([])
  })
})
