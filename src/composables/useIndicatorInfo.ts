// The 口径 of an indicator for the tooltips on its name: the app provides the loaded registry once
// (App.vue), every IndicatorName reads it here in the page's language.
import { computed, inject, type ComputedRef, type InjectionKey } from 'vue'
import { useI18n } from './i18n'
import { indicatorInfo, type IndicatorInfo } from '@/core/indicatorInfo'
import type { Registry } from '@/core/types'

export const INDICATOR_REGISTRY: InjectionKey<ComputedRef<Registry>> = Symbol('indicator registry')
/** Resolves once the provided registry holds the 口径 (the first screen's has none): the app provides it. */
export const INDICATOR_DETAILS: InjectionKey<() => Promise<unknown>> = Symbol('indicator details')

/** What a tooltip waits for before it shows a 口径 (nothing where the app provides no loader). */
export function useIndicatorDetails(): () => Promise<unknown> {
  return inject(INDICATOR_DETAILS, () => Promise.resolve())
}

/** The info of an indicator id (null for an id the registry does not know, or without a provided registry). */
export function useIndicatorInfo(id: () => string): ComputedRef<IndicatorInfo | null> {
  const registry = inject(INDICATOR_REGISTRY, null)
  const { locale } = useI18n()
  return computed(() => {
    const r = registry?.value
    const i = r?.byId.get(id())
    return r && i ? indicatorInfo(i, r, locale.value) : null
  })
}
