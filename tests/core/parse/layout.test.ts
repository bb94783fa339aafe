import { describe, expect, it } from 'vitest'
import { isTotalWord, layoutTable } from '@/core/parse/layout'
import { registry } from '../../helpers/ingest'

const reasons = (grid: string[][]) => layoutTable(grid, registry)?.skipped?.map(s => [s.row, s.reason])

describe('layoutTable: the header block', () => {
  it.each([
    ['a one-row header', [['乡镇', '年度', '行政检查次数'], ['大同镇', '2024', '76']], ['乡镇', '年度', '行政检查次数'], 1],
    ['the header below a title', [['示例县统计表', '', ''], ['乡镇', '年度', '行政检查次数'], ['大同镇', '2024', '76']], ['乡镇', '年度', '行政检查次数'], 2],
    ['the lower row of a two-row header, the upper where the lower is empty',
      [['乡镇', '年度', '行政执法', ''], ['', '', '行政执法人员数', '持行政执法证件人数'], ['大同镇', '2024', '20', '19']],
      ['乡镇', '年度', '行政执法人员数', '持行政执法证件人数'], 2],
    ['group + lower when only that names an indicator (merged group label carried right)',
      [['乡镇', '行政执法', '', '宣传'], ['', '人员数', '罚没金额', '法治宣传活动场次'], ['大同镇', '20', '1', '3']],
      ['乡镇', '行政执法人员数', '罚没金额', '法治宣传活动场次'], 2],
    ['repeated group labels over each column',
      [['乡镇', '行政处罚', '行政处罚'], ['', '案件数', '罚没金额'], ['大同镇', '3', '1']],
      ['乡镇', '行政处罚案件数', '罚没金额'], 2],
    ['units from a units row, but not over a unit the header already names',
      [['乡镇', '罚没金额', '行政检查次数（次）'], ['计量单位', '万元', '次'], ['大同镇', '1.2', '3']],
      ['乡镇', '罚没金额（万元）', '行政检查次数（次）'], 1],
    ['the header under a 填报单位（盖章）：… line, though 填报单位 names a township column',
      [['填报单位（盖章）：某某县司法局', '', '填报日期：2025年1月'], ['乡镇', '年度', '行政检查次数'], ['大同镇', '2024', '76']],
      ['乡镇', '年度', '行政检查次数'], 2],
    ['the header under 填报单位： in a cell of its own',
      [['填报单位：', '某某县司法局', ''], ['单位名称', '年度', '行政检查次数'], ['大同镇', '2024', '76']],
      ['单位名称', '年度', '行政检查次数'], 2],
  ])('reads %s', (_what, grid, headers, headerRow) => {
    const t = layoutTable(grid, registry)
    expect(t?.headers).toEqual(headers)
    expect(t?.headerRow).toBe(headerRow)
    expect(t?.rows.map(r => r.cells[0])).toEqual(['大同镇'])
  })

  it('stops a merged group label at the end of its merged range', () => {
    const grid = [['乡镇', '行政执法', '', ''], ['', '人员数', '持证人数', '人数'], ['大同镇', '20', '19', '3']]
    const merges = [{ s: { r: 0, c: 1 }, e: { r: 0, c: 2 } }]
    expect(layoutTable(grid, registry, merges)?.headers).toEqual(['乡镇', '行政执法人员数', '持证人数', '人数'])
  })

  it.each([
    ['a data row with a blank township', [['乡镇', '行政检查次数'], ['', '76'], ['大同镇', '3']], 2],
    ['a data row of numbers under the header', [['乡镇', '行政检查次数'], ['大同镇', '76']], 1],
  ])('does not take %s for a second header or a units row', (_what, grid, dataRows) => {
    const t = layoutTable(grid, registry)
    expect(t?.headers).toEqual(['乡镇', '行政检查次数'])
    expect(t?.rows).toHaveLength(dataRows)
  })

  it('is null for a blank grid', () => {
    expect(layoutTable([[], ['', '']], registry)).toBeNull()
  })
})

describe('layoutTable: rows that are not submissions', () => {
  it('drops empty trailing columns and lists blank rows, keeping row numbers', () => {
    const t = layoutTable([['乡镇', '年度', '', ''], ['大同镇', '2024', '', ''], ['', '', '', ''], ['青石镇', '2024', '', ''], ['', '', '', '']], registry)
    expect(t?.headers).toEqual(['乡镇', '年度'])
    expect(t?.rows).toEqual([{ row: 2, cells: ['大同镇', '2024'] }, { row: 4, cells: ['青石镇', '2024'] }])
    expect(t?.skipped).toEqual([{ row: 3, reason: 'blank', text: '' }])
  })

  it.each([
    ['合计'], ['合 计'], ['合　　计'], ['小计'], ['总计'], ['全县'], ['全镇'], ['汇总'], ['全县合计'], ['乡镇小计'],
  ])('keeps a %s row out of the data as a total', (word) => {
    const t = layoutTable([['乡镇', '行政检查次数'], ['大同镇', '3'], [word, '3']], registry)
    expect(t?.rows.map(r => r.row)).toEqual([2])
    expect(t?.totals?.map(r => r.row)).toEqual([3])
    expect(t?.skipped).toEqual([{ row: 3, reason: 'total', text: `${word} 3` }])
  })

  // Cells whose first character is a CJK ideograph none of these words starts with are passed over
  // without normalizing them; compatibility forms (NFKC) and leading spaces still take the full test.
  it.each([
    ['⼩计', true], ['\u3000合计', true], [' 总 计 ', true], ['全县：', true], ['乡镇小计', true], ['镇合计', true],
    ['大同镇', false], ['合计镇', false], ['小河乡', false], ['Total', false], ['计合', false], ['　', false],
  ])('reads %j as a total word: %s', (cell, total) => {
    expect(isTotalWord(cell)).toBe(total)
  })

  it('takes a row with 合计 in its 序号 cell for a total', () => {
    expect(reasons([['序号', '乡镇', '行政检查次数'], ['1', '大同镇', '3'], ['合计', '', '3']])).toEqual([[3, 'total']])
  })

  it.each([
    ['填表人：张三 审核人：李四'], ['审核人：李四'], ['负责人：王五'], ['联系电话：0000-1234567'], ['说明：罚没金额以万元计'],
    ['注：本表由司法所填报'], ['注1：…'], ['备注：数据截至年底'], ['填报日期：2025年1月10日'], ['\u3000填表人：张三'],
  ])('lists the footer %s and every line under it as a footer', (footer) => {
    expect(reasons([['乡镇', '行政检查次数'], ['大同镇', '3'], [footer, ''], ['2. 第二条说明', '']])).toEqual([[3, 'footer'], [4, 'footer']])
  })

  it('lists title lines and the units row', () => {
    expect(reasons([['2024年统计表', ''], ['填报单位：某某县司法局', ''], ['乡镇', '罚没金额'], ['', '（万元）'], ['大同镇', '1.2']]))
      .toEqual([[1, 'title'], [2, 'title'], [4, 'units']])
  })

  it('does not take a township named like a footer word inside a longer name for a footer', () => {
    expect(layoutTable([['乡镇', '行政检查次数'], ['注溪镇', '3']], registry)?.rows).toHaveLength(1)
  })
})
