import elEn from 'element-plus/es/locale/lang/en'
import elZhCn from 'element-plus/es/locale/lang/zh-cn'
import { createI18n } from 'vue-i18n'
import en from '@/locales/en'
import zhCN from '@/locales/zh-CN'

export type Locale = 'zh-CN' | 'en'

/** zh-CN is the source of truth; English is complete. */
export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

/** Element Plus's own words (pagination 共 133 条 / Total 133, dialogs, tables) for the page's locale. */
export function elementLocale(locale: string) {
  return locale === 'en' ? elEn : elZhCn
}

/** ECharts' locale (its aria descriptions and toolbox titles); ECharts registers ZH and EN itself. */
export function echartsLocale(locale: string): 'ZH' | 'EN' {
  return locale === 'en' ? 'EN' : 'ZH'
}
