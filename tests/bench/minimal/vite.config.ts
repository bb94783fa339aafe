// The minimal Vue + ECharts page of the first-screen benchmark, built on its own (tests/bench/firstScreen.ts).
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: { '@': fileURLToPath(new URL('../../../src', import.meta.url)) } },
  build: { target: 'es2022' },
  logLevel: 'error',
})
