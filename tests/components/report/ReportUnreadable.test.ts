// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import ReportUnreadable, { type UnreadRow } from '@/components/report/ReportUnreadable.vue'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'

const HOSTILE = '<img src=x onerror="window.__xss=1">'
const i18n = (locale = 'zh-CN') => createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
const ROWS: UnreadRow[] = [{
  text: '4件', sentence: `${HOSTILE}规范性文件方面，前置把关4件。`, parts: [`${HOSTILE}规范性文件方面，前置把关`, '4件', '。'],
  choices: [{ id: 'normative_docs', label: '本年制发行政规范性文件数' }, { id: 'normative_docs_reviewed', label: '经合法性审核的规范性文件数' }],
}]
const mountList = (rows: UnreadRow[], readonly = false, locale = 'zh-CN') =>
  mount(ReportUnreadable, { props: { rows, readonly }, global: { plugins: [i18n(locale)] } })

describe('ReportUnreadable', () => {
  it('shows nothing when every figure was read', () => {
    expect(mountList([]).find('[data-testid="report-unreadable"]').exists()).toBe(false)
  })

  it.each([
    ['zh-CN', '未能识别的数字（1）'],
    ['en', 'Figures not recognised (1)'],
  ])('lists each figure in bold in its sentence, as text (%s)', (locale, title) => {
    const w = mountList(ROWS, false, locale)
    expect(w.find('summary').text()).toContain(title)
    expect(w.find('b').text()).toBe('4件')
    expect(w.find('q').text()).toBe(ROWS[0]?.sentence)
    expect(w.find('img').exists()).toBe(false)
  })

  it('emits the picked indicator and the typed value', async () => {
    const w = mountList(ROWS)
    expect(w.find('[data-testid="unreadable-add"]').attributes('disabled')).toBeDefined()
    await w.find('[data-testid="unreadable-indicator"]').setValue('normative_docs_reviewed')
    await w.find('[data-testid="unreadable-value"]').setValue('4')
    await w.find('[data-testid="unreadable-add"]').trigger('click')
    expect(w.emitted('add')).toEqual([[0, 'normative_docs_reviewed', 4]])
  })

  it.each([['abc'], ['']])('adds nothing for the value %j', async (value) => {
    const w = mountList(ROWS)
    await w.find('[data-testid="unreadable-value"]').setValue(value)
    await w.find('[data-testid="unreadable-value"]').trigger('keydown.enter')
    expect(w.emitted('add')).toBeUndefined()
  })

  it('takes the first indicator when none is picked, shows it picked, and locks the form when read-only', async () => {
    const w = mountList(ROWS)
    expect((w.find('[data-testid="unreadable-indicator"]').element as HTMLSelectElement).value).toBe('normative_docs')
    await w.find('[data-testid="unreadable-value"]').setValue('4')
    await w.find('[data-testid="unreadable-value"]').trigger('keydown.enter')
    expect(w.emitted('add')).toEqual([[0, 'normative_docs', 4]])
    expect(mountList(ROWS, true).find('[data-testid="unreadable-value"]').attributes('disabled')).toBeDefined()
  })
})
