// Core's messages ({ code, params }) in the page's language, through the page's t (./i18n) and the catalogue in
// src/core/messages; issues without one (persisted before, or not yet coded) keep their Chinese text.
import { inject, type InjectionKey } from 'vue'
import { useI18n } from './i18n'
import { renderMessage, type Message, type MessageRenderer } from '@/core/messages/render'
import type { Issue } from '@/core/types'

/** An indicator's label in a locale; provided by the app from the loaded registry. */
export type IndicatorLabel = (id: string, locale: string) => string
export const INDICATOR_LABEL: InjectionKey<IndicatorLabel> = Symbol('indicator label')
/** An indicator's unit in a locale ('' for none); provided by the app from the loaded registry. */
export const INDICATOR_UNIT: InjectionKey<IndicatorLabel> = Symbol('indicator unit')

export function useMessageText() {
  const { t, locale } = useI18n()
  const label = inject(INDICATOR_LABEL, (id: string) => id)
  const unit = inject(INDICATOR_UNIT, (id: string) => id)
  const renderer = (): MessageRenderer => ({ locale: locale.value, translate: (key, params) => t(key, params), label: id => label(id, locale.value), unit: id => unit(id, locale.value) })
  /** A message in the page's language. */
  const messageText = (m: Message): string => renderMessage(m, renderer())
  /** An issue's message: from its code where it has one, else the Chinese text it came with. */
  const issueText = (i: Pick<Issue, 'text' | 'message'>): string => (i.text ? messageText(i.text) : i.message)
  /** The column of an issue: the indicator's label for a check on an indicator, else the header as the file wrote it. */
  const issueColumn = (i: Pick<Issue, 'text' | 'indicator' | 'column'>): string | null => (i.text && i.indicator ? label(i.indicator, locale.value) : i.column)
  /** A 红黄绿 reason in the page's language (flags.json's message_en in English, where the rule has one). */
  const reasonText = (r: { message: string, message_en?: string }): string => (locale.value.startsWith('zh') ? r.message : (r.message_en ?? r.message))
  return { messageText, issueText, issueColumn, reasonText }
}
