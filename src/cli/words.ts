// The command line's language: Chinese by default, English with --lang en. One catalogue per language —
// core's messages (src/core/messages, the page's too) with the command line's own words (cli.*.ts) —
// rendered with the registry's labels and units in that language.
import cliEn from '../core/messages/cli.en'
import cliZh from '../core/messages/cli.zh-CN'
import messagesEn from '../core/messages/en'
import { catalogueRenderer, renderMessage, type Catalogue, type Message } from '../core/messages/render'
import messagesZh from '../core/messages/zh-CN'
import { labelOf, unitOf } from '../core/registry'
import type { Issue, Registry } from '../core/types'

export type Lang = 'zh-CN' | 'en'
export const LANGS: readonly Lang[] = ['zh-CN', 'en']

const CATALOGUES: Record<Lang, Catalogue> = {
  'zh-CN': { ...messagesZh, cli: { ...messagesZh.cli, ...cliZh } },
  'en': { ...messagesEn, cli: { ...messagesEn.cli, ...cliEn } },
}

export interface Words {
  lang: Lang
  /** A key of the catalogue ('cli.noFiles'), its {params} filled. */
  t: (key: string, params?: Record<string, string | number>) => string
  /** A core message in the language. */
  say: (m: Message) => string
  /** An issue's message: Chinese keeps the text the core wrote (the JSON contract); English renders its code where it has one. */
  message: (i: Pick<Issue, 'message' | 'text'>) => string
  /** An issue's column: in English the indicator's label for a check on an indicator. */
  column: (i: Pick<Issue, 'column' | 'text' | 'indicator'>) => string | null
}

/** The words of a language; indicators by their label in it (their id without a registry). */
export function wordsFor(lang: Lang, registry?: Pick<Registry, 'byId'>): Words {
  const label = (id: string) => { const i = registry?.byId.get(id); return i ? labelOf(i, lang) : id }
  const unit = (id: string) => { const i = registry?.byId.get(id); return i ? unitOf(i, lang) : id }
  const renderer = catalogueRenderer(CATALOGUES[lang], lang, label, unit)
  const t = (key: string, params: Record<string, string | number> = {}) => renderer.translate(key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])))
  const say = (m: Message) => renderMessage(m, renderer)
  return {
    lang, t, say,
    message: i => (lang === 'en' && i.text ? say(i.text) : i.message),
    column: i => (lang === 'en' && i.text && i.indicator ? label(i.indicator) : i.column),
  }
}

/** The --lang an argument list asks for ('--lang en' or '--lang=en'); 'zh-CN' when absent. */
export function langArg(argv: readonly string[]): string {
  const at = argv.findIndex(a => a === '--lang' || a.startsWith('--lang='))
  if (at === -1) return 'zh-CN'
  const arg = argv[at] as string
  return arg.startsWith('--lang=') ? arg.slice('--lang='.length) : (argv[at + 1] ?? '')
}

export const isLang = (x: string): x is Lang => (LANGS as readonly string[]).includes(x)
