import 'element-plus/theme-chalk/base.css'
import './styles.css'
import './print.css'
import './composables/echartsModules'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { CHART_HOST, createChartHost } from './composables/useChartHost'
import { lazyImportEngine } from './composables/lazyImportEngine'
import { createExportSettings, EXPORT_SETTINGS } from './composables/useExportSettings'
import { bundledCounty } from './setup/bundledCounty'
import { provideElementConfigLoader } from './setup/element'
import { i18n } from './setup/i18n'
import { router } from './setup/router'
import { parseHtmlWithDom } from './composables/domMarkup'
import { loadPdfjsBrowser } from './composables/pdfjsBrowser'
import { BUNDLED_COUNTY, IMPORT_ENGINE, REPORT_READERS } from './stores/appContext'
import { datasetPersistence } from './stores/plugins/datasetPersistence'
import { createIdbStorage } from './stores/plugins/datasetStorage'
import { idbDatabases } from './stores/plugins/keyValueStorage'
import { storePersistence } from './stores/plugins/storePersistence'

// The stores are kept in IndexedDB (memory only where the browser has none) by two Pinia plugins: the
// dataset's (many windows, chunked saves) and the one every other store declares its entries to.
const pinia = createPinia().use(datasetPersistence(createIdbStorage())).use(storePersistence(idbDatabases()))
const app = createApp(App).use(pinia).use(i18n).use(router)
app.provide(CHART_HOST, createChartHost())
app.provide(EXPORT_SETTINGS, createExportSettings())
app.provide(BUNDLED_COUNTY, bundledCounty)
// Element Plus's configuration (its words in the page's language) loads on first need, not on the first screen.
provideElementConfigLoader(app, i18n.global.locale)
// Imports read in a module worker (the page stays responsive); in the page itself where there is none.
// Either loads on the first import: the first screen carries no import code.
app.provide(IMPORT_ENGINE, lazyImportEngine())
// Reports: pdf.js loads on the first PDF; web pages are parsed by the browser's own DOMParser.
app.provide(REPORT_READERS, { loadPdfjs: loadPdfjsBrowser, parseHtml: parseHtmlWithDom })
app.mount('#app')
