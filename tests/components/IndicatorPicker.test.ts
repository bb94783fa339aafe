// @vitest-environment happy-dom
// The lazy picker of the unknown-columns dialog: a plain button stands in for the select until it is
// pressed (a dialog of 10 rows mounted 10 closed selects, each with its popper), and a disabled one
// stays a disabled button.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import IndicatorPicker from '@/components/IndicatorPicker.vue'
import zhCN from '@/locales/zh-CN'
import type { Indicator } from '@/core/types'

const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const indicators = [
  { id: 'inspections', label_zh: '行政检查次数', label_en: 'Inspections', group: 'enforcement', unit: '次', aliases: [] },
  { id: 'penalties', label_zh: '行政处罚案件数', label_en: 'Penalty cases', group: 'enforcement', unit: '件', aliases: [] },
] as unknown as Indicator[]

function picker(props: Record<string, unknown>) {
  return mount(IndicatorPicker, {
    props: { modelValue: '', indicators, groups: ['enforcement'], groupLabel: (g: string) => g, label: (i: Indicator) => i.label_zh, placeholder: '选择指标', testid: 'p', ...props },
    global: { plugins: [i18n()] },
    attachTo: document.body,
  })
}

describe('IndicatorPicker', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['the placeholder while nothing is chosen', { lazy: true }, '选择指标'],
    ['the chosen indicator by its label', { lazy: true, modelValue: 'penalties' }, '行政处罚案件数'],
  ])('stands in with a button showing %s, no select mounted', (_label, props, text) => {
    const w = picker(props)
    const button = w.get('button[data-testid="p"]')
    expect(button.text()).toContain(text)
    expect(w.find('.el-select').exists()).toBe(false)
    w.unmount()
  })

  it('mounts the select in place of the button when pressed, under the same test id', async () => {
    const w = picker({ lazy: true })
    await w.get('button[data-testid="p"]').trigger('click')
    expect(w.find('button[data-testid="p"]').exists()).toBe(false)
    expect(w.find('.el-select[data-testid="p"]').exists()).toBe(true)
    w.unmount()
  })

  it('stays a disabled button when disabled, and pressing it mounts nothing', async () => {
    const w = picker({ lazy: true, disabled: true })
    const button = w.get('button[data-testid="p"]')
    expect(button.attributes('disabled')).toBeDefined()
    await button.trigger('click')
    expect(w.find('.el-select').exists()).toBe(false)
    w.unmount()
  })

  it('is a select at once when not lazy, and passes disabled on to it', () => {
    const w = picker({ disabled: true })
    expect(w.find('button[data-testid="p"]').exists()).toBe(false)
    expect(w.find('.el-select[data-testid="p"] .el-select__wrapper').classes()).toContain('is-disabled')
    w.unmount()
  })
})
