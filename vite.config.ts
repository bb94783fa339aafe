import { dirname } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, runnerImport, type Plugin } from 'vite'
import type * as Prebuild from './src/cli/prebuildCounty'

// `virtual:bundled-county` (src/setup/bundledCounty.ts; vitest.config.ts and the single file use it too):
// the bundled county prebuilt in Node at build time (src/cli/prebuildCounty.ts) from the folder `~data`
// points to (data/, or a county's staged data in `npm run build:single -- --data DIR`), without its
// indicators' details, which are `virtual:bundled-county-details` (the page loads them after the first
// screen): one prebuild, its output split in two. The build stops on data that does not read; the dev
// server rebuilds the modules when a data file changes.
// src/cli/prebuildCounty.ts is loaded through Vite's module runner when first needed: imported statically,
// the core would be bundled into every config that uses this plugin (and Vite warns about that).
async function loadPrebuild(): Promise<typeof Prebuild> {
  const path = fileURLToPath(new URL('./src/cli/prebuildCounty.ts', import.meta.url))
  const { module } = await runnerImport<typeof Prebuild>(path, { configFile: false, logLevel: 'error' })
  return module
}

const BUNDLED_COUNTY_MODULE = 'virtual:bundled-county'
const DETAILS_MODULE = 'virtual:bundled-county-details'
const MODULES = new Map([[BUNDLED_COUNTY_MODULE, `\0${BUNDLED_COUNTY_MODULE}`], [DETAILS_MODULE, `\0${DETAILS_MODULE}`]])

export function bundledCountyPlugin(): Plugin {
  // One prebuild for both modules, made again after a data file changed.
  let prebuilt: ReturnType<typeof Prebuild.prebuildCounty> | null = null
  return {
    name: 'dashboard:bundled-county',
    buildStart() { prebuilt = null },
    watchChange() { prebuilt = null },
    resolveId(id) {
      return MODULES.get(id) ?? null
    },
    async load(id) {
      if (id !== MODULES.get(BUNDLED_COUNTY_MODULE) && id !== MODULES.get(DETAILS_MODULE)) return null
      const anchor = await this.resolve('~data/dashboard.json')
      if (!anchor) return this.error('~data/dashboard.json cannot be resolved: the ~data alias is missing')
      const dir = dirname(anchor.id)
      prebuilt ??= loadPrebuild().then(m => m.prebuildCounty(dir))
      const { county, files, problems } = await prebuilt
      for (const f of files) this.addWatchFile(f)
      if (!county) return this.error(`无法预先读入打包的数据（${dir}）：\n${problems.map(p => `  - ${p}`).join('\n')}`)
      const { details, ...first } = county
      // A string for JSON.parse: quicker for the browser to read than the same object as a literal.
      const json = JSON.stringify(id === MODULES.get(DETAILS_MODULE) ? details : first)
      return { code: `export default JSON.parse(${JSON.stringify(json)})\n`, map: null }
    },
  }
}

const PURE_LAYERS = /\/src\/(core|charts)\/[^?]*\.ts$/u

// Relative base + hash routes: dist/ works from any static server under any sub-path.
export default defineConfig({
  base: './',
  plugins: [vue(), bundledCountyPlugin()],
  // No component of ours or of the libraries we use is written with the Options API (data, methods,
  // computed, watch or lifecycle options, mixins): Vue leaves that code out of the build (~4 KB gzip).
  define: { __VUE_OPTIONS_API__: 'false' },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '~data': fileURLToPath(new URL('./data', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // src/core and src/charts are pure (../shared/STYLE.md): a module of theirs whose exports go unused is
    // left out, with what it imports. Without this, one helper used from a module drags in every module
    // that module imports (the import pipeline, the CSV parser) wherever their top-level code looks impure.
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => (PURE_LAYERS.test(id) ? false : undefined) } },
  },
  // ES-module workers, so that libraries a worker loads lazily (Excel) stay in their own chunks.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
