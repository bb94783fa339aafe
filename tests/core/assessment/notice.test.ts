import { describe, expect, it } from 'vitest'
import { assess, bottomOf, buildNotice, commonProblems, rankChangeText, rankText, tieSentences, type SchemeItem } from '@/core/assessment'
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
  it.each([
    // [totals, bottomCount, the 末位 listed (worst first), the sentence]
    [[100, 90, 80], 1, ['丙镇'], '得分居后的是丙镇（第 3 名，0 分）。'],
    [[100, 100, 90, 80, 80], 2, ['丁镇', '戊镇'], '得分居后的是丁镇（并列第 4 名，0 分）、戊镇（并列第 4 名，0 分）。'],
    [[100, 100, 90, 80, 80], 1, ['丁镇', '戊镇'], '得分居后的是丁镇（并列第 4 名，0 分）、戊镇（并列第 4 名，0 分）。因得分并列，居后 1 位共列出 2 个。'],
  ])('never splits a tie at the 末位 cut: %j, %i at the bottom', (rates, n, want, sentence) => {
    const r = result(rates)
    const notice = buildNotice({ result: r, scheme: s, county: '示例县', late: [], previous: null, bottomCount: n })
    expect(notice.bottom.map(t => t.township)).toEqual(want)
    expect(notice.bottomSentence).toBe(sentence)
  })
  it('writes a shared rank as 并列第 N and names the ties; says so when all tie', () => {
    const r = result([100, 90, 90, 80])
    expect(r.townships.map(t => rankText(r, t))).toEqual(['1', '并列第 2', '并列第 2', '4'])
    expect(tieSentences(r)).toEqual(['丙镇、乙镇并列第 2 名（50 分）'])
    const all = result([90, 90, 90])
    expect(tieSentences(all)).toEqual([])
    expect(buildNotice({ result: all, scheme: s, county: '示例县', late: [], previous: null }).opening).toMatch(/总分全部并列，均为 50 分/)
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
