import { describe, expect, it } from 'vitest'
import { afterFigure, evaluateFlags, indicatorLevels, mergeReasons, type FlagReason } from '@/core/analysis'
import { DEFAULT_FLAG_RULES } from '@/core/flagRules'
import { registry, sub } from './testData'

const reason = (ruleId: string, indicator: string | null, level: 'red' | 'yellow', message: string, figure?: string): FlagReason => ({
  ruleId, indicator, level, message, ...(figure === undefined ? {} : { figure }),
})

/** How often `figure` occurs in `text`. */
const occurrences = (text: string, figure: string) => text.split(figure).length - 1

describe('one reason per indicator', () => {
  it.each<[string, FlagReason[], [string, string, string][]]>([
    ['a red and a yellow rule on one indicator: red, figure once', [
      reason('below-median', 'rate', 'yellow', '持证率 80%，差于全县中位数 90%', '持证率 80%'),
      reason('target', 'rate', 'red', '持证率 80%，低于县定目标 95%', '持证率 80%'),
    ], [['target', 'red', '持证率 80%，低于县定目标 95%；差于全县中位数 90%']]],
    ['two yellow rules on one indicator', [
      reason('last-year', 'rate', 'yellow', '持证率 80%，较上年下降 5 个百分点', '持证率 80%'),
      reason('below-median', 'rate', 'yellow', '持证率 80%，差于全县中位数 90%', '持证率 80%'),
    ], [['last-year', 'yellow', '持证率 80%，较上年下降 5 个百分点；差于全县中位数 90%']]],
    ['different indicators stay apart, red first', [
      reason('below-median', 'a', 'yellow', '甲率 80%，差于全县中位数 90%', '甲率 80%'),
      reason('lost', 'b', 'red', '行政诉讼败诉 1 件'),
    ], [['lost', 'red', '行政诉讼败诉 1 件'], ['below-median', 'yellow', '甲率 80%，差于全县中位数 90%']]],
    ['reasons without an indicator are never merged', [
      reason('errors', null, 'red', '数据有 1 处错误未更正'),
      reason('warnings', null, 'yellow', '数据有 2 处疑问待核实'),
    ], [['errors', 'red', '数据有 1 处错误未更正'], ['warnings', 'yellow', '数据有 2 处疑问待核实']]],
    ['a message that does not open with the figure is kept whole', [
      reason('a', 'x', 'red', '败诉 1 件'),
      reason('b', 'x', 'yellow', '败诉率 10%，差于全县中位数 5%', '败诉率 10%'),
    ], [['a', 'red', '败诉 1 件；败诉率 10%，差于全县中位数 5%']]],
  ])('%s', (_, reasons, expected) => {
    expect(mergeReasons(reasons).map(r => [r.ruleId, r.level, r.message])).toEqual(expected)
  })

  it.each([
    ['持证率 80%，低于县定目标 95%', '持证率 80%', '低于县定目标 95%'],
    ['Rate 80%, below the county target of 95%', 'Rate 80%', 'below the county target of 95%'],
    ['Rate 80%: hearings held', 'Rate 80%', 'hearings held'],
    ['败诉 1 件', '持证率 80%', '败诉 1 件'],
  ])('takes the figure off %j', (message, figure, rest) => {
    expect(afterFigure(message, figure)).toBe(rest)
  })

  it('never gives one indicator both lights and says its figure once, in Chinese and English (default rules)', () => {
    // 持证率 80 %: under the 95 % target (red), below the median 90 (yellow), 10 points down on last year (yellow).
    const result = evaluateFlags(sub('甲镇', 2024, { enforcement_cert_rate: 80 }), {
      registry, previous: sub('甲镇', 2023, { enforcement_cert_rate: 90 }), countyMedians: { enforcement_cert_rate: 90 },
    }, DEFAULT_FLAG_RULES)
    const onRate = result.reasons.filter(r => r.indicator === 'enforcement_cert_rate')
    expect(onRate).toHaveLength(1)
    const [only] = onRate as [FlagReason]
    expect([only.level, only.ruleId, only.also]).toEqual(['red', 'enforcement-cert-target', ['rate-worse-than-last-year', 'rate-below-median']])
    expect(occurrences(only.message, '80%')).toBe(1)
    expect(only.message).toBe('行政执法人员持证率 80%，低于县定目标 95%；较上年下降 10 个百分点；差于全县中位数 90%')
    expect(occurrences(only.message_en ?? '', '80%')).toBe(1)
    expect(only.message_en).toMatch(/below the county target of 95%; down 10 percentage points on last year; worse than the county median of 90%$/)
    expect(indicatorLevels(result).get('enforcement_cert_rate')).toBe('red')
  })

  it('writes rates with one decimal in reasons', () => {
    const result = evaluateFlags(sub('甲镇', 2024, { enforcement_cert_rate: 94.26 }), { registry }, DEFAULT_FLAG_RULES)
    expect(result.reasons.filter(r => r.indicator === 'enforcement_cert_rate').map(r => r.message)).toEqual(['行政执法人员持证率 94.3%，低于县定目标 95%'])
  })
})
