// The figures behind every chart kind of the catalog, as rows for 下载图表数据 (CSV).
import { describe, expect, it } from 'vitest'
import { chartEntry } from '@/charts/catalog'
import { chartTableRows, type TableRow } from '@/charts/chartTable'
import { emptyOption } from '@/charts/common'
import { screenTheme } from '@/charts/theme'
import { env, views } from './catalog/fixture'

const labels = { category: '项目', name: '名称', axis: '指标' }
const rowsOf = (name: string): TableRow[] => {
  const view = views.find(([n]) => n === name)![1]
  return chartTableRows(chartEntry(view, env())!.build(screenTheme), labels)
}
const row = (rows: TableRow[], first: string) => rows.find(r => r[0] === first)
const col = (rows: TableRow[], head: string) => rows[0]!.findIndex(h => String(h).startsWith(head))

describe('chartTableRows', () => {
  it.each([
    // view, header, data rows, a row, its column, the figure there
    ['ranking', ['项目', '数值（%）'], 45, '第3镇', '数值', 94],
    ['ranking per 10,000 residents', ['项目', '数值（件/万人）'], 45, '第3镇', '数值', 7.6923],
    ['heatmap', ['项目', '行政执法人员持证率（百分位（100 = 最好））'], 45, '第44镇', '行政执法人员持证率', '未报送'],
    ['trend', ['项目', '全县中位数（行政执法人员持证率（%））', '第3镇（行政执法人员持证率（%））'], 2, '2024', '第3镇', 94],
    ['scatter', ['名称', '行政处罚案件数（件/万人）', '行政执法人员数（人）'], 43, '第3镇', '行政执法人员数', 5],
    ['radar', ['指标', '全县中位数', '第3镇'], 10, '行政执法人员持证率', '第3镇', 76.1905],
  ] as const)('%s: header %j, %i rows, %s under %s is %s', (name, head, count, first, column, figure) => {
    const rows = rowsOf(name)
    expect(rows[0]).toEqual(head)
    expect(rows).toHaveLength(count + 1)
    expect(row(rows, first)?.[col(rows, column)]).toBe(figure)
  })

  it('leaves a missing township empty in a ranking and drops the silent 未报送 label layer', () => {
    const rows = rowsOf('ranking')
    expect(row(rows, '第45镇')).toEqual(['第45镇', ''])
    expect(rows[0]).not.toContain('未报送')
  })

  it('writes an outcome chart a column per outcome, shares in percent', () => {
    const rows = rowsOf('outcome')
    expect(rows[0]!.slice(0, 3)).toEqual(['项目', '胜诉（占比（%））', '败诉（占比（%））'])
    // 第3镇: litigation_won 2, litigation_lost 0 → 100 % won.
    expect(row(rows, '第3镇')?.[1]).toBe(100)
  })

  it('gives nothing for an empty chart', () => {
    expect(chartTableRows(emptyOption('暂无数据', screenTheme), labels)).toEqual([])
  })
})
