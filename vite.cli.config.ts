// `npm run cli` runs the command line from a prebuilt bundle (dist-cli/), built from src/cli/main.ts by
// src/cli/launch.mjs when it is missing or older than its sources: plain Node then starts it in a
// fraction of the time tsx takes to compile the TypeScript sources on every run. Dependencies stay in
// node_modules (imported at run time, lazily where the sources import them lazily).
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '~data': fileURLToPath(new URL('./data', import.meta.url)),
    },
  },
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/main.ts',
    // Two folders down, as src/cli/ is: the sources find data/ at ../../data/ from their own file.
    outDir: 'dist-cli/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: 'main.mjs', chunkFileNames: '[name]-[hash].mjs' } },
  },
})
