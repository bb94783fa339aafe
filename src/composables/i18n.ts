// The page's words: one catalogue per language (src/locales, with core's messages under msg.), rendered
// with core's templates (src/core/messages/render.ts: `{name}` a parameter, `{'…'}` literal text), so the
// page and Node read the same catalogue the same way. What components use of vue-i18n, in a few lines:
// t(key, params) in the page's locale, then the fallback locale, else the key itself; a parameter not
// given reads as nothing; te(key); a writable locale; messages set or merged later (pages load theirs).
import { inject, shallowRef, type App, type InjectionKey, type Ref } from 'vue'
import { fillTemplate, lookup, type Catalogue } from '@/core/messages/render'

export type { Catalogue }
/** Parameters of a message: any value, written as vue-i18n writes it (nothing for null, JSON for objects). */
export type MessageValues = Readonly<Record<string, unknown>>

export interface Composer {
  /** The page's locale; setting it re-renders every component that used t. */
  locale: Ref<string>
  /** The message at `key` with its parameters filled: in the locale, else the fallback locale, else `key`. */
  t: (key: string, values?: MessageValues) => string
  /** True when the locale's catalogue (or `locale`'s) has a message at `key`. */
  te: (key: string, locale?: string) => boolean
  /** Replaces the catalogue of a locale. */
  setLocaleMessage: (locale: string, messages: Catalogue) => void
  /** Adds messages to the catalogue of a locale (nested keys merged). */
  mergeLocaleMessage: (locale: string, messages: Catalogue) => void
}

export interface I18n {
  global: Composer
  install: (app: App) => void
}

export interface I18nOptions {
  locale: string
  fallbackLocale?: string
  messages: Readonly<Record<string, Catalogue | undefined>>
  /** Accepted for vue-i18n's callers: this is always the Composition API. */
  legacy?: false
}

const I18N: InjectionKey<Composer> = Symbol('i18n')

/** A parameter's text as vue-i18n writes it. */
function display(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (Array.isArray(v) || (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)) return JSON.stringify(v, null, 2)
  return String(v)
}

function merged(a: Catalogue, b: Catalogue): Catalogue {
  const out: Record<string, string | Catalogue> = { ...a }
  for (const [k, v] of Object.entries(b)) {
    const old = out[k]
    out[k] = typeof v !== 'string' && old !== undefined && typeof old !== 'string' ? merged(old, v) : v
  }
  return out
}

export function createI18n(options: I18nOptions): I18n {
  const locale = shallowRef(options.locale)
  const fallback = options.fallbackLocale ?? options.locale
  // A new object per change: core's lookup caches each catalogue's keys, and the ref makes t reactive.
  const catalogues = shallowRef<Readonly<Record<string, Catalogue | undefined>>>({ ...options.messages })
  const template = (key: string, lang: string): string | undefined => {
    const c = catalogues.value[lang]
    return c === undefined ? undefined : lookup(c, key)
  }
  const global: Composer = {
    locale,
    t(key, values) {
      const found = template(key, locale.value) ?? template(key, fallback)
      if (found === undefined) return key
      return values === undefined ? fillTemplate(found, () => '') : fillTemplate(found, name => display(values[name]))
    },
    te: (key, lang) => template(key, lang ?? locale.value) !== undefined,
    setLocaleMessage(lang, messages) { catalogues.value = { ...catalogues.value, [lang]: messages } },
    mergeLocaleMessage(lang, messages) {
      const old = catalogues.value[lang]
      catalogues.value = { ...catalogues.value, [lang]: old === undefined ? messages : merged(old, messages) }
    },
  }
  return { global, install: (app) => { app.provide(I18N, global) } }
}

/** In setup: the app's words (its i18n plugin). */
export function useI18n(): Composer {
  const composer = inject(I18N, null)
  if (composer === null) throw new Error('useI18n: the app has no i18n (app.use(createI18n(…)))')
  return composer
}
