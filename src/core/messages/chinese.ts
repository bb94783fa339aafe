// Core's default Chinese text of a message (Issue.message, the CLI's JSON): the zh-CN catalogue with
// the registry's Chinese labels and units.
import type { Registry } from '../types'
import { catalogueRenderer, renderMessage, type Message } from './render'
import zhCN from './zh-CN'

/** The message in Chinese; indicators by their label_zh (their id without a registry). */
/** An error value carrying both: the Chinese text (for the CLI and storage) and the code (for the page). */
export function coded(m: Message, registry?: Pick<Registry, 'byId'>): { error: string, errorText: Message } {
  return { error: chinese(m, registry), errorText: m }
}

export function chinese(m: Message, registry?: Pick<Registry, 'byId'>): string {
  const label = (id: string) => registry?.byId.get(id)?.label_zh ?? id
  const unit = (id: string) => registry?.byId.get(id)?.unit ?? id
  return renderMessage(m, catalogueRenderer(zhCN, 'zh-CN', label, unit))
}
