import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// Relative base + hash routes: dist/ works from any static server under any sub-path.
export default defineConfig({
  base: './',
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '~data': fileURLToPath(new URL('./data', import.meta.url)),
    },
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  // ES-module workers, so that libraries a worker loads lazily (Excel) stay in their own chunks.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
