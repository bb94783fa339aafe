import 'element-plus/theme-chalk/base.css'
import './styles.css'
import './print.css'
import './setup/echarts'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { CHART_HOST, createChartHost } from './composables/useChartHost'
import { createExportSettings, EXPORT_SETTINGS } from './composables/useExportSettings'
import { i18n } from './setup/i18n'
import { router } from './setup/router'

const app = createApp(App).use(createPinia()).use(i18n).use(router)
app.provide(CHART_HOST, createChartHost())
app.provide(EXPORT_SETTINGS, createExportSettings())
app.mount('#app')
