// The catalog's words (compareText) bound to the component's translate function and locale (./i18n).
import type { Ref } from 'vue'
import { useI18n } from './i18n'
import { compareText, type Translate } from '@/charts/catalog/text'

/**
 * `words` renames keys for the charts (read at each call, so reactive where called in a computed):
 * the county level says 县 where the catalog says 乡镇.
 */
export function useCompareText(words?: Ref<Readonly<Record<string, string>>>) {
  const { t, locale } = useI18n()
  const translate: Translate = (key, named) => {
    const k = words?.value[key] ?? key
    return named ? t(k, named) : t(k)
  }
  return { ...compareText({ t: translate, locale }), t, locale }
}
