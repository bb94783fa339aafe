import 'element-plus/theme-chalk/base.css'
import './styles.css'
import './print.css'
import './setup/echarts'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './setup/i18n'
import { router } from './setup/router'

createApp(App).use(createPinia()).use(i18n).use(router).mount('#app')
