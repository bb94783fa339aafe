import { describe, expect, it } from 'vitest'
import { scoreItem, type SchemeItem } from '@/core/assessment'
import type { Figure } from '@/core/assessment/rules'
import { registry } from '../../helpers/ingest'

const fig = (value: number | null, extra: Partial<Figure> = {}): Figure => ({ value, approx: false, evidence: [{ indicator: 'x', file: 'a.csv', row: 3 }], ...extra })
const ctx = (item: SchemeItem, value: number | null, extra: Partial<Figure> = {}) => {
  const indicator = item.rule.type === 'manual' ? undefined : registry.byId.get(item.rule.indicator)
  return { indicator, figure: fig(value, extra), township: '甲镇' }
}

const cert: SchemeItem = { id: 'cert', group: 'g', label: '持证率', max: 10, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }, { atLeast: 95, points: 8 }, { atLeast: 90, points: 5 }] } }
const lowIsGood: SchemeItem = { id: 'corr', group: 'g', label: '纠错率', max: 4, rule: { type: 'threshold', indicator: 'reconsideration_correction_rate', levels: [{ atMost: 0, points: 4 }, { atMost: 10, points: 2 }] } }
const lost: SchemeItem = { id: 'lost', group: 'g', label: '败诉', max: 6, rule: { type: 'per-occurrence', indicator: 'litigation_lost', deduct: 2, cap: 6 } }
const lostCapLow: SchemeItem = { id: 'lost', group: 'g', label: '败诉', max: 6, rule: { type: 'per-occurrence', indicator: 'litigation_lost', deduct: 2, cap: 4 } }
const model: SchemeItem = { id: 'model', group: 'g', label: '示范', max: 3, bonus: true, rule: { type: 'per-occurrence', indicator: 'democracy_law_villages', add: 1, cap: 3 } }
const appear: SchemeItem = { id: 'appear', group: 'g', label: '出庭率', max: 4, rule: { type: 'linear', indicator: 'head_appearance_rate', from: 80, to: 100 } }
const gate: SchemeItem = { id: 'veto', label: '未按时报送', max: 0, rule: { type: 'gate', indicator: 'annual_report_submitted_on_time', equals: 0, grade: '不合格' } }

describe('scoreItem', () => {
  it.each([
    [100, 10], [99.9, 8], [95, 8], [94.99, 5], [90, 5], [89.9, 0], [0, 0],
  ])('threshold: 持证率 %f gives %f points (first level met)', (v, points) => {
    expect(scoreItem(cert, ctx(cert, v)).points).toBe(points)
  })
  it.each([[0, 4], [5, 2], [10, 2], [10.1, 0]])('threshold with atMost (lower is better): %f gives %f', (v, points) => {
    expect(scoreItem(lowIsGood, ctx(lowIsGood, v)).points).toBe(points)
  })
  it('says which level was met, in Chinese', () => {
    expect(scoreItem(cert, ctx(cert, 93.1)).reason).toBe('行政执法人员持证率 93.1%，达 90% 档，得 5 分')
  })
  it.each([[0, 6], [1, 4], [2, 2], [3, 0], [5, 0]])('per-occurrence: %i lost lawsuits give %i of 6 (deduct 2, cap 6)', (v, points) => {
    expect(scoreItem(lost, ctx(lost, v)).points).toBe(points)
  })
  it('per-occurrence: the cap limits the deduction below max', () => {
    const s = scoreItem(lostCapLow, ctx(lostCapLow, 5))
    expect([s.points, s.lost]).toEqual([2, 4])
    expect(s.reason).toMatch(/封顶 4 分/)
  })
  it.each([[0, 0], [2, 2], [3, 3], [7, 3]])('bonus per-occurrence with add: %i villages add %i (cap 3), nothing counted as lost', (v, points) => {
    const s = scoreItem(model, ctx(model, v))
    expect([s.points, s.lost, s.bonus]).toEqual([points, 0, true])
  })
  it.each([[70, 0], [80, 0], [90, 2], [95, 3], [100, 4], [120, 4]])('linear: 出庭率 %f gives %f of 4 (80 → 100)', (v, points) => {
    expect(scoreItem(appear, ctx(appear, v)).points).toBe(points)
  })
  it.each([[0, 'gate'], [1, 'scored']] as const)('gate: value %i gives status %s', (v, status) => {
    const s = scoreItem(gate, ctx(gate, v))
    expect([s.status, s.points]).toEqual([status, 0])
  })
  it.each([cert, lost, appear, model])('a missing figure scores 0 with status missing, never a guess ($id)', (item) => {
    const s = scoreItem(item, { ...ctx(item, null), figure: null })
    expect([s.points, s.status, s.value]).toEqual([0, 'missing', null])
    expect(s.reason).toMatch(/缺数/)
  })
  it('a figure with an error-level data issue is held: 0 points, status missing, with the reason', () => {
    const s = scoreItem(cert, ctx(cert, 100, { held: '持证人数大于执法人员数' }))
    expect([s.points, s.status]).toEqual([0, 'missing'])
    expect(s.reason).toMatch(/待核实（持证人数大于执法人员数）/)
  })
  it.each([[appear, 4], [model, 0], [gate, 0]])('a not-applicable figure (zero denominator) gives full points to base items only ($id)', (item, points) => {
    const s = scoreItem(item, ctx(item, null, { notApplicable: true }))
    expect([s.points, s.status]).toEqual([points, 'scored'])
  })
  it('marks an approximate figure as such in the reason', () => {
    expect(scoreItem(lost, ctx(lost, 1, { approx: true })).reason).toMatch(/约1件/)
  })
  it('keeps the figure\'s evidence with the score', () => {
    expect(scoreItem(cert, ctx(cert, 100)).evidence).toEqual([{ indicator: 'x', file: 'a.csv', row: 3 }])
  })
  it.each([
    [undefined, 0, 'pending'],
    [{ township: '甲镇', item: 'r', year: 2024, points: 8.5, reason: '报告完整' }, 8.5, 'scored'],
  ] as const)('manual: entry %o gives %f points with status %s', (manual, points, status) => {
    const item: SchemeItem = { id: 'r', group: 'g', label: '评议', max: 10, rule: { type: 'manual' } }
    const s = scoreItem(item, { indicator: undefined, figure: null, township: '甲镇', manual })
    expect([s.points, s.status]).toEqual([points, status])
  })
})
