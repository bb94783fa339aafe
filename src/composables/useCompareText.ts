// The catalog's words (compareText) bound to the component's vue-i18n translate function and locale.
import { useI18n } from 'vue-i18n'
import { compareText, type Translate } from '@/charts/catalog/text'

export function useCompareText() {
  const { t, locale } = useI18n()
  const translate: Translate = (key, named) => (named ? t(key, named) : t(key))
  return { ...compareText({ t: translate, locale }), t, locale }
}
