// Core's default Chinese text of a message (Issue.message, the CLI's JSON): the zh-CN catalogue with
// the registry's Chinese labels and units.
import type { Registry } from '../types'
import { catalogueRenderer, renderMessage, type Message, type MessageRenderer } from './render'
import zhCN from './zh-CN'

/** The message in Chinese; indicators by their label_zh (their id without a registry). */
/** An error value carrying both: the Chinese text (for the CLI and storage) and the code (for the page). */
export function coded(m: Message, registry?: Pick<Registry, 'byId'>): { error: string, errorText: Message } {
  return { error: chinese(m, registry), errorText: m }
}

export function chinese(m: Message, registry?: Pick<Registry, 'byId'>): string {
  return renderMessage(m, chineseRenderer(registry))
}

const renderers = new WeakMap<object, MessageRenderer>()
let withoutRegistry: MessageRenderer | null = null

/** The Chinese renderer of a registry (made once per registry: thousands of issues are rendered with it). */
export function chineseRenderer(registry?: Pick<Registry, 'byId'>): MessageRenderer {
  if (registry === undefined) return (withoutRegistry ??= catalogueRenderer(zhCN, 'zh-CN', id => id, id => id))
  let r = renderers.get(registry)
  if (r === undefined) {
    const byId = registry.byId
    r = catalogueRenderer(zhCN, 'zh-CN', id => byId.get(id)?.label_zh ?? id, id => byId.get(id)?.unit ?? id)
    renderers.set(registry, r)
  }
  return r
}
