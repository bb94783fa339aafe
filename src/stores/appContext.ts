// What the app hands its stores at setup (src/main.ts, app.provide): the bundled county and the import
// engine. Stores inject them, so they import nothing from src/setup or src/composables.
import { inject, type InjectionKey } from 'vue'
import { inProcessEngine, type ImportEngine } from '@/core/import'
import type { InputFile, Registry, Township } from '@/core/types'

/** The county built into the app: its name, registry, township list and (fictional) sample files. */
export interface BundledCounty {
  name: string
  registry: Registry
  townships: readonly Township[]
  sampleFiles: () => InputFile[]
}

export const BUNDLED_COUNTY: InjectionKey<BundledCounty> = Symbol('bundled county')
/** Runs imports: the worker engine in the app (it falls back to the page itself where workers cannot start). */
export const IMPORT_ENGINE: InjectionKey<ImportEngine> = Symbol('import engine')

/** The bundled county the app provided; a clear error where a store is made without it. */
export function injectCounty(): BundledCounty {
  const county = inject(BUNDLED_COUNTY, null)
  if (!county) throw new Error('No bundled county: the app provides it at setup (app.provide(BUNDLED_COUNTY, …))')
  return county
}

/** The import engine the app provided, else the in-process one. */
export function injectImportEngine(): ImportEngine {
  return inject(IMPORT_ENGINE, inProcessEngine)
}
