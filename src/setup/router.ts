import { createRouter, createWebHashHistory } from 'vue-router'

/** Hash routes: the built app works from any static server, any sub-path, and from disk. */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/overview' },
    { path: '/overview', name: 'overview', component: () => import('@/pages/OverviewPage.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/overview' },
  ],
})
