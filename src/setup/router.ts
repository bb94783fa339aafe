import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { loadMoreCharts } from '@/composables/echartsModules'
import { useDatasetStore } from '@/stores/dataset'
import { loadElementConfig } from './element'
import { loadLocale } from './i18n'

/** Hash routes: the built app works from any static server, any sub-path, and from disk. Pages load lazily. */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/overview' },
  { path: '/overview', name: 'overview', component: () => import('@/pages/OverviewPage.vue') },
  { path: '/compare', name: 'compare', component: () => import('@/pages/ComparePage.vue') },
  { path: '/township/:name?', name: 'township', component: () => import('@/pages/TownshipPage.vue') },
  { path: '/trends', name: 'trends', component: () => import('@/pages/TrendsPage.vue') },
  { path: '/assessment', name: 'assessment', component: () => import('@/pages/AssessmentPage.vue') },
  { path: '/data', name: 'data', component: () => import('@/pages/DataPage.vue') },
  { path: '/present', name: 'present', component: () => import('@/pages/PresentPage.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/overview' },
]

export const router = createRouter({ history: createWebHashHistory(), routes })

// Every page but the overview draws lines, legends, heatmaps or radars, says words the first screen
// does not, shows Element Plus's components and reads the indicators' 口径 and aliases: register those
// ECharts modules, load the rest of the Chinese messages, provide Element Plus's configuration and have
// the store hold the whole registry first.
// The page's own code is fetched meanwhile (the router asks for it only after this guard): on a reload
// of 对比 it then arrives with the saved data instead of after it.
router.beforeEach(async (to) => {
  if (to.name === 'overview') return
  for (const record of to.matched) {
    const page = record.components?.default
    if (typeof page === 'function') void (page as () => Promise<unknown>)().catch(() => undefined)
  }
  await Promise.all([loadMoreCharts(), loadLocale('zh-CN'), loadElementConfig(), useDatasetStore().wholeRegistry()])
})
