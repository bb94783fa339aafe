import type { Language } from 'element-plus/es/locale'
import { createI18n } from '@/composables/i18n'
import zhFirst from '@/locales/zh-CN/first'

export type Locale = 'zh-CN' | 'en'

/**
 * zh-CN is the source of truth; English is complete. The page starts in Chinese with only the Chinese
 * messages of the first screen (locales/zh-CN/first): the other pages' Chinese ones load after the
 * first chart (App.vue) or before their page (setup/router), the English ones (with Element Plus's) on
 * the first switch, or after the first chart, so that the switch is instant.
 */
export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhFirst },
})

let elEn: Language | null = null
let english: Promise<void> | null = null
let laterChinese: Promise<void> | null = null
let zhComplete = false

/**
 * Loads the messages of `locale` once (Chinese: the pages' after the first screen; English: ours and
 * Element Plus's, with the later Chinese ones it falls back to); resolves when every page can be shown in it.
 */
export function loadLocale(locale: Locale): Promise<void> {
  laterChinese ??= import('@/locales/zh-CN/later').then((messages) => {
    i18n.global.mergeLocaleMessage('zh-CN', messages.default)
    zhComplete = true
  })
  if (locale === 'zh-CN') return laterChinese
  english ??= Promise.all([import('@/locales/en'), import('element-plus/es/locale/lang/en')]).then(([messages, element]) => {
    i18n.global.setLocaleMessage('en', messages.default)
    elEn = element.default
  })
  return Promise.all([laterChinese, english]).then(() => undefined)
}

/** True when the messages of `locale` are loaded (switching to it, or to any page, is then immediate). */
export const localeLoaded = (locale: Locale): boolean => zhComplete && (locale === 'zh-CN' || elEn !== null)

/** Element Plus's English words once loaded (src/setup/elementProvide.ts gives them to Element Plus). */
export function elementEnglish(): Language | null {
  return elEn
}

/** ECharts' locale (its aria descriptions and toolbox titles); ECharts registers ZH and EN itself. */
export function echartsLocale(locale: string): 'ZH' | 'EN' {
  return locale === 'en' ? 'EN' : 'ZH'
}
