import { describe, expect, it } from 'vitest'
import { checkSections, findHeadings } from '@/core/extract/sections'

const found = (text: string) => Object.fromEntries(checkSections(text).sections.map(s => [s.id, s.found]))

describe('checkSections', () => {
  it('finds all five parts under the usual headings', () => {
    const text = [
      '某镇2024年度法治政府建设情况报告',
      '一、2024年度推进法治政府建设的主要举措和成效', '正文。',
      '二、存在的不足和原因', '正文。',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况', '正文。',
      '四、2025年度推进法治政府建设的主要安排', '正文。',
      '五、其他需要报告的情况', '无。',
    ].join('\n')
    expect(found(text)).toEqual({ measures: true, shortcomings: true, first_responsible: true, next_year: true, other: true })
  })

  it('reports the parts a report leaves out, and the heading taken for each part found', () => {
    const r = checkSections('一、法治政府建设工作情况\n正文。\n二、存在的问题\n正文。\n三、工作建议\n正文。')
    expect(r.sections.map(s => [s.id, s.found, s.heading ?? null])).toEqual([
      ['measures', true, '一、法治政府建设工作情况'], ['shortcomings', true, '二、存在的问题'],
      ['first_responsible', false, null], ['next_year', false, null], ['other', false, null],
    ])
  })

  it('lets one heading serve two parts', () => {
    expect(found('一、主要举措和成效\n二、存在的问题及下一步工作打算\n')).toMatchObject({ shortcomings: true, next_year: true })
  })

  it('does not take the title for a heading', () => {
    expect(found('关于2024年度法治政府建设情况的报告\n正文没有标题。')).toMatchObject({ measures: false })
  })

  it('marks the text under a next-year heading as plans, up to the next heading of its level', () => {
    const text = '一、主要举措和成效\n检查30次。\n二、下一步工作打算\n（一）检查40次。\n三、其他需要报告的情况\n无。'
    const [range] = checkSections(text).planRanges
    expect(text.slice(range?.start, range?.end)).toBe('二、下一步工作打算\n（一）检查40次。\n')
  })

  it('reads heading levels from their markers', () => {
    expect(findHeadings('一、甲\n（一）乙\n1.丙\n').map(h => [h.text, h.level])).toEqual([['一、甲', 1], ['（一）乙', 2], ['1.丙', 3]])
  })
})
