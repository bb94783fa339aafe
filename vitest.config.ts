import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { bundledCountyPlugin } from './vite.config'

export default defineConfig({
  plugins: [vue(), bundledCountyPlugin()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '~data': fileURLToPath(new URL('./data', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Some tests read whole PDFs and write Word files: generous on a busy 2-core machine (never a speed check).
    testTimeout: 30_000,
    // Two workers on the 2-core machine (Vitest's default is cores − 1, one worker), and no fresh module
    // graph per file: each worker imports Vue, Element Plus, ECharts and the core once for all its files
    // instead of once per file (measured: 180 → 117 CPU seconds for the whole run, same 3,897 tests).
    // Each file still runs in its declared environment with its own mocks.
    maxWorkers: 2,
    isolate: false,
    env: { TZ: 'Asia/Shanghai' },
    // Components import Element Plus's per-component CSS: let Vite take those imports (as empty) instead of Node.
    server: { deps: { inline: ['element-plus'] } },
  },
})
