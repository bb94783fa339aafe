// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import ReportFigureTable, { type FigureRow } from '@/components/report/ReportFigureTable.vue'
import zhCN from '@/locales/zh-CN'

const HOSTILE = '<img src=x onerror="window.__xss=1">'
const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })

describe('ReportFigureTable', () => {
  const row = (index: number, extra: Partial<FigureRow> = {}): FigureRow => ({
    index, indicatorId: 'inspections', label: HOSTILE, unit: '次', value: 76, original: 76, decision: 'accepted', approx: false, partial: false,
    unsure: null, note: null, otherYear: null, sentence: `${HOSTILE}全年开展检查76次。`, parts: [`${HOSTILE}全年开展检查`, '76次', '。'], ...extra,
  })
  const mountTable = (rows: FigureRow[]) => mount(ReportFigureTable, { props: { rows, active: null, readonly: false }, global: { plugins: [i18n()] } })

  it('writes labels and sentences as text, the figure in bold', () => {
    const w = mountTable([row(0)])
    expect(w.find('img').exists()).toBe(false)
    expect(w.get('q b').text()).toBe('76次')
    expect(w.get('th[scope="row"]').text()).toContain(HOSTILE)
  })

  it('shows the sentence plain when the figure is not found in it', () => {
    const w = mountTable([row(0, { parts: null })])
    expect(w.find('q b').exists()).toBe(false)
    expect(w.get('q').text()).toBe(`${HOSTILE}全年开展检查76次。`)
  })

  it.each<[FigureRow['decision'], 'figure-accept' | 'figure-reject', string]>([
    ['open', 'figure-accept', 'accepted'],
    ['accepted', 'figure-accept', 'open'],
    ['accepted', 'figure-reject', 'rejected'],
    ['rejected', 'figure-reject', 'open'],
  ])('from %s, pressing %s gives %s', async (decision, button, expected) => {
    const w = mountTable([row(3, { decision })])
    await w.get(`[data-testid="${button}"]`).trigger('click')
    expect(w.emitted('decide')).toEqual([[3, expected]])
  })

  it.each<[string, number[][] | undefined]>([
    ['7,610', [[0, 7610]]],
    ['１２', [[0, 12]]],
    ['abc', undefined],
    ['76', undefined],
  ])('sends the typed value %s as a correction only when it is a new number', async (typed, expected) => {
    const w = mountTable([row(0)])
    const input = w.get('[data-testid="figure-value"]')
    await input.setValue(typed)
    await input.trigger('keydown', { key: 'Enter' })
    expect(w.emitted('correct')).toEqual(expected)
  })

  it('shows the marks and what a corrected figure was read as', () => {
    const w = mountTable([row(0, { approx: true, partial: true, otherYear: 2023, value: 80 })])
    expect(w.get('.ft__marks').text()).toBe('约部分2023年')
    expect(w.get('.fv__was').text()).toContain('原识别为 76')
  })

  it('marks an unsure figure with its reason, as text', () => {
    const w = mountTable([row(0, { decision: 'open', unsure: `${HOSTILE}学法的是全体干部` })])
    expect(w.find('[data-testid="figure-unsure"]').attributes('title')).toContain('学法的是全体干部')
    expect(w.find('.ft__note--unsure').text()).toBe(`${HOSTILE}学法的是全体干部`)
    expect(w.find('img').exists()).toBe(false)
  })
})
