// Carry-forward of 整改: last year's deductions, vetoes and red flags marked 已整改 / 未整改 / 无法判断 by this year's figures.
import { describe, expect, it } from 'vitest'
import type { FlagCheck, FlagReason, FlagResult } from '@/core/analysis'
import { assess, carryCounts, carryForward, carryForwardAll, type ItemScore, type SchemeItem, type TownshipScore } from '@/core/assessment'
import { registry } from '../../helpers/ingest'
import { scheme, sub, township } from './fixtures'

function item(id: string, points: number, max: number, status: ItemScore['status'] = 'scored'): ItemScore {
  return { item: id, points, max, status, value: null, reason: `${id} ${points}`, text: { code: 'term', params: { indicator: id, value: String(points) } }, evidence: [], bonus: false, lost: status === 'gate' ? 0 : max - points }
}
function scores(items: ItemScore[], submitted = true): TownshipScore {
  return { township: '甲镇', code: null, kind: '镇', total: 0, grade: '', rank: 1, peerRank: 1, rankChange: null, completeness: 1, submitted, groups: {}, items, gates: items.filter(i => i.status === 'gate').map(i => i.item) }
}
function reason(ruleId: string, indicator: string | null, also?: string[]): FlagReason {
  return { ruleId, indicator, level: 'red', message: `${ruleId} 红灯`, ...(also ? { also } : {}) }
}
function flags(reasons: FlagReason[], checks: [string, string | null, FlagCheck['status'], FlagCheck['level']?][]): FlagResult {
  return { level: reasons.length > 0 ? 'red' : 'green', reasons, checks: checks.map(([ruleId, indicator, status, level]) => ({ ruleId, indicator, status, level: level ?? 'red' })) }
}

describe('carryForward of deductions', () => {
  it.each([
    // [case, last year's item, this year's item (null: not in this year's scheme), mark, unknown, trend]
    ['fixed: no points lost this year', item('cert', 5, 10), item('cert', 10, 10), 'fixed', undefined, undefined],
    ['still losing as many points', item('cert', 5, 10), item('cert', 5, 10), 'open', undefined, 'same'],
    ['partly improved: fewer points lost', item('cert', 5, 10), item('cert', 8, 10), 'open', undefined, 'less'],
    ['worse: more points lost', item('cert', 8, 10), item('cert', 0, 10), 'open', undefined, 'more'],
    ['this year\'s figure missing', item('cert', 5, 10), item('cert', 0, 10, 'missing'), 'unknown', 'missing', undefined],
    ['this year\'s review not entered', item('review', 6, 10), item('review', 0, 10, 'pending'), 'unknown', 'pending', undefined],
    ['item absent from this year\'s scheme', item('cert', 5, 10), null, 'unknown', 'not-in-scheme', undefined],
  ] as const)('%s', (_, last, now, mark, unknown, trend) => {
    const c = carryForward(scores([last]), scores(now ? [now] : []), null, null)
    expect(c.hasLastYear).toBe(true)
    expect(c.entries).toHaveLength(1)
    expect(c.entries[0]).toMatchObject({ source: 'item', item: last.item, mark, last, now })
    expect((c.entries[0] as { unknown?: string }).unknown).toBe(unknown)
    expect((c.entries[0] as { trend?: string }).trend).toBe(trend)
  })

  it('lists only last year\'s real deductions: not full marks, bonus, pending or missing items', () => {
    const bonus = { ...item('extra', 1, 2), bonus: true, lost: 0 }
    const last = scores([item('a', 10, 10), bonus, item('b', 0, 10, 'pending'), item('c', 0, 10, 'missing'), item('d', 7, 10)])
    expect(carryForward(last, scores([item('d', 10, 10)]), null, null).entries.map(e => (e.source === 'flag' ? e.rule : e.item))).toEqual(['d'])
  })

  it('marks every item 无法判断 when the township sent nothing this year', () => {
    const c = carryForward(scores([item('a', 5, 10)]), scores([item('a', 0, 10, 'missing')], false), null, null)
    expect(c.entries[0]).toMatchObject({ mark: 'unknown', unknown: 'not-submitted' })
  })

  it('carries a veto (gate) that applied last year: fixed when it no longer applies', () => {
    const last = scores([item('veto', 0, 0, 'gate')])
    expect(carryForward(last, scores([item('veto', 0, 0, 'scored')]), null, null).entries[0]).toMatchObject({ source: 'gate', mark: 'fixed' })
    expect(carryForward(last, scores([item('veto', 0, 0, 'gate')]), null, null).entries[0]).toMatchObject({ source: 'gate', mark: 'open' })
    expect(carryForward(last, scores([item('veto', 0, 0, 'missing')]), null, null).entries[0]).toMatchObject({ source: 'gate', mark: 'unknown', unknown: 'missing' })
  })

  it('says there is no last year when the township had no data then, and lists nothing', () => {
    expect(carryForward(null, scores([item('a', 5, 10)]), null, null)).toEqual({ hasLastYear: false, entries: [] })
    expect(carryForward(scores([item('a', 5, 10)], false), scores([item('a', 5, 10)]), null, null)).toEqual({ hasLastYear: false, entries: [] })
  })

  it('has last year but nothing to carry when nothing lost points and no flag was red', () => {
    expect(carryForward(scores([item('a', 10, 10)]), scores([item('a', 10, 10)]), flags([], [['r', 'x', 'pass']]), null)).toEqual({ hasLastYear: true, entries: [] })
  })
})

describe('carryForward of red flags', () => {
  it.each([
    // [case, this year's checks of the rule, mark, unknown]
    ['fixed: the rule passes', [['lost', 'litigation_lost', 'pass']], 'fixed', undefined],
    ['fixed: the rule no longer applies', [['lost', 'litigation_lost', 'not-applicable']], 'fixed', undefined],
    ['still fires', [['lost', 'litigation_lost', 'hit']], 'open', undefined],
    ['this year\'s figure missing', [['lost', 'litigation_lost', 'no-data']], 'unknown', 'missing'],
    ['the rule is not checked this year', [['other', 'litigation_lost', 'hit']], 'unknown', 'not-in-scheme'],
  ] as const)('%s', (_, checks, mark, unknown) => {
    const lastFlags = flags([reason('lost', 'litigation_lost')], [['lost', 'litigation_lost', 'hit']])
    const stillRed = checks.some(c => c[0] === 'lost' && c[2] === 'hit')
    const now = flags(stillRed ? [reason('lost', 'litigation_lost')] : [], checks.map(c => [...c]))
    const c = carryForward(null, null, lastFlags, now)
    expect(c.hasLastYear).toBe(true)
    expect(c.entries).toEqual([expect.objectContaining({ source: 'flag', rule: 'lost', indicator: 'litigation_lost', mark, ...(unknown ? { unknown } : {}) })])
    if (mark === 'open') expect((c.entries[0] as { now: FlagReason | null }).now?.ruleId).toBe('lost')
  })

  it('carries only red reasons, and a merged reason is open while any of its rules still fires red', () => {
    const yellow: FlagReason = { ruleId: 'worse', indicator: 'x', level: 'yellow', message: '下降' }
    const last = flags([reason('target', 'cert', ['floor']), yellow], [['target', 'cert', 'hit'], ['floor', 'cert', 'hit'], ['worse', 'x', 'hit', 'yellow']])
    const now = flags([reason('floor', 'cert')], [['target', 'cert', 'pass'], ['floor', 'cert', 'hit']])
    const c = carryForward(null, null, last, now)
    expect(c.entries.map(e => [e.source === 'flag' && e.rule, e.mark])).toEqual([['target', 'open']])
  })

  it('is fixed when only a yellow rule merged into it still fires', () => {
    const last = flags([reason('target', 'cert', ['worse'])], [['target', 'cert', 'hit'], ['worse', 'cert', 'hit', 'yellow']])
    const now = flags([{ ruleId: 'worse', indicator: 'cert', level: 'yellow', message: '下降' }], [['target', 'cert', 'pass'], ['worse', 'cert', 'hit', 'yellow']])
    expect(carryForward(null, null, last, now).entries[0]).toMatchObject({ mark: 'fixed' })
  })

  it('marks a flag 无法判断 when the township sent nothing this year', () => {
    const last = flags([reason('errors', null)], [['errors', null, 'hit']])
    expect(carryForward(null, null, last, null).entries[0]).toMatchObject({ mark: 'unknown', unknown: 'not-submitted' })
  })
})

describe('carryForward over a county', () => {
  const cert: SchemeItem = { id: 'cert', group: 'g', label: '持证率', max: 10, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }, { atLeast: 90, points: 5 }] } }
  const list = ['甲镇', '乙镇', '丙镇'].map(n => township(n))
  const subs = [
    sub('甲镇', { enforcement_cert_rate: 92 }, { year: 2023 }), sub('甲镇', { enforcement_cert_rate: 100 }),
    sub('乙镇', { enforcement_cert_rate: 92 }, { year: 2023 }), sub('乙镇', { enforcement_cert_rate: 93 }),
    sub('丙镇', { enforcement_cert_rate: 92 }, { year: 2023 }),
  ]
  const input = { scheme: scheme([cert]), registry, townships: list, submissions: subs, manual: [] }
  it('marks each township from the scores of both years and counts the marks', () => {
    const all = carryForwardAll(assess(input, 2024), assess(input, 2023), new Map(), new Map())
    expect(Object.fromEntries([...all].map(([name, c]) => [name, c.entries.map(e => e.mark)]))).toEqual({ 甲镇: ['fixed'], 乙镇: ['open'], 丙镇: ['unknown'] })
    expect(carryCounts([...all.values()])).toEqual({ fixed: 1, open: 1, unknown: 1 })
  })
  it('has no last year for anyone when last year was not assessed', () => {
    const all = carryForwardAll(assess(input, 2024), null, new Map(), new Map())
    expect([...all.values()].every(c => !c.hasLastYear && c.entries.length === 0)).toBe(true)
  })
})
