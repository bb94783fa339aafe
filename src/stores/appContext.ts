// What the app hands its stores and pages at setup (src/main.ts, app.provide): the bundled county, the
// import engine and the browser's report readers. Stores and pages inject them, so they import nothing
// from src/setup (nor stores from src/composables).
import { inject, type InjectionKey } from 'vue'
import type { FlagRules } from '@/core/flagRules'
import type { ImportEngine, IngestContext } from '@/core/import'
import type { ReaderEnv } from '@/core/reportText/read'
import type { Dataset, ImportLog } from '@/core/dataset'
import type { Registry, Township } from '@/core/types'

/** Which indicators the overview leads with (data/dashboard.json; ids the registry knows). */
export interface DashboardConfig {
  headline: readonly string[]
  keyRates: readonly string[]
  /** The indicator of the overview's first ranking. */
  firstChart: string
}

/** The county built into the app: its name, registry, township list, 红黄绿 rules, overview and (fictional) sample, read at build time. */
export interface BundledCounty {
  name: string
  /** The registry as the first screen reads it: the bundled one has no 口径 or aliases yet (wholeRegistry). */
  registry: Registry
  /** The registry whole (loaded on first call): what the store holds once anything needs more than the first screen. */
  wholeRegistry: () => Promise<Registry>
  townships: readonly Township[]
  flagRules: FlagRules
  dashboard: DashboardConfig
  /** The sample as the import reads it with this registry and township list (prebuilt for the bundled ones). */
  sample: (ctx: IngestContext) => Promise<{ dataset: Dataset, log: ImportLog }>
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

/** The in-process engine, its code loaded on the first import. */
export const lazyInProcessEngine: ImportEngine = {
  run: (input, hooks) => import('@/core/import').then(m => m.inProcessEngine.run(input, hooks)),
}

/** The import engine the app provided, else the in-process one. */
export function injectImportEngine(): ImportEngine {
  return inject(IMPORT_ENGINE, lazyInProcessEngine)
}

/** How reports are read in this environment: pdf.js (loaded on the first PDF) and an HTML parser, where the app has them. */
export const REPORT_READERS: InjectionKey<ReaderEnv> = Symbol('report readers')

/** The report readers the app provided, else none (a PDF or web page then says it cannot be read here). */
export function injectReaderEnv(): ReaderEnv {
  return inject(REPORT_READERS, {})
}
