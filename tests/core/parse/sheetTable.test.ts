import { describe, expect, it } from 'vitest'
import { sheetTable } from '@/core/parse/sheetTable'
import { registry } from '../../helpers/ingest'

describe('sheetTable: headers', () => {
  it.each([
    ['a one-row header', [['乡镇', '年度', '行政检查次数'], ['大同镇', '2024', '76']], ['乡镇', '年度', '行政检查次数'], 1],
    ['the header below a title', [['示例县统计表', '', ''], ['乡镇', '年度', '行政检查次数'], ['大同镇', '2024', '76']], ['乡镇', '年度', '行政检查次数'], 2],
    ['the lower row of a two-row header, the upper where the lower is empty',
      [['乡镇', '年度', '行政执法', ''], ['', '', '行政执法人员数', '持行政执法证件人数'], ['大同镇', '2024', '20', '19']],
      ['乡镇', '年度', '行政执法人员数', '持行政执法证件人数'], 2],
    ['group + lower when only that names an indicator (merged group label carried right)',
      [['乡镇', '行政执法', '', '宣传'], ['', '人员数', '罚没金额', '法治宣传活动场次'], ['大同镇', '20', '1', '3']],
      ['乡镇', '行政执法人员数', '罚没金额', '法治宣传活动场次'], 2],
    ['units from a units row, but not over a unit the header already names',
      [['乡镇', '罚没金额', '行政检查次数（次）'], ['计量单位', '万元', '次'], ['大同镇', '1.2', '3']],
      ['乡镇', '罚没金额（万元）', '行政检查次数（次）'], 1],
  ])('reads %s', (_what, grid, headers, headerRow) => {
    const t = sheetTable(grid, registry)
    expect(t?.headers).toEqual(headers)
    expect(t?.headerRow).toBe(headerRow)
    expect(t?.rows.map(r => r.cells[0])).toEqual(['大同镇'])
  })

  it.each([
    ['a data row with a blank township', [['乡镇', '行政检查次数'], ['', '76'], ['大同镇', '3']], 2],
    ['a data row of numbers under the header', [['乡镇', '行政检查次数'], ['大同镇', '76']], 1],
  ])('does not take %s for a second header or a units row', (_what, grid, dataRows) => {
    const t = sheetTable(grid, registry)
    expect(t?.headers).toEqual(['乡镇', '行政检查次数'])
    expect(t?.rows).toHaveLength(dataRows)
  })

  it('drops empty trailing columns and blank rows, keeping row numbers', () => {
    const t = sheetTable([['乡镇', '年度', '', ''], ['大同镇', '2024', '', ''], ['', '', '', ''], ['青石镇', '2024', '', '']], registry)
    expect(t?.headers).toEqual(['乡镇', '年度'])
    expect(t?.rows).toEqual([{ row: 2, cells: ['大同镇', '2024'] }, { row: 4, cells: ['青石镇', '2024'] }])
  })

  it('is null for an empty grid', () => {
    expect(sheetTable([[], ['', '']], registry)).toBeNull()
  })
})
