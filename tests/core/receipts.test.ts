import { describe, expect, it } from 'vitest'
import { readReceipts, receiptsToJson, setReceipt } from '@/core/receipts'
import { receiptKey } from '@/core/tracker'

const at = (iso: string) => new Date(iso).getTime()
const key = receiptKey('大同镇', 2024)

describe('readReceipts', () => {
  it.each([
    [{ [key]: '2025-01-20' }, [[key, at('2025-01-20T12:00:00+08:00')]]],
    [{ [key]: '2025-02-30' }, []],
    [{ 大同镇: '2025-01-20' }, []],
    [{ [key]: 20250120 }, []],
    [['2025-01-20'], []],
    [null, []],
  ])('reads %j', (raw, entries) => {
    expect([...readReceipts(raw)]).toEqual(entries)
  })

  it('writes what it reads', () => {
    expect(receiptsToJson(readReceipts({ [key]: '2025-01-20' }))).toEqual({ [key]: '2025-01-20' })
  })
})

describe('setReceipt', () => {
  it.each([
    ['2025-02-03', true, '2025-02-03'],
    ['', true, undefined],
    [null, true, undefined],
    ['2025-02-31', false, '2025-01-20'],
  ])('sets %j: ok %s, stored %j', (day, ok, stored) => {
    const before = readReceipts({ [key]: '2025-01-20' })
    const next = setReceipt(before, '大同镇', 2024, day)
    expect(next.ok).toBe(ok)
    expect(receiptsToJson(next.receipts)[key]).toBe(stored)
    expect(receiptsToJson(before)[key]).toBe('2025-01-20')
  })
})
