import { defineConfig } from 'vitest/config'

// End-to-end tests: the built app (dist/) served by `vite preview`, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/globalSetup.ts'],
    env: { TZ: 'Asia/Shanghai' },
  },
})
