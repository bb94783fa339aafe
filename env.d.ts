/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
/** The bundled county, prebuilt at build time in Node (vite.config.ts). */
declare module 'virtual:bundled-county' {
  const county: import('@/core/prebuilt').FirstScreenCounty
  export default county
}
/** Its indicators' details (口径, aliases), loaded after the first screen. */
declare module 'virtual:bundled-county-details' {
  const details: import('@/core/prebuilt').PrebuiltDetails
  export default details
}
