import { describe, expect, it } from 'vitest'
import { formatExportDate, frameText, type ExportFrameLabels } from '@/charts/exportFrame'
import { screenTheme } from '@/charts/theme'

const labels: ExportFrameLabels = { unit: '单位', year: '年度', normalization: '口径', source: '数据来源', exported: '导出于' }

describe('dates in the export frame', () => {
  it.each([
    // 16:30 UTC is half past midnight of the next day in the county.
    ['2025-02-02T16:30:00Z', '2025-02-03 00:30'],
    ['2024-12-31T23:59:00+08:00', '2024-12-31 23:59'],
  ])('writes %s as the county\'s %s', (iso, text) => {
    expect(formatExportDate(new Date(iso))).toBe(text)
  })

  it.each([
    ['数据截至 2025-01-20', '数据截至 2025-01-20 · 导出于 2025-02-03 00:30'],
    [undefined, '导出于 2025-02-03 00:30'],
  ])('puts %j before the export date', (dataAsOf, footer) => {
    const text = frameText({ title: '标题' }, { labels: { ...labels, dataAsOf }, date: new Date('2025-02-02T16:30:00Z'), width: 1600, theme: screenTheme })
    expect(text.footer.join(' · ')).toBe(footer)
  })
})
