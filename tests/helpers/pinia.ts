// A Pinia for store tests, installed in an app that provides what src/main.ts provides: the bundled
// county and an import engine (in-process unless a test gives its own).
import { createPinia, type Pinia } from 'pinia'
import { createApp } from 'vue'
import { inProcessEngine, type ImportEngine } from '@/core/import'
import { bundledCounty } from '@/setup/bundledData'
import { BUNDLED_COUNTY, IMPORT_ENGINE } from '@/stores/appContext'

export function testPinia(options: { engine?: ImportEngine } = {}): Pinia {
  const pinia = createPinia()
  const app = createApp({})
  app.provide(BUNDLED_COUNTY, bundledCounty)
  app.provide(IMPORT_ENGINE, options.engine ?? inProcessEngine)
  app.use(pinia)
  return pinia
}
