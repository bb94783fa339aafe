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
    env: { TZ: 'Asia/Shanghai' },
    // Components import Element Plus's per-component CSS: let Vite take those imports (as empty) instead of Node.
    server: { deps: { inline: ['element-plus'] } },
  },
})
