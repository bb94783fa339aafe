import 'element-plus/theme-chalk/base.css'
import './styles.css'
import './print.css'
import './setup/echarts'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { CHART_HOST, createChartHost } from './composables/useChartHost'
import { createWorkerEngine } from './composables/useImport'
import { createExportSettings, EXPORT_SETTINGS } from './composables/useExportSettings'
import { bundledCounty } from './setup/bundledData'
import { i18n } from './setup/i18n'
import { router } from './setup/router'
import { BUNDLED_COUNTY, IMPORT_ENGINE } from './stores/appContext'
import { inProcessEngine } from './core/import'

const app = createApp(App).use(createPinia()).use(i18n).use(router)
app.provide(CHART_HOST, createChartHost())
app.provide(EXPORT_SETTINGS, createExportSettings())
app.provide(BUNDLED_COUNTY, bundledCounty)
// Imports read in a module worker (the page stays responsive); in the page itself where there is none.
app.provide(IMPORT_ENGINE, createWorkerEngine() ?? inProcessEngine)
app.mount('#app')
