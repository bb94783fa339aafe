import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { gradesFor, readScheme } from '@/core/assessment'
import { registry } from '../../helpers/ingest'

const bundled = JSON.parse(readFileSync(new URL('../../../data/assessment.json', import.meta.url), 'utf8')) as Record<string, unknown>
const issueExample = {
  name: '2024年度乡镇法治建设考核', year: 2024, scale: 100,
  groups: [{ id: 'enforcement', label: '严格规范公正文明执法' }],
  items: [
    { id: 'cert', group: 'enforcement', label: '执法人员持证率', max: 10, rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 100, points: 10 }, { atLeast: 95, points: 8 }, { atLeast: 90, points: 5 }] } },
    { id: 'lost', group: 'enforcement', label: '行政诉讼败诉', max: 6, rule: { type: 'per-occurrence', indicator: 'litigation_lost', deduct: 2, cap: 6 } },
    { id: 'appear', group: 'enforcement', label: '负责人出庭应诉率', max: 4, rule: { type: 'linear', indicator: 'head_appearance_rate', from: 80, to: 100 } },
    { id: 'disclose', group: 'enforcement', label: '主动公开信息', max: 5, rule: { type: 'rank', indicator: 'disclosures', points: [5, 4, 3], rest: 2 } },
    { id: 'review', group: 'enforcement', label: '年度报告评议', max: 10, rule: { type: 'manual' } },
    { id: 'model', group: 'enforcement', label: '创建示范加分', max: 3, bonus: true, rule: { type: 'per-occurrence', indicator: 'democracy_law_villages', add: 1, cap: 3 } },
    { id: 'veto', label: '年度报告未按时报送', rule: { type: 'gate', indicator: 'annual_report_submitted_on_time', equals: 0, grade: '不合格' } },
  ],
  grades: [{ label: '优秀', atLeast: 90 }, { label: '良好', atLeast: 80 }, { label: '合格', atLeast: 60 }, { label: '不合格', atLeast: 0 }],
  gradesByKind: { 街道: [{ label: '优秀', atLeast: 92 }, { label: '良好', atLeast: 82 }, { label: '合格', atLeast: 60 }, { label: '不合格', atLeast: 0 }] },
}

/** The issue's example with one item (by index) or one top-level field patched. */
function withItem(index: number, patch: Record<string, unknown>) {
  const items = issueExample.items.map((it, i) => (i === index ? { ...it, ...patch } : it))
  return { ...issueExample, items }
}

describe('readScheme', () => {
  it.each([['the bundled data/assessment.json', bundled], ['the example of the issue', issueExample]])('accepts %s', (_, raw) => {
    const { scheme, problems } = readScheme(raw, registry)
    expect(problems).toEqual([])
    expect(scheme?.items.length).toBeGreaterThan(5)
  })
  it.each([
    ['an unknown indicator', withItem(0, { rule: { type: 'threshold', indicator: 'no_such', levels: [{ atLeast: 1, points: 1 }] } }), 'unknown-indicator', 'cert', /指标“no_such”不在指标库/],
    ['a level above max', withItem(0, { max: 8 }), 'points-above-max', 'cert', /10 分超过本项满分 8 分/],
    ['overlapping levels', withItem(0, { rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 90, points: 5 }, { atLeast: 95, points: 8 }] } }), 'overlapping-levels', 'cert', /第 2 档被前一档覆盖/],
    ['mixed atLeast and atMost', withItem(0, { rule: { type: 'threshold', indicator: 'enforcement_cert_rate', levels: [{ atLeast: 90, points: 5 }, { atMost: 50, points: 1 }] } }), 'mixed-levels', 'cert', /混用/],
    ['a cap above max', withItem(1, { rule: { type: 'per-occurrence', indicator: 'litigation_lost', deduct: 2, cap: 8 } }), 'points-above-max', 'lost', /封顶 cap 8 分超过本项满分 6 分/],
    ['both deduct and add', withItem(1, { rule: { type: 'per-occurrence', indicator: 'litigation_lost', deduct: 2, add: 1, cap: 6 } }), 'bad-occurrence', 'lost', /deduct.*add/],
    ['add on a non-bonus item', withItem(1, { rule: { type: 'per-occurrence', indicator: 'litigation_lost', add: 1, cap: 6 } }), 'add-without-bonus', 'lost', /只用于加分项/],
    ['linear with from = to', withItem(2, { rule: { type: 'linear', indicator: 'head_appearance_rate', from: 90, to: 90 } }), 'bad-linear', 'appear', /不相等/],
    ['rank on a neutral indicator', withItem(3, { rule: { type: 'rank', indicator: 'inspections', points: [5], rest: 2 } }), 'neutral-rank', 'disclose', /neutral/],
    ['an unknown rule type', withItem(4, { rule: { type: 'guess' } }), 'unknown-rule', 'review', /规则类型/],
    ['an unknown group', withItem(4, { group: 'nowhere' }), 'unknown-group', 'review', /分组“nowhere”/],
    ['a gate naming no grade of the scheme', withItem(6, { rule: { type: 'gate', indicator: 'annual_report_submitted_on_time', equals: 0, grade: '差' } }), 'unknown-grade', 'veto', /等次“差”不在 grades 中/],
    ['a gate without condition', withItem(6, { rule: { type: 'gate', indicator: 'annual_report_submitted_on_time', grade: '不合格' } }), 'bad-gate', 'veto', /equals、atLeast、atMost/],
  ])('refuses %s, naming the item', (_, raw, code, item, message) => {
    const { scheme, problems } = readScheme(raw, registry)
    expect(scheme).toBeNull()
    const p = problems.find(x => x.code === code)
    expect(p?.item).toBe(item)
    expect(p?.message).toMatch(message)
    expect(p?.message).toMatch(new RegExp(`考核项“${item}”`))
  })
  it.each([
    ['overlapping grades', { grades: [{ label: '优秀', atLeast: 80 }, { label: '良好', atLeast: 85 }, { label: '不合格', atLeast: 0 }] }, 'overlapping-grades'],
    ['a gap below the lowest grade', { grades: [{ label: '优秀', atLeast: 90 }, { label: '合格', atLeast: 60 }] }, 'grade-gap'],
    ['an unknown kind in gradesByKind', { gradesByKind: { 社区: issueExample.grades } }, 'unknown-kind'],
    ['a duplicate item id', { items: [...issueExample.items, issueExample.items[0]] }, 'duplicate-item'],
    ['a zero scale', { scale: 0 }, 'bad-scale'],
  ])('refuses %s', (_, patch, code) => {
    const { scheme, problems } = readScheme({ ...issueExample, ...patch }, registry)
    expect(scheme).toBeNull()
    expect(problems.map(p => p.code)).toContain(code)
  })
  it('refuses something that is not a scheme at all', () => {
    expect(readScheme([1, 2], registry).problems[0]?.code).toBe('not-an-object')
  })
})

describe('gradesFor', () => {
  const { scheme } = readScheme({ ...issueExample, gradesByKind: { ...issueExample.gradesByKind, 乡镇: [{ label: '优秀', atLeast: 88 }, { label: '不合格', atLeast: 0 }] } }, registry)
  it.each([['街道', 92], ['镇', 88], ['乡', 88]])('uses the cut-offs of %s (优秀 from %i)', (kind, cut) => {
    expect(gradesFor(scheme!, kind)[0]?.atLeast).toBe(cut)
  })
  it('falls back to grades when the kind has none', () => {
    const { scheme: plain } = readScheme(issueExample, registry)
    expect(gradesFor(plain!, '镇')[0]?.atLeast).toBe(90)
  })
})
