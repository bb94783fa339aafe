// A built app served by `vite preview` in a process of its own, as a real static server is: in the
// benchmark's own process its file serving waited on the Playwright driver sharing that event loop
// (a province reload measured 0.85–1.12 s so, 0.63–0.77 s from a server of its own, same build).
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url))
const READY_MS = 60_000

export interface PreviewProcess {
  /** The server's address, ending in '/'. */
  url: string
  close: () => Promise<void>
}

/** A port nobody listens on now (the OS's pick). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

/** Serves `outDir` (built with `configFile`, or the project's config) until close(); resolves once it answers. */
export async function servePreview(outDir: string, configFile?: string): Promise<PreviewProcess> {
  const port = await freePort()
  const args = [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir, '--logLevel', 'error', ...(configFile ? ['--config', configFile] : [])]
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}/`
  const close = async () => { if (child.exitCode === null) child.kill('SIGTERM'); await exited }
  for (const started = Date.now(); ; await new Promise(r => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error(`vite preview stopped before serving ${outDir}: ${stderr.trim()}`)
    if (Date.now() - started > READY_MS) { await close(); throw new Error(`vite preview did not answer on ${url} within ${READY_MS / 1000} s`) }
    try {
      if ((await fetch(url)).ok) return { url, close }
    } catch { /* not listening yet */ }
  }
}
