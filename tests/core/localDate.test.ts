import { describe, expect, it } from 'vitest'
import { dayToTime, localDate, localDateTime, readDay, zonedTime } from '@/core/localDate'

const at = (iso: string) => new Date(iso).getTime()

describe('localDate', () => {
  it.each([
    // 23:30 UTC on the 31st is already the 1st in the county: the UTC date would be a day early.
    ['2024-12-31T23:30:00Z', 'Asia/Shanghai', '2025-01-01', '2025-01-01 07:30'],
    ['2025-01-01T00:30:00+08:00', 'Asia/Shanghai', '2025-01-01', '2025-01-01 00:30'],
    ['2025-01-01T00:30:00+08:00', 'UTC', '2024-12-31', '2024-12-31 16:30'],
    ['2025-03-09T12:00:00Z', 'America/New_York', '2025-03-09', '2025-03-09 08:00'],
  ])('dates %s in %s as %s (%s)', (iso, zone, day, time) => {
    expect(localDate(at(iso), zone)).toBe(day)
    expect(localDateTime(at(iso), zone)).toBe(time)
  })
})

describe('readDay', () => {
  it.each([
    ['2025-01-20', { year: 2025, month: 1, day: 20 }],
    [' 2024-02-29 ', { year: 2024, month: 2, day: 29 }],
    ['2025-02-29', null], ['2025-13-01', null], ['2025-1-2', null], ['', null], ['昨天', null],
  ])('reads %j as %j', (text, expected) => {
    expect(readDay(text)).toEqual(expected)
  })
})

describe('zonedTime', () => {
  it.each([
    [[2025, 1, 31, 23, 59, 59, 999], 'Asia/Shanghai', '2025-01-31T23:59:59.999+08:00'],
    [[2025, 3, 9, 3, 30, 0, 0], 'America/New_York', '2025-03-09T03:30:00-04:00'],
    [[2025, 7, 1, 0, 0, 0, 0], 'UTC', '2025-07-01T00:00:00Z'],
  ] as const)('finds %j in %s at %s', (p, zone, iso) => {
    expect(zonedTime(p[0], p[1], p[2], p[3], p[4], p[5], p[6], zone)).toBe(at(iso))
  })

  it('puts a typed day at noon in the county, and refuses a non-day', () => {
    expect(dayToTime('2025-01-20')).toBe(at('2025-01-20T12:00:00+08:00'))
    expect(dayToTime('2025-02-30')).toBeNull()
  })
})
