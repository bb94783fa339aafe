import { describe, expect, it } from 'vitest'
import { countyFigure, countyKpis, submissionStatus } from '@/core/analysis'
import type { Submission, Township } from '@/core/types'
import { registry } from '../../helpers/ingest'

const sub = (township: string, values: Submission['values'], year = 2024): Submission =>
  ({ township, code: null, year, values, approx: [], derived: [], source: { file: 'a.csv', row: 2 } })
const ind = (id: string) => registry.byId.get(id)!

describe('countyFigure', () => {
  it('sums counts and ignores missing values (never as zero)', () => {
    expect(countyFigure([sub('甲镇', { inspections: 10 }), sub('乙镇', { inspections: null }), sub('丙镇', { inspections: 5 })], ind('inspections'), 2024))
      .toEqual({ value: 15, basis: 'total', reported: 2 })
  })

  it('pools a rate over the townships’ counts instead of averaging their rates', () => {
    const subs = [
      sub('大镇', { enforcement_certified: 90, enforcement_staff: 100, enforcement_cert_rate: 90 }),
      sub('小乡', { enforcement_certified: 1, enforcement_staff: 2, enforcement_cert_rate: 50 }),
    ]
    expect(countyFigure(subs, ind('enforcement_cert_rate'), 2024)).toEqual({ value: 89.22, basis: 'pooled', reported: 2 })
  })

  it('falls back to the mean of reported rates when no township reported the counts', () => {
    expect(countyFigure([sub('甲镇', { enforcement_cert_rate: 90 }), sub('乙镇', { enforcement_cert_rate: 100 })], ind('enforcement_cert_rate'), 2024))
      .toEqual({ value: 95, basis: 'mean', reported: 2 })
  })

  it('is null when nobody reported', () => {
    expect(countyFigure([sub('甲镇', {})], ind('inspections'), 2024).value).toBeNull()
  })
})

describe('countyKpis', () => {
  it('gives counts their change in units and percent, rates theirs in percentage points', () => {
    const subs = [sub('甲镇', { inspections: 120, enforcement_cert_rate: 95 }), sub('甲镇', { inspections: 100, enforcement_cert_rate: 90 }, 2023)]
    const [count, rate] = countyKpis(subs, registry, 2024, ['inspections', 'enforcement_cert_rate', 'no_such_id'])
    expect(count?.change).toEqual({ type: 'change', abs: 20, pct: 20 })
    expect(rate?.change).toEqual({ type: 'points', pp: 5 })
  })
})

describe('submissionStatus', () => {
  const list: Township[] = [
    { code: '1', name: '甲镇', kind: '镇', population: 1, area_km2: 1, aliases: [] },
    { code: '2', name: '乙乡', kind: '乡', population: 1, area_km2: 1, aliases: [] },
  ]
  it('names received, missing and unlisted townships', () => {
    expect(submissionStatus([sub('甲镇', {}), sub('外镇', {}), sub('乙乡', {}, 2023)], list, 2024))
      .toEqual({ received: ['甲镇'], missing: ['乙乡'], unlisted: ['外镇'], expected: 2 })
  })
})
