// Serves the built app (dist/) with Vite's preview server once for all browser tests.
import { existsSync } from 'node:fs'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

let server: PreviewServer | undefined

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does)')
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report its address')
  project.provide('baseUrl', url)
  return async () => { await server?.close() }
}

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}
