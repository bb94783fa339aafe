import { describe, expect, it } from 'vitest'
import { scoreGroupsHeight, scoreGroupsOption, type ScoreGroupsInput } from '@/charts/scoreGroups'
import { projectorTheme, screenTheme } from '@/charts/theme'
import { HOSTILE, part, seriesOf, tooltipFormatter } from './optionParts'

const labels = { share: '得分率', points: '得分', notSubmitted: '未报送', pending: '待评议', noData: '暂无数据', worse: '低', better: '高' }
const input = (over: Partial<ScoreGroupsInput> = {}): ScoreGroupsInput => ({
  townships: ['甲镇', '乙镇'],
  groups: [{ id: 'g', label: '执法' }, { id: 'h', label: '诉讼' }],
  cells: [
    { township: '甲镇', group: 'g', points: 8, max: 10, share: 80 },
    { township: '甲镇', group: 'h', points: 4.5, max: 6, share: 75 },
    { township: '乙镇', group: 'g', points: 0, max: 10, share: null },
    { township: '乙镇', group: 'h', points: 0, max: 6, share: null },
  ],
  labels, ...over,
})

describe('scoreGroupsOption', () => {
  it('puts townships on rows and groups on columns', () => {
    const option = scoreGroupsOption(input(), screenTheme)
    expect(part(option, 'yAxis').data).toEqual(['甲镇', '乙镇'])
    expect(part(option, 'xAxis').data).toEqual(['执法', '诉讼'])
  })

  it.each([[0, '8/10', 80], [1, '4.5/6', 75]])('writes cell %i as points/max and colours it by share', (i, text, share) => {
    const [coloured] = seriesOf(scoreGroupsOption(input(), screenTheme))
    expect(coloured.data[i].label.formatter).toBe(text)
    expect(coloured.data[i].value[2]).toBe(share)
  })

  it('greys the cells of a township that sent nothing and says 未报送', () => {
    const [, grey] = seriesOf(scoreGroupsOption(input(), screenTheme))
    expect(grey.data.map((d: { label: { formatter: string } }) => d.label.formatter)).toEqual(['未报送', '未报送'])
  })

  it.each([[80, '8/10 待评议'], [null, '待评议']])('says 待评议 of points awaiting review (share %s)', (share, text) => {
    const option = scoreGroupsOption(input({ cells: [{ township: '甲镇', group: 'g', points: 8, max: 10, share, pending: true }] }), screenTheme)
    const cells = seriesOf(option).flatMap(s => s.data)
    expect(cells.find((d: { value: number[] }) => d.value[0] === 0 && d.value[1] === 0).label.formatter).toBe(text)
  })

  it('escapes a hostile township name in the tooltip', () => {
    const option = scoreGroupsOption(input({ townships: [HOSTILE], cells: [{ township: HOSTILE, group: 'g', points: 1, max: 2, share: 50 }] }), screenTheme)
    expect(tooltipFormatter(option)({ seriesIndex: 0, dataIndex: 0 })).not.toContain('<img')
  })

  it('says 暂无数据 without townships', () => {
    expect(part(scoreGroupsOption(input({ townships: [], cells: [] }), screenTheme), 'title').text).toBe('暂无数据')
  })

  it('grows with the rows and the type size', () => {
    expect(scoreGroupsHeight(20, screenTheme)).toBeGreaterThan(scoreGroupsHeight(5, screenTheme))
    expect(scoreGroupsHeight(20, projectorTheme)).toBeGreaterThan(scoreGroupsHeight(20, screenTheme))
  })
})
