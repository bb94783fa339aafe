// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import ReportText, { type TextFigure } from '@/components/report/ReportText.vue'
import { buildSegments } from '@/core/extract/segments'
import zhCN from '@/locales/zh-CN'

const HOSTILE = '<img src=x onerror="window.__xss=1">'
const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const TEXT = `${HOSTILE}镇人民政府\n全年开展检查 76 次，持证率、培训率双100%。`
const at = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const
const figure = (s: string, decision: TextFigure['decision'], title = HOSTILE): TextFigure => ({ start: at(s)[0], end: at(s)[1], decision, title })
const figures = [figure('76 次', 'accepted'), figure('100%', 'open'), figure('100%', 'rejected')]

describe('ReportText', () => {
  const wrapper = mount(ReportText, { props: { segments: buildSegments(TEXT, figures), figures, active: null }, global: { plugins: [i18n()] } })
  const body = () => wrapper.get('.rt__body')

  it('shows the whole text, line breaks and all, as text', () => {
    expect(body().element.textContent).toBe(TEXT)
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it('highlights every figure with its decision; a shared figure lists both', () => {
    expect(wrapper.findAll('mark').map(m => [m.text(), m.attributes('data-figures'), m.classes().find(c => /--(accepted|open|rejected)$/.test(c))]))
      .toEqual([['76 次', '0', 'rt__mark--accepted'], ['100%', '1 2', 'rt__mark--open']])
  })

  it('selects the figure clicked', async () => {
    await wrapper.findAll('mark')[0]!.trigger('click')
    expect(wrapper.emitted('select')).toEqual([[0]])
  })

  it('draws the selected figure of a shared span', async () => {
    await wrapper.setProps({ active: 2 })
    const shared = wrapper.findAll('mark')[1]!
    expect(shared.classes()).toEqual(expect.arrayContaining(['rt__mark--rejected', 'rt__mark--active']))
    await shared.trigger('click')
    expect(wrapper.emitted('select')?.at(-1)).toEqual([2])
  })
})
