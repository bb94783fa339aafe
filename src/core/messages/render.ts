// Messages as codes: core says what happened as { code, params }; the words come from one catalogue
// per language (./zh-CN, ./en, in vue-i18n's message syntax as far as it goes here: {name}, {'literal'}),
// rendered here for Node and the default Chinese text, and in the page by src/composables/i18n.ts with the same templates.

/** One value in a message: text, a number, an indicator (its label), an indicator with its value, a list, or another message. */
export type MessageParam =
  | string
  | number
  | { indicator: string }
  | { term: string, value: number | null }
  | { join: readonly MessageParam[], with: string }
  /** Items joined the language's way (、 / , ). */
  | { list: readonly MessageParam[] }
  /** An indicator's unit in the language (msg.no-unit where it has none). */
  | { unit: string }
  /** A name from the data in both languages (a 考核 scheme's item or grade): the Chinese in Chinese, else the English. */
  | { zh: string, en: string }
  | Message

export interface Message {
  /** Catalogue key under `msg.`: an issue code, or a variant of one ('rate-out-of-range'). */
  code: string
  params?: Readonly<Record<string, MessageParam>>
}

/** What rendering needs: the translate function of the language and an indicator's label in it. */
export interface MessageRenderer {
  locale: string
  /** The page's t (src/composables/i18n.ts), a catalogue's in Node; keys are full ('msg.negative-value'). */
  translate: (key: string, params: Record<string, string>) => string
  label: (indicator: string) => string
  /** An indicator's unit in the language ('' for none); the id itself where absent. */
  unit?: (indicator: string) => string
}

/** One formatter per locale: creating an Intl.NumberFormat costs far more than formatting with it (thousands of issues render numbers). */
const numberFormats = new Map<string, Intl.NumberFormat>()

/** Locales whose formatter writes a whole number ≥ 0 as String(n) does (without grouping). */
const PLAIN_DIGIT_LOCALES: ReadonlySet<string> = new Set(['zh-CN', 'en'])

/** A number in a message as a clerk reads it: at most 4 decimals, no float noise, no grouping (7610, 0.3). */
export function messageNumber(n: number, locale: string): string {
  // Whole numbers from 0 up are written with ASCII digits and nothing else in these locales: no formatter needed.
  if (Number.isSafeInteger(n) && n >= 0 && PLAIN_DIGIT_LOCALES.has(locale) && !Object.is(n, -0)) return String(n)
  let format = numberFormats.get(locale)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false })
    numberFormats.set(locale, format)
  }
  return format.format(n)
}

function renderParam(p: MessageParam, r: MessageRenderer): string {
  if (typeof p === 'string') return p
  if (typeof p === 'number') return messageNumber(p, r.locale)
  if ('indicator' in p) return r.label(p.indicator)
  if ('term' in p) {
    const indicator = r.label(p.term)
    return p.value === null ? r.translate('msg.term-blank', { indicator }) : r.translate('msg.term', { indicator, value: messageNumber(p.value, r.locale) })
  }
  if ('join' in p) return p.join.map(x => renderParam(x, r)).join(p.with)
  if ('list' in p) return p.list.map(x => renderParam(x, r)).join(r.translate('msg.list-separator', {}))
  if ('zh' in p) return r.locale.toLowerCase().startsWith('zh') ? p.zh : p.en
  if ('unit' in p) {
    const u = r.unit ? r.unit(p.unit) : p.unit
    return u === '' ? r.translate('msg.no-unit', {}) : u
  }
  return renderMessage(p, r)
}

/** The message in the renderer's language; a code the catalogue lacks comes back as the key itself. */
export function renderMessage(m: Message, r: MessageRenderer): string {
  const params: Record<string, string> = {}
  for (const [k, v] of Object.entries(m.params ?? {})) params[k] = renderParam(v, r)
  return r.translate(`msg.${m.code}`, params)
}

/** A catalogue: nested objects of message templates. */
export interface Catalogue { readonly [key: string]: string | Catalogue }

/**
 * vue-i18n's message syntax as far as the catalogue uses it: `{name}` is replaced by the named
 * parameter, `{'…'}` is literal text. Unknown names are left as written.
 */
export function formatTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return fillTemplate(template, name => (Object.hasOwn(params, name) ? params[name] : undefined))
}

/** The template with each named parameter's text from `value`; a name it gives undefined for is left as written. */
export function fillTemplate(template: string, value: (name: string) => string | undefined): string {
  const parts = parsedTemplate(template)
  let out = ''
  for (const part of parts) out += typeof part === 'string' ? part : (value(part.name) ?? part.whole)
  return out
}

/** A template's literal text and its named parameters (with the text written, for a name not given). */
type TemplatePart = string | { name: string, whole: string }
const PLACEHOLDER = /\{\s*(?:'([^']*)'|([A-Za-z_][\w]*))\s*\}/g
/** Templates parsed once: thousands of issues render a few dozen templates. */
const parsedTemplates = new Map<string, readonly TemplatePart[]>()

function parsedTemplate(template: string): readonly TemplatePart[] {
  let parts = parsedTemplates.get(template)
  if (parts !== undefined) return parts
  const list: TemplatePart[] = []
  let at = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    const [whole, literal, name] = m
    const before = template.slice(at, m.index) + (literal ?? '')
    if (before !== '') list.push(before)
    if (literal === undefined && name !== undefined) list.push({ name, whole })
    at = m.index + whole.length
  }
  if (at < template.length) list.push(template.slice(at))
  parts = list
  if (parsedTemplates.size < 10_000) parsedTemplates.set(template, parts)
  return parts
}

/** The template at a dotted key ('msg.not-integer'), or undefined. */
export function lookup(catalogue: Catalogue, key: string): string | undefined {
  let found = lookups.get(catalogue)
  if (found === undefined) { found = new Map(); lookups.set(catalogue, found) }
  if (found.has(key)) return found.get(key)
  const template = lookupPath(catalogue, key)
  if (found.size < 10_000) found.set(key, template)
  return template
}

/** Templates found per catalogue and key (catalogues are not changed once made). */
const lookups = new WeakMap<Catalogue, Map<string, string | undefined>>()

function lookupPath(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue
  for (const part of key.split('.')) node = node === undefined || typeof node === 'string' ? undefined : node[part]
  return typeof node === 'string' ? node : undefined
}

/** A renderer over a catalogue, for Node (the CLI) and core's default Chinese text. */
export function catalogueRenderer(catalogue: Catalogue, locale: string, label: (indicator: string) => string, unit?: (indicator: string) => string): MessageRenderer {
  return { locale, label, ...(unit ? { unit } : {}), translate: (key, params) => { const t = lookup(catalogue, key); return t === undefined ? key : formatTemplate(t, params) } }
}
