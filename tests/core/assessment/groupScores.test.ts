import { describe, expect, it } from 'vitest'
import { assess, groupAverages, groupMaxima, groupScoreCells, type SchemeItem } from '@/core/assessment'
import { registry } from '../../helpers/ingest'
import { scheme, sub, township } from './fixtures'

const cert: SchemeItem = { id: 'cert', group: 'g', label: '持证率', max: 10, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }, { atLeast: 90, points: 5 }] } }
const lost: SchemeItem = { id: 'lost', group: 'h', label: '败诉', max: 6, rule: { type: 'per-occurrence', indicator: 'litigation_lost', deduct: 2, cap: 6 } }
const bonus: SchemeItem = { id: 'bonus', group: 'g', label: '加分', max: 3, bonus: true, rule: { type: 'per-occurrence', indicator: 'democracy_law_villages', add: 1, cap: 3 } }
const bonusOnly: SchemeItem = { ...bonus, id: 'b2', group: 'k' }
const veto: SchemeItem = { id: 'veto', group: 'h', label: '否决', max: 0, rule: { type: 'gate', indicator: 'annual_report_submitted_on_time', equals: 0, grade: '不合格' } }
const s = scheme([cert, lost, bonus, bonusOnly, veto], { groups: [{ id: 'g', label: '执法' }, { id: 'h', label: '诉讼' }, { id: 'k', label: '创建' }, { id: 'e', label: '空组' }] })

function result(subs: ReturnType<typeof sub>[]) {
  return assess({ scheme: s, registry, townships: ['甲镇', '乙镇', '丙镇'].map(n => township(n)), submissions: subs, manual: [] }, 2024)
}

describe('group scores', () => {
  it('gives each group its non-bonus points as max; a bonus-only group its caps; an empty group 0', () => {
    expect(groupMaxima(s)).toEqual({ g: 10, h: 6, k: 3, e: 0 })
  })

  it.each([
    ['full marks', { enforcement_cert_rate: 100, litigation_lost: 0 }, { g: [10, 100], h: [6, 100] }],
    ['a threshold level and a deduction', { enforcement_cert_rate: 92, litigation_lost: 1 }, { g: [5, 50], h: [4, 66.67] }],
    ['bonus points above the max, capped at 100 %', { enforcement_cert_rate: 100, litigation_lost: 0, democracy_law_villages: 2 }, { g: [12, 100], h: [6, 100] }],
    ['missing figures score 0', {}, { g: [0, 0], h: [0, 0] }],
  ])('reads points/max and the share for %s', (_name, values, want) => {
    const cells = groupScoreCells(result([sub('甲镇', values)]).townships, s).filter(c => c.township === '甲镇')
    for (const [group, [points, share]] of Object.entries(want)) expect(cells.find(c => c.group === group)).toMatchObject({ points, share })
  })

  it('leaves the cells of a township that sent nothing (and of a group without points) grey', () => {
    const cells = groupScoreCells(result([sub('甲镇', { enforcement_cert_rate: 100 })]).townships, s)
    expect(cells.filter(c => c.township === '乙镇').map(c => c.share)).toEqual([null, null, null, null])
    expect(cells.find(c => c.township === '甲镇' && c.group === 'e')?.share).toBeNull()
  })

  it.each([
    ['not yet entered: grey, 待评议', [], null, true],
    ['entered: coloured', [{ township: '甲镇', item: 'review', year: 2024, points: 8, reason: '好' }], 80, false],
  ])('treats a group of manual items %s', (_name, manual, share, pending) => {
    const review: SchemeItem = { id: 'review', group: 'm', label: '评议', max: 10, rule: { type: 'manual' } }
    const ms = scheme([review, cert], { groups: [{ id: 'm', label: '评议' }, { id: 'g', label: '执法' }] })
    const r = assess({ scheme: ms, registry, townships: [township('甲镇')], submissions: [sub('甲镇', { enforcement_cert_rate: 100 })], manual }, 2024)
    expect(groupScoreCells(r.townships, ms)[0]).toMatchObject({ group: 'm', share, pending })
  })

  it('orders cells as the rows, then the groups', () => {
    const r = result([sub('乙镇', { enforcement_cert_rate: 100 }), sub('甲镇', { enforcement_cert_rate: 90 })])
    expect(groupScoreCells(r.townships, s).map(c => `${c.township}${c.group}`).slice(0, 5)).toEqual(['乙镇g', '乙镇h', '乙镇k', '乙镇e', '甲镇g'])
  })

  it('averages each group over those who submitted, weakest first', () => {
    const r = result([sub('甲镇', { enforcement_cert_rate: 100, litigation_lost: 3 }), sub('乙镇', { enforcement_cert_rate: 90, litigation_lost: 0 })])
    expect(groupAverages(r.townships, s).map(g => [g.group, g.share])).toEqual([['k', 0], ['h', 50], ['g', 75], ['e', null]])
  })
})
