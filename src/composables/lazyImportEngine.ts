// The app's import engine, loaded on the first import: the worker engine (src/composables/workerEngine.ts)
// and the in-page one it falls back to come in then, so the first screen carries no import code.
import type { ImportEngine } from '@/core/import'

/** The in-process engine (where no Worker can start), its code loaded when first run. */
const inPage: ImportEngine = { run: (input, hooks) => import('@/core/import').then(m => m.inProcessEngine.run(input, hooks)) }

/** An engine that loads the worker engine on its first job (in the page itself where the browser has no Worker). */
export function lazyImportEngine(): ImportEngine {
  let engine: Promise<ImportEngine> | undefined
  return {
    run: (input, hooks) => {
      engine ??= import('./workerEngine').then(m => m.createWorkerEngine({ fallback: inPage }) ?? inPage)
      return engine.then(e => e.run(input, hooks))
    },
  }
}
