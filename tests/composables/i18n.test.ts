// The page's t over the catalogues: vue-i18n's semantics as components use them, core's templates.
// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { createI18n, useI18n } from '@/composables/i18n'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'

const messages = {
  'zh-CN': { a: { b: '{n} 个乡镇', lit: "{'{'}x{'}'}", only: '仅中文', nested: { deep: '深' } }, pipe: '用“|”分隔' },
  'en': { a: { b: '{ n } townships', nested: {} } },
}

describe('t', () => {
  const i18n = createI18n({ locale: 'en', fallbackLocale: 'zh-CN', messages })
  it.each([
    ['a.b', { n: 3 }, '3 townships'],
    ['a.b', { n: 2.5 }, '2.5 townships'],
    ['a.b', { n: null }, ' townships'],
    ['a.b', {}, ' townships'],
    ['a.b', undefined, ' townships'],
    ['a.b', { n: [1] }, '[\n  1\n] townships'],
    ['a.lit', undefined, '{x}'],
    ['a.only', undefined, '仅中文'],
    ['a.nested.deep', undefined, '深'],
    ['a.nested', undefined, 'a.nested'],
    ['a.missing', undefined, 'a.missing'],
    ['pipe', undefined, '用“|”分隔'],
  ])('%s with %j in English (falling back to Chinese) is %j', (key, values, out) => {
    expect(i18n.global.t(key, values)).toBe(out)
  })
  it('te looks in the locale only', () => {
    expect([i18n.global.te('a.b'), i18n.global.te('a.only'), i18n.global.te('a.only', 'zh-CN'), i18n.global.te('a')]).toEqual([true, false, true, false])
  })
})

describe('catalogues and locale', () => {
  it('merges nested keys, replaces a catalogue, and re-renders on each change', async () => {
    const i18n = createI18n({ locale: 'zh-CN', messages: { 'zh-CN': { a: { x: '甲' } } } })
    const Probe = defineComponent(() => { const { t } = useI18n(); return () => h('p', `${t('a.x')}|${t('a.y')}`) })
    const w = mount(Probe, { global: { plugins: [i18n] } })
    expect(w.text()).toBe('甲|a.y')
    i18n.global.mergeLocaleMessage('zh-CN', { a: { y: '乙' } })
    await nextTick()
    expect(w.text()).toBe('甲|乙')
    i18n.global.setLocaleMessage('en', { a: { x: 'A', y: 'B' } })
    i18n.global.locale.value = 'en'
    await nextTick()
    expect(w.text()).toBe('A|B')
  })
  it('needs the plugin', () => {
    expect(() => mount(defineComponent(() => { useI18n(); return () => null }))).toThrow(/no i18n/u)
  })
})

/** Every template of the catalogues, with the path it is at. */
function templates(c: object, at = ''): [string, string][] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [[`${at}${k}`, v] as [string, string]] : templates(v as object, `${at}${k}.`)))
}

describe('the catalogues', () => {
  it.each([['zh-CN', zhCN], ['en', en]])('%s uses only what t reads: {name} and {\'…\'}, braces nowhere else', (_lang, catalogue) => {
    const odd = templates(catalogue).filter(([, s]) => /[{}]/u.test(s.replace(/\{\s*(?:'[^']*'|[A-Za-z_]\w*)\s*\}/gu, '')))
    expect(odd).toEqual([])
  })
})
