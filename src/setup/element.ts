// Element Plus's configuration for the whole app (its words in the page's language), loaded on first need
// (src/composables/elementConfig.ts): the first screen carries neither Element Plus's config provider nor
// the lodash and locale code it pulls. The router loads it before every page but the overview, the app
// after the first chart, and a component of the overview that shows an Element Plus component before that.
import type { App, Ref } from 'vue'
import { ELEMENT_CONFIG } from '@/composables/elementConfig'

let target: { app: App, locale: Ref<string> } | null = null
let loaded: Promise<void> | null = null

/** Resolves once the configuration is provided to the app given to provideElementConfigLoader. */
export function loadElementConfig(): Promise<void> {
  if (target === null) return Promise.resolve()
  const { app, locale } = target
  loaded ??= import('./elementProvide').then((m) => { m.provideElementConfig(app, locale) })
  return loaded
}

/** At app setup: the app (and its locale) the configuration goes to, and the loader its components inject. */
export function provideElementConfigLoader(app: App, locale: Ref<string>): void {
  target = { app, locale }
  app.provide(ELEMENT_CONFIG, loadElementConfig)
}
