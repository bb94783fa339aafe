import { defineConfig } from 'vitest/config'

// End-to-end tests: the built app (dist/) served by `vite preview`, driven in Debian's Chromium.
// Two groups, one after the other: the files that bound the page's tasks, heap or a long session run
// alone, one at a time; every other file runs two at a time (each with its own Chromium), which on a
// 2-core machine keeps both cores busy while one page waits on its charts' animations.
const MEASURED = ['tests/e2e/memory.e2e.ts', 'tests/e2e/responsive.e2e.ts', 'tests/e2e/limits.e2e.ts', 'tests/e2e/hostile.e2e.ts']
const shared = {
  environment: 'node' as const,
  testTimeout: 60_000,
  hookTimeout: 120_000,
  globalSetup: ['tests/e2e/globalSetup.ts'],
  env: { TZ: 'Asia/Shanghai' },
  // expect.poll's own default is 1 s: a chart redrawn after a resize on a loaded 2-core machine can take
  // longer (countyLevel.e2e failed so in stop 23's CI), so every poll waits up to 10 s before it fails.
  expect: { poll: { timeout: 10_000, interval: 100 } },
}

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'browser', include: ['tests/e2e/**/*.e2e.ts'], exclude: MEASURED, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { test: { ...shared, name: 'measured', include: MEASURED, maxWorkers: 1, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
})
