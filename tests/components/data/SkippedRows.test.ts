// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/composables/i18n'
import SkippedRows from '@/components/data/SkippedRows.vue'
import zhCN from '@/locales/zh-CN'
import type { SkippedRow } from '@/core/types'

const i18n = () => createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } })
const HOSTILE = '<img src=x onerror="window.__xss=1">'

describe('SkippedRows', () => {
  const rows: SkippedRow[] = [
    { row: 1, reason: 'title', text: '2024年统计表' },
    { row: 2, reason: 'title', text: HOSTILE },
    { row: 9, reason: 'total', text: '合 计 30', sheet: '数据' },
    { row: 10, reason: 'blank', text: '' },
  ]

  it('counts the rows by reason, then lists each with its row, reason and text (as text)', async () => {
    const w = mount(SkippedRows, { props: { rows }, global: { plugins: [i18n()] } })
    expect(w.text()).toContain('已跳过 4 行（标题 2，合计行 1，空行 1）')
    expect(w.findAll('[data-testid="skipped-row"]')).toHaveLength(0)
    await w.get('[data-testid="toggle-skipped"]').trigger('click')
    const items = w.findAll('[data-testid="skipped-row"]')
    expect(items.map(i => [i.attributes('data-row'), i.attributes('data-reason')])).toEqual([['1', 'title'], ['2', 'title'], ['9', 'total'], ['10', 'blank']])
    expect(items[2]?.text()).toContain('“数据”第 9 行合计行合 计 30')
    expect(items[3]?.text()).toContain('（空行）')
    expect(w.find('img').exists()).toBe(false)
    expect(items[1]?.text()).toContain(HOSTILE)
  })
})
