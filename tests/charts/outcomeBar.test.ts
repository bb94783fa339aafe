import { describe, expect, it } from 'vitest'
import { outcomeBarOption, type OutcomeBarInput } from '@/charts/outcomeBar'
import { screenTheme } from '@/charts/theme'
import { HOSTILE, part, seriesOf, tooltipFormatter } from './optionParts'

const labels = { missing: '未报送', noData: '暂无数据', total: '合计', unit: '件', percentAxis: '占比（%）' }

function input(over: Partial<OutcomeBarInput> = {}): OutcomeBarInput {
  return {
    rows: [
      { township: '甲镇', values: { won: 3, lost: 1, pending: null } },
      { township: '乙镇', values: { won: null, lost: null, pending: null } },
    ],
    parts: [{ key: 'won', label: '胜诉', tone: 'better' }, { key: 'lost', label: '败诉', tone: 'worse' }, { key: 'pending', label: '未审结', tone: 'pending' }],
    mode: 'absolute', labels, ...over,
  }
}

describe('outcomeBarOption', () => {
  it('stacks one horizontal bar series per part, missing parts null', () => {
    const bars = seriesOf(outcomeBarOption(input(), screenTheme)).filter(s => s.type === 'bar')
    expect(bars.map(s => [s.name, s.stack, s.data])).toEqual([['胜诉', 'outcome', [3, null]], ['败诉', 'outcome', [1, null]], ['未审结', 'outcome', [null, null]]])
  })

  it('shows each part as a share of the reported parts in percent mode', () => {
    const option = outcomeBarOption(input({ mode: 'percent' }), screenTheme)
    expect(seriesOf(option).slice(0, 2).map(s => s.data)).toEqual([[75, null], [25, null]])
    expect(part(option, 'xAxis')).toMatchObject({ max: 100, name: '占比（%）' })
  })

  it('colours parts by tone', () => {
    const colors = seriesOf(outcomeBarOption(input(), screenTheme)).slice(0, 3).map(s => s.itemStyle.color)
    expect(colors).toEqual([screenTheme.colors.better, screenTheme.colors.worse, screenTheme.colors.missing])
  })

  it('labels a township with no part reported 未报送', () => {
    const missing = seriesOf(outcomeBarOption(input(), screenTheme)).find(s => s.type === 'scatter')
    expect(missing.data).toEqual([{ value: [0, '乙镇'], label: { formatter: '未报送' } }])
  })

  it('escapes a hostile name in the tooltip and gives counts with shares', () => {
    const option = outcomeBarOption(input({ rows: [{ township: HOSTILE, values: { won: 3, lost: 1, pending: null } }] }), screenTheme)
    const html = tooltipFormatter(option)({ seriesIndex: 0, dataIndex: 0 })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
    expect(html).toContain('胜诉：3 件（75%）')
    expect(html).toContain('未审结：未报送')
  })

  it('shows the no-data text for no rows', () => {
    expect(part(outcomeBarOption(input({ rows: [] }), screenTheme), 'title').text).toBe('暂无数据')
  })
})
