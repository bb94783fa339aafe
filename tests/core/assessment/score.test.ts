import { describe, expect, it } from 'vitest'
import { assess, type SchemeItem } from '@/core/assessment'
import type { Issue, Submission, Township } from '@/core/types'
import { registry } from '../../helpers/ingest'
import { scheme, sub, township } from './fixtures'

const cert: SchemeItem = { id: 'cert', group: 'g', label: '持证率', max: 10, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }, { atLeast: 90, points: 5 }] } }
const lost: SchemeItem = { id: 'lost', group: 'h', label: '败诉', max: 10, rule: { type: 'per-occurrence', indicator: 'litigation_lost', deduct: 5, cap: 10 } }
const review: SchemeItem = { id: 'review', group: 'h', label: '评议', max: 20, rule: { type: 'manual' } }
const bonus: SchemeItem = { id: 'bonus', group: 'g', label: '加分', max: 3, bonus: true, rule: { type: 'per-occurrence', indicator: 'democracy_law_villages', add: 1, cap: 3 } }
const disclose: SchemeItem = { id: 'disclose', group: 'g', label: '公开', max: 5, rule: { type: 'rank', indicator: 'disclosures', points: [5, 4, 3], rest: 1 } }
const veto: SchemeItem = { id: 'veto', label: '否决', max: 0, rule: { type: 'gate', indicator: 'annual_report_submitted_on_time', equals: 0, grade: '不合格' } }
const noBest: SchemeItem = { id: 'cap', label: '不得评优', max: 0, rule: { type: 'gate', indicator: 'reconsideration_corrected', atLeast: 1, maxGrade: '良好' } }

function run(items: SchemeItem[], list: Township[], subs: Submission[], opts: { manual?: { township: string, item: string, points: number, year?: number }[], issues?: Issue[], gradesByKind?: Record<string, { label: string, atLeast: number }[]> } = {}) {
  const s = scheme(items, opts.gradesByKind ? { gradesByKind: opts.gradesByKind } : {})
  const manual = (opts.manual ?? []).map(m => ({ year: 2024, reason: '评议', ...m }))
  return assess({ scheme: s, registry, townships: list, submissions: subs, manual, issues: opts.issues }, 2024)
}
const byName = (r: ReturnType<typeof run>, name: string) => r.townships.find(t => t.township === name)!

describe('assess', () => {
  it('rescales the non-bonus points to the scale and adds bonus points on top', () => {
    // cert 5 of 10 + lost 10 of 10 = 15 of 20 → 75; bonus 2 → 77
    const r = run([cert, lost, bonus], [township('甲镇')], [sub('甲镇', { enforcement_cert_rate: 92, litigation_lost: 0, democracy_law_villages: 2 })])
    expect(byName(r, '甲镇').total).toBe(77)
    expect(byName(r, '甲镇').groups).toEqual({ g: 7, h: 10 })
  })
  it('rounds totals to 2 decimals', () => {
    const third: SchemeItem = { ...cert, id: 'c3', max: 3, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 90, points: 1 }] } }
    expect(byName(run([third], [township('甲镇')], [sub('甲镇', { enforcement_cert_rate: 95 })]), '甲镇').total).toBe(33.33)
  })
  it('counts manual points, and a manual item not yet entered as 0 and pending', () => {
    const r = run([cert, review], [township('甲镇'), township('乙镇')], [sub('甲镇', { enforcement_cert_rate: 100 }), sub('乙镇', { enforcement_cert_rate: 100 })], { manual: [{ township: '甲镇', item: 'review', points: 14 }] })
    expect(byName(r, '甲镇').total).toBe(80)
    expect(byName(r, '乙镇').items.find(i => i.item === 'review')?.status).toBe('pending')
    expect(byName(r, '乙镇').total).toBe(33.33)
  })
  it.each([['街道', 91, '良好'], ['镇', 91, '优秀']] as const)('grades a %s with %f points as %s (cut-offs per kind)', (kind, rate, grade) => {
    const item: SchemeItem = { ...cert, rule: { type: 'linear', indicator: 'enforcement_cert_rate', from: 0, to: 100 } }
    const streets = [{ label: '优秀', atLeast: 92 }, { label: '良好', atLeast: 82 }, { label: '合格', atLeast: 60 }, { label: '不合格', atLeast: 0 }]
    const r = run([item], [township('甲', kind)], [sub('甲', { enforcement_cert_rate: rate })], { gradesByKind: { 街道: streets } })
    expect(byName(r, '甲').grade).toBe(grade)
  })
  it('一票否决 sets the grade whatever the score; a missing gate figure vetoes nothing', () => {
    const r = run([cert, veto], [township('甲镇'), township('乙镇')], [sub('甲镇', { enforcement_cert_rate: 100, annual_report_submitted_on_time: 0 }), sub('乙镇', { enforcement_cert_rate: 100 })])
    expect([byName(r, '甲镇').total, byName(r, '甲镇').grade, byName(r, '甲镇').gates]).toEqual([100, '不合格', ['veto']])
    expect(byName(r, '乙镇').grade).toBe('优秀')
    expect(byName(r, '乙镇').completeness).toBe(0.5)
  })
  it('不得评优 caps the grade but leaves a lower one alone', () => {
    const r = run([cert, lost, noBest], [township('甲镇'), township('乙镇')], [sub('甲镇', { enforcement_cert_rate: 100, litigation_lost: 0, reconsideration_corrected: 1 }), sub('乙镇', { enforcement_cert_rate: 90, litigation_lost: 2, reconsideration_corrected: 2 })])
    expect([byName(r, '甲镇').total, byName(r, '甲镇').grade]).toEqual([100, '良好'])
    expect([byName(r, '乙镇').total, byName(r, '乙镇').grade]).toEqual([25, '不合格'])
  })
  it('ranks totals with ties (1, 2, 2, 4), sorted by rank', () => {
    const list = ['甲镇', '乙镇', '丙镇', '丁镇'].map(n => township(n))
    const rates = { 甲镇: 90, 乙镇: 100, 丙镇: 90, 丁镇: 80 }
    const r = run([cert], list, list.map(t => sub(t.name, { enforcement_cert_rate: rates[t.name as keyof typeof rates] })))
    expect(r.townships.map(t => [t.township, t.rank])).toEqual([['乙镇', 1], ['丙镇', 2], ['甲镇', 2], ['丁镇', 4]])
  })
  it('rank rule: competition rank among those with the figure, in the registry direction; no figure scores 0 as missing', () => {
    const list = ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇'].map(n => township(n))
    const values: Record<string, number | null> = { 甲镇: 300, 乙镇: 300, 丙镇: 100, 丁镇: 50, 戊镇: null }
    const r = run([disclose], list, list.map(t => sub(t.name, { disclosures: values[t.name]! })))
    expect(list.map(t => byName(r, t.name).items[0]!.points)).toEqual([5, 5, 3, 1, 0])
    expect(byName(r, '戊镇').items[0]!.status).toBe('missing')
  })
  it('ranks peers within their kind (街道 / 镇 / 乡)', () => {
    const list = [township('城关街道', '街道'), township('甲镇'), township('乙乡', '乡'), township('丙镇')]
    const rates: Record<string, number> = { 城关街道: 100, 甲镇: 90, 乙乡: 80, 丙镇: 100 }
    const r = run([cert], list, list.map(t => sub(t.name, { enforcement_cert_rate: rates[t.name]! })))
    expect(['城关街道', '甲镇', '乙乡', '丙镇'].map(n => byName(r, n).peerRank)).toEqual([1, 2, 1, 1])
  })
  it('gives the rank change on last year (positive = up), null without last year\'s data', () => {
    const list = ['甲镇', '乙镇', '丙镇'].map(n => township(n))
    const subs = [
      sub('甲镇', { enforcement_cert_rate: 100 }), sub('乙镇', { enforcement_cert_rate: 90 }), sub('丙镇', { enforcement_cert_rate: 80 }),
      sub('甲镇', { enforcement_cert_rate: 80 }, { year: 2023 }), sub('乙镇', { enforcement_cert_rate: 100 }, { year: 2023 }),
    ]
    const r = run([cert], list, subs)
    expect(['甲镇', '乙镇', '丙镇'].map(n => byName(r, n).rankChange)).toEqual([1, -1, null])
  })
  it('gives no rank change at all when last year has no data', () => {
    expect(run([cert], [township('甲镇')], [sub('甲镇', { enforcement_cert_rate: 100 })]).townships[0]!.rankChange).toBeNull()
  })
  it('scores a township that sent nothing as 0 with completeness 0, and says it did not submit', () => {
    const r = run([cert, lost], [township('甲镇'), township('乙镇')], [sub('甲镇', { enforcement_cert_rate: 100, litigation_lost: 0 })])
    expect([byName(r, '乙镇').total, byName(r, '乙镇').completeness, byName(r, '乙镇').submitted, byName(r, '乙镇').rank]).toEqual([0, 0, false, 2])
  })
  it('lowers completeness by the share of missing figures (manual items do not count)', () => {
    const r = run([cert, lost, review], [township('甲镇')], [sub('甲镇', { enforcement_cert_rate: 100 })])
    expect(byName(r, '甲镇').completeness).toBe(0.5)
  })
  it('never scores a name that is not in the township list, and lists it as unscored', () => {
    const r = run([cert], [township('甲镇')], [sub('甲镇', { enforcement_cert_rate: 100 }), sub('不明镇', { enforcement_cert_rate: 100 }, { code: null })])
    expect(r.townships.map(t => t.township)).toEqual(['甲镇'])
    expect(r.unscored).toEqual(['不明镇'])
  })
  it('holds a figure with an error-level data issue (0, missing) and keeps one with a warning', () => {
    const issue = (severity: Issue['severity']): Issue => ({ file: '2024.csv', row: 2, column: null, indicator: 'enforcement_cert_rate', township: '甲镇', year: 2024, severity, code: 'inconsistent', message: '持证人数大于执法人员数' })
    const subs = [sub('甲镇', { enforcement_cert_rate: 100 })]
    expect(run([cert], [township('甲镇')], subs, { issues: [issue('error')] }).townships[0]!.items[0]!.status).toBe('missing')
    expect(run([cert], [township('甲镇')], subs, { issues: [issue('warning')] }).townships[0]!.items[0]!.points).toBe(10)
  })
  it('points a derived rate\'s evidence at the rows of its counts', () => {
    const s = sub('甲镇', { enforcement_cert_rate: 95, enforcement_staff: 20, enforcement_certified: 19 }, { derived: ['enforcement_cert_rate'], sources: { enforcement_staff: { file: 'a.csv', row: 4 }, enforcement_certified: { file: 'a.csv', row: 5 } } })
    const ev = run([cert], [township('甲镇')], [s]).townships[0]!.items[0]!.evidence
    expect(ev.map(e => [e.indicator, e.row, e.derived])).toEqual(expect.arrayContaining([['enforcement_staff', 4, true], ['enforcement_certified', 5, true]]))
  })
  it('adds the report sentence to the evidence of a figure read from a narrative report', () => {
    const r = assess({ scheme: scheme([cert]), registry, townships: [township('甲镇')], submissions: [sub('甲镇', { enforcement_cert_rate: 100 })], manual: [], sentenceOf: () => '执法人员全部持证上岗。' }, 2024)
    expect(r.townships[0]!.items[0]!.evidence[0]).toMatchObject({ file: '2024.csv', row: 2, sentence: '执法人员全部持证上岗。' })
  })
})
