import { describe, expect, it } from 'vitest'
import { assess, bottomOf, buildNotice, commonProblems, rankChangeText, type SchemeItem } from '@/core/assessment'
import { registry } from '../../helpers/ingest'
import { scheme, sub, township } from './fixtures'

const cert: SchemeItem = { id: 'cert', group: 'g', label: '持证率', max: 10, rectify: '组织考证', rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }, { atLeast: 90, points: 5 }] } }
const s = scheme([cert])
const names = ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇']

function result(rates: (number | null)[], year = 2024) {
  const list = names.slice(0, rates.length).map(n => township(n))
  const subs = rates.flatMap((r, i) => (r === null ? [] : [sub(names[i]!, { enforcement_cert_rate: r }, { year })]))
  return assess({ scheme: s, registry, townships: list, submissions: subs, manual: [] }, year)
}

describe('the 通报 figures', () => {
  it('never lists anyone as 末位 when all tie, and says 并列', () => {
    const r = result([100, 100, 100])
    expect(bottomOf(r, 3)).toEqual([])
    expect(buildNotice({ result: r, scheme: s, county: '示例县', late: [], previous: null }).bottomSentence).toMatch(/全部并列/)
  })
  it('lists the bottom totals with ties at the cut, never one with the top score', () => {
    const r = result([100, 90, 50, 50, 100])
    expect(bottomOf(r, 1).map(t => t.township).sort()).toEqual(['丁镇', '丙镇'])
    expect(bottomOf(r, 3).map(t => t.township)).not.toContain('甲镇')
  })
  it('leaves out townships that sent nothing from the 末位 list and names them as not submitted', () => {
    const r = result([100, 90, null])
    const n = buildNotice({ result: r, scheme: s, county: '示例县', late: ['乙镇'], previous: null })
    expect(n.bottom.map(t => t.township)).toEqual(['乙镇'])
    expect(n.notSubmitted).toEqual(['丙镇'])
    expect(n.opening).toMatch(/2 个乡镇（街道）报送了年度数据，1 个未报送（丙镇）；1 个按时报送，1 个逾期（乙镇）/)
  })
  it('gives the average of those who submitted and its change on last year', () => {
    const n = buildNotice({ result: result([100, 90]), scheme: s, county: '示例县', late: [], previous: result([90, 90], 2023) })
    expect([n.average, n.averageChange]).toEqual([75, 25])
    expect(n.opening).toMatch(/平均得分 75 分，较上年提高 25 分/)
  })
  it('counts the most frequent deductions, with the townships and the rectification asked for', () => {
    const [p, ...rest] = commonProblems(result([100, 90, 95]), s)
    expect(rest).toEqual([])
    expect({ ...p, townships: [...p!.townships].sort() }).toEqual({ item: 'cert', label: '持证率', townships: ['丙镇', '乙镇'].sort(), lost: 10, rectify: '组织考证' })
  })
  it('counts grades', () => {
    const n = buildNotice({ result: result([100, 90, 50]), scheme: s, county: '示例县', late: [], previous: null })
    expect(n.gradeCounts.map(g => [g.label, g.count])).toEqual([['优秀', 1], ['良好', 0], ['合格', 0], ['不合格', 2]])
    expect(n.failed.map(t => t.township)).toEqual(['乙镇', '丙镇'])
  })
  it.each([[3, '↑3'], [-2, '↓2'], [0, '持平'], [null, '—']])('writes a rank change of %s as %s', (c, text) => {
    expect(rankChangeText(c)).toBe(text)
  })
})
