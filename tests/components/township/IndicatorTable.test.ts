// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import IndicatorTable from '@/components/township/IndicatorTable.vue'
import TownshipIssues from '@/components/township/TownshipIssues.vue'
import type { ProfileGroup, ProfileRow } from '@/core/analysis/townshipProfile'
import type { Indicator, Issue } from '@/core/types'
import zhCN from '@/locales/zh-CN'

const HOSTILE = '<img src=x onerror="window.__xss=1">'
const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })

const indicator: Indicator = {
  id: 'cert_rate', label_zh: HOSTILE, label_en: HOSTILE, unit: '%', kind: 'rate', group: 'enforcement', direction: 'higher_better',
  formula: null, aliases: [], definition_zh: '', township_reportable: 'yes', unit_aliases: {},
}
const row: ProfileRow = {
  indicator, value: 95.5, status: 'reported', approx: false, derived: true, rank: 3, ranked: 24, percentile: 91.3, countyMedian: 92,
  change: { type: 'points', pp: 1.8 }, level: 'red', reasons: [HOSTILE], source: { file: `${HOSTILE}.csv`, row: 7 },
}
const groups: ProfileGroup[] = [{ group: 'enforcement', rows: [row] }]

describe('IndicatorTable', () => {
  const wrapper = mount(IndicatorTable, {
    props: { groups, caption: HOSTILE, groupLabel: (g: string) => g, label: (i: Indicator) => i.label_zh },
    global: { plugins: [i18n()] },
  })

  it('shows rank, percentile, change, flag and source as a clerk reads them', () => {
    const text = wrapper.get('tr[data-indicator="cert_rate"]').text()
    for (const part of ['95.5%', '3 / 24', '91', '+1.8 个百分点', '红灯', '第 7 行']) expect(text).toContain(part)
  })

  it('marks a derived figure', () => {
    expect(wrapper.get('abbr').attributes('title')).toBe('由公式计算，非直接报送')
  })

  it('writes every string from data as text, never as HTML', () => {
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('caption').text()).toBe(HOSTILE)
    expect(wrapper.get('tr[data-indicator] th').text()).toBe(HOSTILE)
  })
})

describe('TownshipIssues', () => {
  const issue: Issue = {
    file: `${HOSTILE}.csv`, row: 3, column: HOSTILE, indicator: null, township: HOSTILE, year: 2023, severity: 'warning', code: 'x', message: HOSTILE,
  }

  it('lists file, row, column, severity and message as text', () => {
    const wrapper = mount(TownshipIssues, { props: { issues: [issue] }, global: { plugins: [i18n()] } })
    expect(wrapper.find('img').exists()).toBe(false)
    const text = wrapper.text()
    for (const part of ['数据问题（1 条）', '提示', '2023 年度', `${HOSTILE}.csv`, '第 3 行', `列：${HOSTILE}`]) expect(text).toContain(part)
  })

  it('says when there is no issue', () => {
    const wrapper = mount(TownshipIssues, { props: { issues: [] }, global: { plugins: [i18n()] } })
    expect(wrapper.text()).toContain('该乡镇的数据未发现问题。')
  })
})
