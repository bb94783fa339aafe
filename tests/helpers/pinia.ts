// A Pinia for store tests, installed in an app that provides what src/main.ts provides: the bundled
// county, an import engine (in-process unless a test gives its own), the report readers (pdf.js for Node)
// and both persistence plugins: the dataset's over the storage a test gives, the other stores' over the
// databases a test gives (memory by default; null: none). Give the same ones to two Pinias for a reload.
import { createPinia, type Pinia } from 'pinia'
import { createApp } from 'vue'
import { inProcessEngine, type ImportEngine } from '@/core/import'
import { bundledCounty } from '@/setup/bundledCounty'
import { loadPdfjsNode } from '@/cli/pdfjsNode'
import { BUNDLED_COUNTY, IMPORT_ENGINE, REPORT_READERS } from '@/stores/appContext'
import { datasetPersistence } from '@/stores/plugins/datasetPersistence'
import type { DatasetStorage } from '@/stores/plugins/datasetStorage'
import { memoryDatabases, type OpenDatabase } from '@/stores/plugins/keyValueStorage'
import { createMemoryStorage } from '@/stores/plugins/memoryStorage'
import { storePersistence } from '@/stores/plugins/storePersistence'

export interface TestPiniaOptions {
  engine?: ImportEngine
  storage?: DatasetStorage | null
  databases?: OpenDatabase | null
}

export function testPinia(options: TestPiniaOptions = {}): Pinia {
  const pinia = createPinia()
    .use(datasetPersistence(options.storage === undefined ? createMemoryStorage() : options.storage))
    .use(storePersistence(options.databases === undefined ? memoryDatabases() : options.databases))
  const app = createApp({})
  app.provide(BUNDLED_COUNTY, bundledCounty)
  app.provide(IMPORT_ENGINE, options.engine ?? inProcessEngine)
  app.provide(REPORT_READERS, { loadPdfjs: loadPdfjsNode })
  app.use(pinia)
  return pinia
}
