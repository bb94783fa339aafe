import { describe, expect, it } from 'vitest'
import { extractReportAsync } from '@/core/extract/input'
import { looksTraditional, toSimplified } from '@/core/extract/traditional'
import { testRegistry } from '../../helpers/registry'

const registry = testRegistry()

describe('looksTraditional', () => {
  it.each([
    ['a traditional text', '全年開展行政檢查95次，辦理行政處罰案件36件。', true],
    ['a simplified text', '全年开展行政检查95次，办理行政处罚案件36件。', false],
    ['a simplified text with one traditional name', '邀请臺灣來的专家讲座2场。', false],
  ])('tells %s', (_, text, expected) => {
    expect(looksTraditional(text)).toBe(expected)
  })
})

describe('toSimplified', () => {
  it('returns a simplified text as it is, without converting', async () => {
    expect(await toSimplified('开展行政检查95次')).toEqual({ text: '开展行政检查95次', converted: false })
  })

  it('converts only the traditional characters of a simplified text with a few of them', async () => {
    expect(await toSimplified('组织干部職工学习，举办法治講座2次（邀请臺灣专家）')).toEqual({ text: '组织干部职工学习，举办法治讲座2次（邀请台湾专家）', aligned: true, converted: true, mixed: true })
  })

  it('converts a traditional text character for character', async () => {
    expect(await toSimplified('全年開展行政檢查95次，辦理行政處罰案件36件')).toEqual({ text: '全年开展行政检查95次，办理行政处罚案件36件', aligned: true, converted: true })
  })
})

describe('extractReportAsync on traditional text', () => {
  it('reads the figures and keeps offsets and sentences in the original characters', async () => {
    const text = '柳溪鎮2024年度法治政府建設情況報告\n全年開展行政檢查95次，持證上崗率達100%。'
    const r = await extractReportAsync(text, { registry })
    expect(r.values.map(v => [v.indicator, v.value, text.slice(v.start, v.end)])).toEqual([['inspections', 95, '95次'], ['enforcement_cert_rate', 100, '100%']])
    expect(r.values[0]?.evidence).toBe('全年開展行政檢查95次，持證上崗率達100%。')
    expect(r.township).toBe('柳溪镇')
    expect(r.warnings[0]).toContain('繁体')
    expect(r.convertedText).toBeUndefined()
  })
})
