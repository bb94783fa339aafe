// Core's default Chinese text of a message (Issue.message, the CLI's JSON): the zh-CN catalogue with
// the registry's Chinese labels and units.
import type { Registry } from '../types'
import { catalogueRenderer, renderMessage, type Message } from './render'
import zhCN from './zh-CN'

/** The message in Chinese; indicators by their label_zh (their id without a registry). */
export function chinese(m: Message, registry?: Pick<Registry, 'byId'>): string {
  const label = (id: string) => registry?.byId.get(id)?.label_zh ?? id
  const unit = (id: string) => registry?.byId.get(id)?.unit ?? id
  return renderMessage(m, catalogueRenderer(zhCN, 'zh-CN', label, unit))
}
