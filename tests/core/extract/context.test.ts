import { describe, expect, it } from 'vitest'
import { attributeYear, partialPeriod, partialScope, readYear } from '@/core/extract/context'
import { chinese } from '@/core/messages/chinese'
import type { Message } from '@/core/messages/render'

describe('attributeYear', () => {
  it.each([
    ['', 2024, { kind: 'year', year: 2024 }],
    ['2023年，我镇应诉行政案件', 2024, { kind: 'year', year: 2023 }],
    ['2023年应诉5件，今年以来共受理', 2024, { kind: 'year', year: 2024 }],
    ['去年共办理', 2024, { kind: 'year', year: 2023 }],
    ['共受理3件（含2023年结转', 2024, { kind: 'year', year: 2024 }],
    ['上年结转', 2024, { kind: 'year', year: 2024 }],
    ['二〇二三年共办理', 2024, { kind: 'year', year: 2023 }],
    ['2021年以来累计办理', 2024, { kind: 'multi-year' }],
    ['近三年共办理', 2024, { kind: 'multi-year' }],
    ['2022—2024年共办理', 2024, { kind: 'multi-year' }],
    ['2024年以来共办理', 2024, { kind: 'year', year: 2024 }],
    ['2023年共办理', null, { kind: 'year', year: 2023 }],
    ['2022年全年共办理', 2024, { kind: 'year', year: 2022 }],
    ['今年全年共办理', 2024, { kind: 'year', year: 2024 }],
    ['上年度结转', 2024, { kind: 'year', year: 2024 }],
    ['2023年度结转', 2024, { kind: 'year', year: 2024 }],
    ['检查次数由上年的', 2024, { kind: 'year', year: 2023 }],
    ['检查次数由上年的90次增至120次，办理', 2024, { kind: 'year', year: 2024 }],
  ])('reads "%s" (report year %s)', (before, reportYear, expected) => {
    expect(attributeYear(before, reportYear)).toEqual(expected)
  })

  it('reads written years', () => {
    expect([readYear('2024'), readYear('二〇二四'), readYear('1850')]).toEqual([2024, 2024, null])
  })
})

describe('partialPeriod and partialScope', () => {
  const zh = (m: Message | null) => (m ? chinese(m) : null)
  it.each([
    ['截至11月底，共开展', '截至11月底'],
    ['1-10月，共受理', '1-10'],
    ['前三季度共办理', '前三季度'],
    ['上半年开展', '上半年'],
    ['截至12月20日', '截至12月20日'],
  ])('notes part of the year in "%s"', (before, quoted) => {
    const note = partialPeriod(before)
    expect(note?.code).toBe('note-part-year')
    expect(note && chinese(note)).toContain(quoted)
  })

  it.each(['截至12月底，共开展', '全年共开展', '2024年1月至12月'])('takes "%s" for the whole year', (before) => {
    expect(partialPeriod(before)).toBeNull()
  })

  it('notes a campaign anywhere in the sentence and a procedure only in the clause', () => {
    expect(zh(partialScope('在专项整治行动中，开展检查', '开展检查'))).toContain('专项整治')
    expect(partialScope('办理案件53件，简易程序处罚案件31件，罚没款', '罚没款')).toBeNull()
    expect(zh(partialScope('普通程序90件，罚没款', '罚没款'))).toContain('普通程序')
    expect(zh(partialScope('其中简易程序31件，罚没款', '罚没款'))).toContain('简易程序')
    expect(partialScope('共80件（其中简易程序50件），罚没款', '罚没款')).toBeNull()
    expect(zh(partialScope('其中简易程序', '其中简易程序'))).toContain('简易程序')
  })
})
