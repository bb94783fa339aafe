import { describe, expect, it } from 'vitest'
import { meetsTarget, rateTargets, targetGap, type RateTarget } from '@/core/analysis'
import type { Scheme, SchemeItem } from '@/core/assessment'
import { DEFAULT_FLAG_RULES, type FlagRules } from '@/core/flagRules'
import { registry } from './testData'

const scheme = (items: SchemeItem[]): Scheme => ({ name: 's', year: 2024, scale: 100, groups: [{ id: 'g', label: 'g' }], items, grades: [{ label: '合格', atLeast: 0 }] })
const cert = (levels: { atLeast?: number, atMost?: number, points: number }[], max = 10): SchemeItem => ({ id: 'cert', group: 'g', label: '持证率', max, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels } })
const none: FlagRules = { version: 1, rules: [] }
const at = (value: number, bound: RateTarget['bound'] = 'atLeast', source: RateTarget['source'] = 'flags'): RateTarget => ({ indicator: 'enforcement_cert_rate', value, bound, source })

describe('rate targets', () => {
  it('takes the county target from the default flag rules (持证率 95 %, 出庭率 100 %), never a count', () => {
    const targets = rateTargets(registry, DEFAULT_FLAG_RULES, null)
    expect(targets.get('enforcement_cert_rate')).toEqual(at(95))
    expect(targets.get('head_appearance_rate')).toMatchObject({ value: 100, bound: 'atLeast' })
    expect(targets.has('litigation_lost')).toBe(false)
  })

  it.each<[string, SchemeItem, RateTarget | undefined]>([
    ['the full-points level of a threshold', cert([{ atLeast: 100, points: 10 }, { atLeast: 95, points: 8 }]), at(100, 'atLeast', 'scheme')],
    ['a lower-is-better threshold', cert([{ atMost: 5, points: 10 }]), at(5, 'atMost', 'scheme')],
    ['no level giving full points', cert([{ atLeast: 95, points: 8 }]), undefined],
    ['the end of a linear rule', { id: 'l', group: 'g', label: 'l', max: 4, rule: { type: 'linear', indicator: 'enforcement_cert_rate', from: 80, to: 98 } }, at(98, 'atLeast', 'scheme')],
    ['a falling linear rule', { id: 'l', group: 'g', label: 'l', max: 4, rule: { type: 'linear', indicator: 'enforcement_cert_rate', from: 20, to: 0 } }, at(0, 'atMost', 'scheme')],
    ['a bonus item (not a target)', { ...cert([{ atLeast: 100, points: 10 }]), bonus: true }, undefined],
    ['a threshold on a count', { id: 'c', group: 'g', label: 'c', max: 2, rule: { type: 'threshold', indicator: 'penalty_cases', levels: [{ atLeast: 1, points: 2 }] } }, undefined],
  ])('reads %s from the scheme', (_name, item, want) => {
    const target = rateTargets(registry, none, scheme([item])).get(item.rule.type === 'manual' ? '' : (item.rule as { indicator: string }).indicator)
    expect(target).toEqual(want)
  })

  it('prefers the flag rules over the scheme, and the strictest number within one source', () => {
    expect(rateTargets(registry, DEFAULT_FLAG_RULES, scheme([cert([{ atLeast: 100, points: 10 }])])).get('enforcement_cert_rate')).toEqual(at(95))
    const two: FlagRules = { version: 1, rules: [90, 97].map(threshold => ({ id: `c${threshold}`, type: 'value', level: 'red', indicator: 'enforcement_cert_rate', op: '<', threshold, message: '' })) }
    expect(rateTargets(registry, two, null).get('enforcement_cert_rate')?.value).toBe(97)
  })

  it.each<[number, RateTarget, boolean, number]>([
    [95, at(95), true, 0], [94.5, at(95), false, 0.5], [100, at(95), true, 0],
    [3, at(5, 'atMost'), true, 0], [7, at(5, 'atMost'), false, 2],
  ])('%f against %j: met %s, gap %f', (value, target, met, gap) => {
    expect(meetsTarget(value, target)).toBe(met)
    expect(targetGap(value, target)).toBe(gap)
  })
})
