import { describe, expect, it } from 'vitest'
import { OUTCOME_PARTS, outcomeBreakdown } from '@/core/analysis'
import { sub } from './testData'

describe('outcomeBreakdown', () => {
  it.each([
    ['reconsideration', ['upheld', 'rejected', 'corrected', 'settled', 'terminated', 'pending'], ['维持', '驳回', '纠错', '调解/和解', '撤回/终止', '未审结']],
    ['litigation', ['won', 'lost', 'withdrawn', 'pending'], ['胜诉', '败诉', '撤诉', '未审结']],
  ] as const)('splits %s into its parts', (kind, keys, labels) => {
    expect(OUTCOME_PARTS[kind].map(p => p.key)).toEqual(keys)
    expect(OUTCOME_PARTS[kind].map(p => p.label_zh)).toEqual(labels)
  })

  it('reads the parts of each township for the year, keeps missing parts null and sums the rest', () => {
    const subs = [
      sub('乙镇', 2024, { litigation_won: 3, litigation_lost: 1, litigation_withdrawn: null }),
      sub('甲镇', 2024, {}),
      sub('乙镇', 2023, { litigation_won: 9 }),
    ]
    const result = outcomeBreakdown(subs, 2024, 'litigation')
    expect(result.rows).toEqual([
      { township: '甲镇', values: { won: null, lost: null, withdrawn: null, pending: null }, total: null },
      { township: '乙镇', values: { won: 3, lost: 1, withdrawn: null, pending: null }, total: 4 },
    ])
  })

  it('maps reconsideration parts to their registry indicators', () => {
    const result = outcomeBreakdown([sub('甲镇', 2024, { reconsideration_upheld: 2, reconsideration_corrected: 1, reconsideration_pending: 0 })], 2024, 'reconsideration')
    expect(result.rows[0]?.values).toMatchObject({ upheld: 2, corrected: 1, pending: 0, rejected: null })
    expect(result.rows[0]?.total).toBe(3)
  })
})
