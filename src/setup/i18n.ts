import type { Language } from 'element-plus/es/locale'
import elZhCn from 'element-plus/es/locale/lang/zh-cn'
import { createI18n } from 'vue-i18n'
import zhCN from '@/locales/zh-CN'

export type Locale = 'zh-CN' | 'en'

/**
 * zh-CN is the source of truth; English is complete. The page starts in Chinese with only the Chinese
 * messages: the English ones (with Element Plus's) load on the first switch, or after the first chart
 * (App.vue), so that the switch is instant.
 */
export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN } as { 'zh-CN': typeof zhCN, en?: typeof zhCN },
})

let elEn: Language | null = null
let english: Promise<void> | null = null

/** Loads the messages of `locale` once (English: ours and Element Plus's); resolves when it can be shown. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'zh-CN') return Promise.resolve()
  english ??= Promise.all([import('@/locales/en'), import('element-plus/es/locale/lang/en')]).then(([messages, element]) => {
    i18n.global.setLocaleMessage('en', messages.default)
    elEn = element.default
  })
  return english
}

/** True when the messages of `locale` are loaded (switching to it is then immediate). */
export const localeLoaded = (locale: Locale): boolean => locale === 'zh-CN' || elEn !== null

/** Element Plus's own words (pagination 共 133 条 / Total 133, dialogs, tables) for the page's locale. */
export function elementLocale(locale: string): Language {
  return locale === 'en' && elEn ? elEn : elZhCn
}

/** ECharts' locale (its aria descriptions and toolbox titles); ECharts registers ZH and EN itself. */
export function echartsLocale(locale: string): 'ZH' | 'EN' {
  return locale === 'en' ? 'EN' : 'ZH'
}
