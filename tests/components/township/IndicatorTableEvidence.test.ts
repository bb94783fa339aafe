// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import IndicatorTable from '@/components/township/IndicatorTable.vue'
import type { ProfileGroup, ProfileRow } from '@/core/analysis/townshipProfile'
import type { Indicator } from '@/core/types'
import zhCN from '@/locales/zh-CN'

const HOSTILE = '<img src=x onerror="window.__xss=1">'
const REPORT = '青石镇2024年报告.docx'
const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const indicator = (id: string): Indicator => ({
  id, label_zh: id, label_en: id, unit: '次', kind: 'count', group: 'enforcement', direction: 'neutral',
  formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {},
})
const row = (id: string, file: string): ProfileRow => ({
  indicator: indicator(id), value: 76, status: 'reported', approx: false, derived: false, rank: 1, ranked: 3, percentile: 50, countyMedian: 70,
  change: null, level: null, reasons: [], source: { file, row: null },
} as ProfileRow)
const groups: ProfileGroup[] = [{ group: 'enforcement', rows: [row('inspections', REPORT), row('penalty_cases', 'table.csv')] }]
const evidence = {
  inspections: { sentence: `${HOSTILE}全年开展行政执法检查76次。`, start: 0, end: 3, file: REPORT, note: '人工更正，原识别为75' },
  penalty_cases: { sentence: '办理行政处罚案件87件。', start: 5, end: 8, file: REPORT },
}

describe('IndicatorTable with report evidence', () => {
  const wrapper = mount(IndicatorTable, {
    props: { groups, caption: 'x', groupLabel: (g: string) => g, label: (i: Indicator) => i.label_zh, evidence },
    global: { plugins: [i18n()] },
  })

  it('shows the report file and, expanded, the sentence behind the figure, as text', () => {
    const cell = wrapper.get('tr[data-indicator="inspections"] [data-testid="figure-evidence"]')
    expect(cell.get('summary').text()).toContain(REPORT)
    expect(cell.get('summary').attributes('title')).toBe(evidence.inspections.sentence)
    expect(cell.get('q').text()).toBe(evidence.inspections.sentence)
    expect(cell.get('small').text()).toContain('原识别为75')
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it('shows no sentence for a figure that no longer comes from the report', () => {
    const cell = wrapper.get('tr[data-indicator="penalty_cases"] .indicator-table__source')
    expect(cell.find('[data-testid="figure-evidence"]').exists()).toBe(false)
    expect(cell.text()).toBe('table.csv')
  })
})
