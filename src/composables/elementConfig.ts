// Element Plus's configuration (its own words — pagination, dialogs, empty tables — in the page's
// language) is not on the first screen: the app provides it when first needed (src/setup/element.ts),
// before any page but the overview and on the overview after the first chart. A component that shows an
// Element Plus component on the overview waits for it first, so that the component reads the configuration.
import { inject, type InjectionKey } from 'vue'

/** Resolves once Element Plus's configuration is provided to the app (loading it on the first call). */
export type ElementConfigLoader = () => Promise<void>

export const ELEMENT_CONFIG: InjectionKey<ElementConfigLoader> = Symbol('element config')

/** In setup: the app's loader (outside an app that provides one, as in a component test: resolved at once). */
export function useElementConfig(): ElementConfigLoader {
  return inject(ELEMENT_CONFIG, () => Promise.resolve())
}
